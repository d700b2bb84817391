/**
 * Charts in .xlsx files: exceljs writes none, so the host adds chart and drawing parts to the
 * package after saving. The sample plan's Dashboard must carry its two charts over the real
 * table and cell ranges, as well-formed parts LibreOffice reads (it writes charts of its own
 * into the converted copy only when it understood ours), and a refresh must not duplicate them.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { newPlanWorkbook, refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { applySteps } from "../../../src/hosts/xlsx/apply-steps";
import { addCharts, insertDrawingElement } from "../../../src/hosts/xlsx/charts/package-charts";
import { columnRef, resolveChart, type SheetCharts } from "../../../src/hosts/xlsx/charts/resolve";
import { cellAddress, columnLetters, parseRange } from "../../../src/model/address";
import { VALUE_LISTS } from "../../../src/model/contract";
import { EMPTY_SNAPSHOT, type TableSnapshot } from "../../../src/model/layout/snapshot";
import type { SetupStep } from "../../../src/model/layout/steps";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import type { ChartSpec } from "../../../src/model/spec/types";
import { recalculate } from "../../support/libreoffice";
import { readXlsx } from "../../support/xlsx-values";
import { unescapeXml } from "../../../src/model/xml-escape";

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};
const dirOf = (p: string) => p.replace(/\/[^/]+$/, "");
const relsOf = (p: string) => p.replace(/([^/]+)$/, "_rels/$1.rels");
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = dirOf(from).split("/");
  for (const seg of target.split("/")) if (seg === "..") parts.pop(); else if (seg !== ".") parts.push(seg);
  return parts.join("/");
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
}

async function rels(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const f = zip.file(relsOf(part));
  const xml = f ? await f.async("string") : "";
  return new Map([...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id")!, { type: attr(m[0], "Type")!, target: resolve(part, attr(m[0], "Target")!) }]));
}

async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = await text(zip, "xl/workbook.xml");
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "name") === sheet)!;
  return (await rels(zip, "xl/workbook.xml")).get(attr(tag, "r:id")!)!.target;
}

interface FoundChart {
  /** Name in the drawing (Excel's chart name). */
  name: string;
  part: string;
  title: string;
  kind: string;
  refs: string[];
  anchor: { from: [number, number]; to: [number, number] };
}

/** The charts a sheet's drawing holds, read the way Excel finds them: sheet -> drawing -> chart parts. */
async function chartsOn(zip: JSZip, sheet: string): Promise<FoundChart[]> {
  const part = await sheetPart(zip, sheet);
  const xml = await text(zip, part);
  const drawings = [...xml.matchAll(/<drawing\b[^>]*>/g)];
  if (!drawings.length) return [];
  expect(drawings).toHaveLength(1);
  const drawingPart = (await rels(zip, part)).get(attr(drawings[0][0], "r:id")!)!.target;
  const drawingXml = await text(zip, drawingPart);
  const drawingRels = await rels(zip, drawingPart);
  const out: FoundChart[] = [];
  for (const a of drawingXml.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
    const chartTag = /<c:chart\b[^>]*>/.exec(a[0]);
    if (!chartTag) continue;
    const chartPart = drawingRels.get(attr(chartTag[0], "r:id")!)!.target;
    const chartXml = await text(zip, chartPart);
    const pos = (tag: string): [number, number] => {
      const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>\\d+</xdr:colOff><xdr:row>(\\d+)</xdr:row>`).exec(a[0])!;
      return [Number(m[2]), Number(m[1])];
    };
    out.push({
      name: attr(/<xdr:cNvPr\b[^>]*>/.exec(a[0])![0], "name")!,
      part: chartPart,
      title: [...(/<c:title>[\s\S]*?<\/c:title>/.exec(chartXml)?.[0] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1])).join(""),
      kind: /<c:barDir val="(\w+)"/.exec(chartXml)?.[1] ?? (/<c:(\w+Chart)>/.exec(chartXml)?.[1] ?? ""),
      refs: [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1])),
      anchor: { from: pos("from"), to: pos("to") },
    });
  }
  return out;
}

/** Table position as its part in the package says: header row, first column, body rows. */
async function tableBox(zip: JSZip, name: string): Promise<{ headers: string[]; row: number; col: number; rows: number }> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await text(zip, path);
    const tag = /<table\b[^>]*>/.exec(xml)![0];
    if (attr(tag, "name") !== name) continue;
    const box = parseRange(attr(tag, "ref")!);
    return { headers: [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => attr(m[0], "name")!), row: box.row, col: box.col, rows: box.rows - 1 };
  }
  throw new Error(`no table ${name}`);
}

async function columnRange(zip: JSZip, table: string, header: string): Promise<string> {
  const t = await tableBox(zip, table);
  const c = columnLetters(t.col + t.headers.indexOf(header));
  expect(t.headers).toContain(header);
  return `Dashboard!$${c}$${t.row + 2}:$${c}$${t.row + 1 + t.rows}`;
}

function xmllint(xml: string): void {
  execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
}

let dir: string;
let samplePath: string;
let sample: JSZip;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mdplan-charts-"));
  samplePath = join(dir, "sample.xlsx");
  const bytes = (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes;
  writeFileSync(samplePath, bytes);
  sample = await JSZip.loadAsync(bytes);
});

describe("a new sample workbook", () => {
  test("draws the Dashboard's two charts, by name, with their titles and kinds", async () => {
    const charts = await chartsOn(sample, "Dashboard");
    expect(charts.map((c) => [c.name, c.title, c.kind])).toEqual([
      ["chtBudgetByGoal", "Budget under way by priority goal", "bar"],
      ["chtIndicatorsByStatus", "Indicators by status", "col"],
    ]);
    expect(Object.keys(sample.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
  });

  test("the budget chart reads the goals' names (Objective) and Budget under way where tblDashboardByGoal stands", async () => {
    const [budget] = await chartsOn(sample, "Dashboard");
    const categories = await columnRange(sample, "tblDashboardByGoal", "Objective");
    const values = await columnRange(sample, "tblDashboardByGoal", "Budget under way");
    expect(budget.refs).toEqual([categories, values]);
    // The sample has goals, so the table has more than its one empty row.
    expect((await tableBox(sample, "tblDashboardByGoal")).rows).toBeGreaterThan(1);
  });

  test("the status chart reads the four status labels and their counts", async () => {
    const [, status] = await chartsOn(sample, "Dashboard");
    const [cat, val] = status.refs.map((r) => parseRange(r));
    expect(cat.rows).toBe(4);
    expect(val).toEqual({ ...cat, col: cat.col + 1 });
    const book = await readXlsx(samplePath);
    const labels = Array.from({ length: 4 }, (_, i) => book.cell("Dashboard", cellAddress(cat.row + i, cat.col))?.value);
    expect(labels).toEqual(VALUE_LISTS.lstIndicatorStatus);
    const counts = Array.from({ length: 4 }, (_, i) => book.cell("Dashboard", cellAddress(val.row + i, val.col))?.formula);
    expect(counts).toEqual(["kpiOnTrack", "kpiAtRisk", "kpiOffTrack", "kpiNoData"]);
  });

  test("anchors both charts side by side on the first screen, beside the headline figures and above the tables", async () => {
    const [budget, status] = await chartsOn(sample, "Dashboard");
    const table = await tableBox(sample, "tblDashboard");
    for (const c of [budget, status]) {
      expect(c.anchor.from[0]).toBe(4); // row 5, beside "Headline figures"
      expect(c.anchor.to[0] - c.anchor.from[0]).toBe(16);
      expect(c.anchor.to[0]).toBeLessThan(table.row); // clear of the tables below
      expect(c.anchor.from[1]).toBeGreaterThanOrEqual(3); // right of columns A-C
    }
    expect(status.anchor.to[1]).toBeLessThanOrEqual(budget.anchor.from[1]);
  });

  test("the status chart paints each bar in its status's colour, labels the counts, and steps its axis by whole numbers", async () => {
    const [budget, status] = await chartsOn(sample, "Dashboard");
    const xml = await text(sample, status.part);
    const points = [...xml.matchAll(/<c:dPt><c:idx val="(\d)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"\/>[\s\S]*?<\/c:dPt>/g)].map((m) => [Number(m[1]), m[2]]);
    // On track green, At risk amber, Off track red, No data grey: as the Status column.
    expect(points).toEqual([[0, "70AD47"], [1, "FFC000"], [2, "C00000"], [3, "A6A6A6"]]);
    expect(xml).toMatch(/<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"\/>[\s\S]*<c:showVal val="1"\/>/);
    expect(xml).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>[\s\S]*<c:majorUnit val="1"\/><\/c:valAx>/);
    // The budgets: labels in the plan's money format, thousands separators on the axis.
    const money = await text(sample, budget.part);
    expect(money).toContain(`<c:dLbls><c:numFmt formatCode="#,##0&quot; USD&quot;" sourceLinked="0"/>`);
    expect(money).toMatch(/<c:valAx>[\s\S]*<c:numFmt formatCode="#,##0" sourceLinked="0"\/>/);
    expect(money).not.toContain("<c:majorUnit");
    // Goals read top-down as in the table, the value axis below the bars; the status columns left to right.
    expect(money).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/>/);
    expect(money).toMatch(/<c:valAx>[\s\S]*<c:crosses val="max"\/>/);
    expect(xml).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/>/);
    for (const x of [xml, money]) xmllint(x);
  });

  test("declares every part: content types, relationships, and the sheet's <drawing> in schema order", async () => {
    const types = await text(sample, "[Content_Types].xml");
    const part = await sheetPart(sample, "Dashboard");
    const sheetXml = await text(sample, part);
    const sheetRels = await rels(sample, part);
    const drawingRel = [...sheetRels.values()].find((r) => r.type.endsWith("/drawing"))!;
    expect(types).toContain(`<Override PartName="/${drawingRel.target}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    for (const c of await chartsOn(sample, "Dashboard")) {
      expect(types).toContain(`<Override PartName="/${c.part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    }
    const order = ["<pageMargins", "<pageSetup", "<drawing ", "<tableParts"].map((t) => sheetXml.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Relationship ids stay unique in the sheet's rels.
    const relsXml = await text(sample, relsOf(part));
    const ids = [...relsXml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every part it wrote or touched is well-formed XML", async () => {
    const part = await sheetPart(sample, "Dashboard");
    const paths = [
      "[Content_Types].xml",
      part,
      relsOf(part),
      ...Object.keys(sample.files).filter((p) => /^xl\/(charts|drawings)\/.+\.(xml|rels)$/.test(p)),
    ];
    expect(paths.filter((p) => p.startsWith("xl/drawings/_rels/"))).toHaveLength(1);
    for (const p of paths) {
      const xml = await text(sample, p);
      expect(() => xmllint(xml)).not.toThrow();
    }
  });
});

describe("LibreOffice", () => {
  let converted: JSZip;
  let refreshedConverted: JSZip;
  beforeAll(async () => {
    const refreshedPath = join(dir, "refreshed.xlsx");
    writeFileSync(refreshedPath, (await refreshPlanWorkbook(samplePath, readFileSync(samplePath))).bytes);
    const [a, b] = recalculate([samplePath, refreshedPath]);
    converted = await JSZip.loadAsync(readFileSync(a));
    refreshedConverted = await JSZip.loadAsync(readFileSync(b));
  }, 180_000);

  test.each([
    ["a new file", () => converted],
    ["a refreshed file", () => refreshedConverted],
  ])("opens %s and writes the two charts back with our titles and ranges", async (_label, zip) => {
    expect(Object.keys(zip().files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    const charts = await chartsOn(zip(), "Dashboard");
    const ours = await chartsOn(sample, "Dashboard");
    expect(charts.map((c) => c.title)).toEqual(ours.map((c) => c.title));
    expect(charts.map((c) => c.kind)).toEqual(["bar", "col"]);
    // LibreOffice writes the series name as a quoted literal formula too; the cell ranges are ours.
    expect(charts.map((c) => c.refs.filter((r) => r.includes("!")))).toEqual(ours.map((c) => c.refs));
  });
});

describe("a new plan without goals or indicators", () => {
  test("draws no chart (a chart of nothing shows a bare axis 0-12), nor does a refresh while the plan is empty", async () => {
    const fresh = (await newPlanWorkbook({ ...SAMPLE_SETTINGS, title: "Empty" }, {})).bytes;
    const refreshed = (await refreshPlanWorkbook("empty.xlsx", fresh)).bytes;
    for (const bytes of [fresh, refreshed]) {
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).filter((p) => /^xl\/charts\//.test(p))).toEqual([]);
      expect(await chartsOn(zip, "Dashboard")).toEqual([]);
    }
  });
});

describe("refresh", () => {
  test("keeps exactly two charts, over the table as rebuilt, however often it runs", async () => {
    let bytes: Uint8Array = readFileSync(samplePath);
    for (let i = 0; i < 2; i++) bytes = (await refreshPlanWorkbook("sample.xlsx", bytes)).bytes;
    const zip = await JSZip.loadAsync(bytes);
    const charts = await chartsOn(zip, "Dashboard");
    expect(charts.map((c) => c.name)).toEqual(["chtBudgetByGoal", "chtIndicatorsByStatus"]);
    expect(Object.keys(zip.files).filter((p) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/.test(p)).sort()).toHaveLength(3);
    expect(charts[0].refs).toEqual([await columnRange(zip, "tblDashboardByGoal", "Objective"), await columnRange(zip, "tblDashboardByGoal", "Budget under way")]);
    const types = await text(zip, "[Content_Types].xml");
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(2);
  });
});

describe("resolving and writing charts", () => {
  const goals: TableSnapshot = { name: "tblGoals", sheet: "4 Capacity & resources", headers: ["Goal ID", "Budget"], row: 5, col: 2, rowCount: 3 };
  const spec: ChartSpec = {
    name: "chtX",
    title: "Budget <by> goal & more",
    type: "pie",
    categories: { table: "tblGoals", column: "goal id" },
    series: [{ table: "tblGoals", column: "Budget", name: "Budget", color: "#70AD47" }],
    anchor: { row: 1, col: 1, cols: 4, rows: 10 },
  };
  const lookup = (name: string) => (name.toLowerCase() === "tblgoals" ? goals : undefined);

  test("quotes sheet names that need it and finds columns whatever their case", () => {
    const chart = resolveChart(goals.sheet, spec, lookup)!;
    expect(chart.categories.ref).toBe("'4 Capacity & resources'!$C$7:$C$9");
    expect(chart.series[0].ref).toBe("'4 Capacity & resources'!$D$7:$D$9");
    expect(columnRef("Dashboard", 14, 0, 4)).toBe("Dashboard!$A$15:$A$18");
    expect(columnRef("R1C1", 0, 0, 1)).toBe("'R1C1'!$A$1");
    expect(columnRef("O'Brien", 0, 0, 2)).toBe("'O''Brien'!$A$1:$A$2");
  });

  test("leaves out a chart whose table or column is not there, or stands on another sheet", () => {
    expect(resolveChart(goals.sheet, { ...spec, categories: { table: "tblMissing", column: "Goal ID" } }, lookup)).toBeUndefined();
    expect(resolveChart(goals.sheet, { ...spec, series: [{ table: "tblGoals", column: "Nope", name: "x" }] }, lookup)).toBeUndefined();
    expect(resolveChart("Dashboard", spec, lookup)).toBeUndefined();
  });

  test("applySteps collects the charts it can draw and skips the rest without failing", () => {
    const wb = new ExcelJS.Workbook();
    const fixed: ChartSpec = { ...spec, name: "chtFixed", type: "column", categories: { row: 2, col: 0, rows: 3 }, series: [{ row: 2, col: 1, rows: 3, name: "n" }] };
    const steps: SetupStep[] = [
      { kind: "addSheet", sheet: { name: "Dash", tabColor: "#000000", freezeRows: 0, cells: [], tables: [] } },
      { kind: "charts", sheet: "Dash", charts: [{ ...spec, name: "chtMissing", categories: { table: "tblNone", column: "A" } }, fixed] },
      { kind: "charts", sheet: "Dash", charts: [{ ...fixed, title: "Again" }] },
    ];
    const result = applySteps(wb, steps, EMPTY_SNAPSHOT);
    expect(result.charts).toEqual([{ sheet: "Dash", charts: [expect.objectContaining({ name: "chtFixed", title: "Again" })] }]);
    expect(result.charts[0].charts[0].categories.ref).toBe("Dash!$A$3:$A$5");
  });

  test("a pie with escaped titles, next to pictures exceljs drew, without reusing part numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("4 Capacity & resources");
    ws.getCell("C7").value = "G1";
    // A 1x1 PNG: exceljs writes it in a drawing part of its own, which the charts must share.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "H2:I4");
    const raw = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
    raw.file("xl/charts/chart1.xml", "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>");
    const before = await raw.generateAsync({ type: "uint8array" });
    const sheets: SheetCharts[] = [{ sheet: goals.sheet, charts: [resolveChart(goals.sheet, spec, lookup)!] }];
    const zip = await JSZip.loadAsync(await addCharts(before, sheets));

    const part = await sheetPart(zip, goals.sheet);
    const sheetXml = await text(zip, part);
    expect(sheetXml.match(/<drawing\b/g)).toHaveLength(1);
    const drawingPath = [...(await rels(zip, part)).values()].find((r) => r.type.endsWith("/drawing"))!.target;
    const drawing = await text(zip, drawingPath);
    expect(drawing).toContain("<xdr:pic>");
    expect(drawing).toContain("<xdr:graphicFrame");
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await text(zip, "xl/charts/chart1.xml")).not.toContain("pieChart");
    const [chart] = await chartsOn(zip, goals.sheet);
    expect(chart).toMatchObject({ name: "chtX", part: "xl/charts/chart2.xml", title: "Budget <by> goal & more", kind: "pieChart" });
    expect(chart.refs).toEqual(["'4 Capacity & resources'!$C$7:$C$9", "'4 Capacity & resources'!$D$7:$D$9"]);
    const drawingRels = await rels(zip, drawingPath);
    expect([...drawingRels.keys()]).toHaveLength(new Set(drawingRels.keys()).size);
    expect([...drawingRels.values()].map((r) => r.type.split("/").pop()).sort()).toEqual(["chart", "image"]);
    for (const p of [drawingPath, relsOf(drawingPath), "xl/charts/chart2.xml", part, "[Content_Types].xml"]) {
      const xml = await text(zip, p);
      expect(() => xmllint(xml)).not.toThrow();
    }
  });

  test("the <drawing> element goes before whatever follows it in the schema, or last", () => {
    expect(insertDrawingElement("<worksheet><sheetData/><pageMargins/><legacyDrawing r:id=\"x\"/><tableParts/></worksheet>", "<drawing/>")).toBe(
      "<worksheet><sheetData/><pageMargins/><drawing/><legacyDrawing r:id=\"x\"/><tableParts/></worksheet>",
    );
    expect(insertDrawingElement("<worksheet><sheetData/><pageMargins/></worksheet>", "<drawing/>")).toBe("<worksheet><sheetData/><pageMargins/><drawing/></worksheet>");
    expect(insertDrawingElement("<worksheet><sheetData/><extLst><ext/></extLst></worksheet>", "<drawing/>")).toBe("<worksheet><sheetData/><drawing/><extLst><ext/></extLst></worksheet>");
    // Only the root's children count: a rule's own <extLst> is not the sheet's.
    const cf = `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>`;
    expect(insertDrawingElement(`<?xml version="1.0"?>\n<x:worksheet a="1>2"><x:sheetData/>${cf}<x:pageMargins/><x:tableParts count="1"><x:tablePart/></x:tableParts></x:worksheet>`, "<drawing/>")).toBe(
      `<?xml version="1.0"?>\n<x:worksheet a="1>2"><x:sheetData/>${cf}<x:pageMargins/><drawing/><x:tableParts count="1"><x:tablePart/></x:tableParts></x:worksheet>`,
    );
  });
});
