/** The declarative workbook: complete against the contract and internally consistent. */
import { KEY_COLUMNS, VALUE_LISTS } from "../../src/model/contract";
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import { HEADER_ROW } from "../../src/model/spec/sheet-layout";
import { footerParts, roleLook } from "../../src/model/spec/looks";

const spec = buildWorkbookSpec(SAMPLE_SETTINGS, SAMPLE_DATA);
const tables = tablesOf(spec);

test("every contract table appears once, with every key column", () => {
  for (const [name, columns] of Object.entries(KEY_COLUMNS)) {
    const found = tables.filter((t) => t.placed.table.name === name);
    expect([name, found.length]).toEqual([name, 1]);
    const headers = found[0].placed.table.columns.map((c) => c.header);
    for (const c of columns) expect([name, headers]).toEqual([name, expect.arrayContaining([c])]);
    expect(new Set(headers).size).toBe(headers.length);
  }
});

test("sheet names are valid Excel sheet names, unique ignoring case", () => {
  const names = spec.sheets.map((s) => s.name);
  for (const n of names) {
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n).not.toMatch(/[/\\?*:[\]]/);
  }
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
});

test("nothing stands below a table, and tables on a sheet do not touch", () => {
  for (const sheet of spec.sheets) {
    const boxes = sheet.tables.map((t) => ({ name: t.table.name, row: t.row, col: t.col, cols: t.table.columns.length }));
    for (const cell of sheet.cells) {
      for (const b of boxes) {
        const under = cell.row >= b.row && cell.col >= b.col && cell.col < b.col + b.cols;
        expect([sheet.name, cell.row, cell.col, under]).toEqual([sheet.name, cell.row, cell.col, false]);
      }
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.col + a.cols < b.col || b.col + b.cols < a.col).toBe(true)));
  }
});

test("every structured reference in a formula names an existing table and column", () => {
  const headersOf = new Map<string, string[]>(tables.map((t) => [t.placed.table.name, t.placed.table.columns.map((c) => c.header)]));
  const formulas = [
    ...tables.flatMap((t) => t.placed.table.columns.filter((c) => c.formula).map((c) => ({ where: `${t.placed.table.name}[${c.header}]`, f: c.formula! }))),
    ...spec.sheets.flatMap((s) => s.cells.filter((c) => "formula" in c.content).map((c) => ({ where: s.name, f: (c.content as { formula: string }).formula }))),
  ];
  expect(formulas.length).toBeGreaterThan(20);
  for (const { where, f } of formulas) {
    for (const m of f.matchAll(/(tbl\w+)\[(?:\[#This Row\],\[)?((?:[^\]']|'.)+)\]/g)) {
      const header = m[2].replace(/'(.)/g, "$1");
      expect([where, m[1], headersOf.get(m[1])?.includes(header)]).toEqual([where, m[1], true]);
    }
  }
});

test("every defined name a formula or a drop-down uses is defined", () => {
  const defined = new Set(spec.names.map((n) => n.name));
  for (const { placed } of tables) {
    for (const c of placed.table.columns) {
      if (c.validation?.rule.type === "list") expect(defined.has(c.validation.rule.source)).toBe(true);
      for (const m of (c.formula ?? "").matchAll(/\b(thr\w+|risk(?:High|Medium)|plan\w+)\b/g)) expect([c.header, m[1], defined.has(m[1])]).toEqual([c.header, m[1], true]);
    }
  }
  for (const list of Object.keys(VALUE_LISTS)) expect(defined.has(list)).toBe(true);
  for (const kpi of ["kpiOngoing", "kpiBudget", "kpiFundingGap", "kpiOnTrack", "kpiAtRisk", "kpiOffTrack", "kpiNoData", "mdContractVersion"]) expect(defined.has(kpi)).toBe(true);
});

test("each stage sheet carries guidance in three parts and freezes its header row", () => {
  for (const sheet of spec.sheets.filter((s) => s.stage)) {
    const texts = sheet.cells.filter((c) => c.style === "guidance").map((c) => String((c.content as { value: string }).value));
    expect(texts.map((t) => t.split(":")[0])).toEqual(["What it is for", "What to fill in", "What good looks like"]);
    expect(sheet.freezeRows).toBe(Math.min(...sheet.tables.map((t) => t.row)) + 1);
    expect(sheet.freezeRows).toBeGreaterThanOrEqual(HEADER_ROW + 1);
  }
});

test("money columns carry the plan's currency", () => {
  const eur = buildWorkbookSpec({ ...DEFAULT_SETTINGS, currency: "EUR" });
  const budget = tablesOf(eur).find((t) => t.placed.table.name === "tblActions")!.placed.table.columns.find((c) => c.header === "Budget")!;
  expect(budget.numberFormat).toBe('#,##0" EUR"');
});

test("the sample fills every stage table and derives the matrix and dashboard from it", () => {
  for (const name of Object.keys(KEY_COLUMNS).filter((n) => !["tblCapacityMatrix", "tblDashboard"].includes(n))) {
    expect([name, (SAMPLE_DATA as Record<string, unknown[]>)[name]?.length ?? 0]).toEqual([name, expect.any(Number)]);
    expect((SAMPLE_DATA as Record<string, unknown[]>)[name]!.length).toBeGreaterThanOrEqual(3);
  }
  const matrix = tables.find((t) => t.placed.table.name === "tblCapacityMatrix")!.placed;
  expect(matrix.table.columns.map((c) => c.header)).toEqual(["Stakeholder", "Budget, manage and implement", "Evaluate", "Formulate policy and strategy", "Assess a situation and define a vision", "Engage stakeholders", "Gaps of 2 or more"]);
  const dashboard = tables.find((t) => t.placed.table.name === "tblDashboard")!.placed;
  expect(dashboard.rows!.map((r) => r["ID"])).toEqual(["A1", "A2", "A3", "A4", "A5", "A7", "W2", "W3", "W5", "W6", "W7", "P1", "P2"]);
});

describe("printed pages", () => {
  test("every sheet but the hidden Lists prints landscape with the plan's title in its footer, header row repeated", () => {
    const spec = buildWorkbookSpec({ ...DEFAULT_SETTINGS, title: "Plan A & B" });
    for (const sheet of spec.sheets) {
      if (sheet.hidden) {
        expect(sheet.name).toBe("Lists");
        continue;
      }
      expect([sheet.name, sheet.print?.orientation]).toEqual([sheet.name, "landscape"]);
      expect(footerParts(sheet.print!).left).toBe("&9Plan A && B");
      if (sheet.tables.length) expect([sheet.name, sheet.print!.titleRows]).toEqual([sheet.name, { first: Math.min(...sheet.tables.map((t) => t.row)), last: Math.min(...sheet.tables.map((t) => t.row)) }]);
    }
  });

  test("a long title is cut with an ellipsis so the footer stays within Excel's 255 characters, never between a doubled &", () => {
    const f = footerParts({ orientation: "landscape", footerTitle: "&".repeat(300) });
    const stored = `&L${f.left}&C${f.center}&R${f.right}`;
    expect(stored.length).toBeLessThanOrEqual(255);
    expect(f.left).toMatch(/^&9(&&)+…$/);
  });
});

describe("where to type", () => {
  const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
  const look = (table: string, header: string) => {
    const placed = tablesOf(spec).find((t) => t.placed.table.name === table)!.placed.table;
    return roleLook(placed, placed.columns.find((c) => c.header === header)!);
  };

  test("typed columns and worked-out columns have different headers; worked-out bodies are grey", () => {
    const typed = look("tblActions", "Budget");
    for (const [table, header] of [["tblActions", "Committed"], ["tblActions", "Funding gap"], ["tblResources", "Gap"], ["tblRisks", "Score"], ["tblRisks", "Rating"], ["tblIndicators", "Latest value"], ["tblIndicators", "Progress"], ["tblIndicators", "Status"]]) {
      const worked = look(table, header);
      expect([table, header, worked.header.fill === typed.header.fill, worked.bodyFill !== undefined]).toEqual([table, header, false, true]);
    }
    expect(typed.bodyFill).toBeUndefined();
  });

  test("helper columns are hidden, and only they", () => {
    for (const [table, header] of [["tblIndicators", "Latest period key"], ["tblIndicators", "Name source"], ["tblIndicators", "Expected progress"], ["tblIndicatorValues", "Period key"], ["tblIndicatorValues", "Total row"]]) expect([header, look(table, header).hidden]).toEqual([header, true]);
    expect(look("tblIndicators", "Status").hidden).toBe(false);
    expect(look("tblIndicatorValues", "Value").hidden).toBe(false);
  });

  test("no table people fill starts beyond column R (they started at W, X and AG), and guidance says how to read the colours", () => {
    for (const { sheet, placed } of tablesOf(spec)) {
      if (placed.table.derived || sheet.hidden) continue;
      expect([placed.table.name, placed.col <= 17]).toEqual([placed.table.name, true]);
    }
    const guidance = spec.sheets.find((s) => s.name === "3 Plan of Action")!.cells.map((c) => ("value" in c.content ? String(c.content.value) : "")).join(" ");
    expect(guidance).toMatch(/blue headers.*grey headers/);
  });
});
