/**
 * The model's registry (src/model/registry.ts) against the workbook it describes: each stage's
 * number, name, sheets and tab colour as the stage files build them; every derived table rebuilt
 * by exactly one pane action; the guidance on each derived table's sheet naming that action's button.
 */
import { DERIVED_TABLES } from "../../src/model/derived/registry";
import {
  DERIVED,
  PART_ORDER,
  REBUILD_ACTIONS,
  REBUILD_TARGETS,
  rebuildActionFor,
  sheetNamesOf,
  STAGES,
  tablesRebuiltBy,
  WORKBOOK_PART,
} from "../../src/model/registry";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import type { SheetSpec, TableRow } from "../../src/model/spec/types";
import { buildWorkbookSpec, stages, tablesOf } from "../../src/model/workbook";
import { REBUILD_TABLES } from "../../src/taskpane/state/pane-state";

const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
const sheet = (name: string): SheetSpec => spec.sheets.find((s) => s.name === name)!;
const guidanceOf = (s: SheetSpec): string => s.cells.filter((c) => c.style === "guidance" && "value" in c.content).map((c) => String((c.content as { value: unknown }).value)).join("\n");

describe("stages", () => {
  it("are the stage files' stages, in the same order, with the same numbers, keys and names", () => {
    expect(stages(DEFAULT_SETTINGS).map((s) => [s.number, s.key, s.name])).toEqual(STAGES.map((s) => [s.number, s.key, s.name]));
    expect(STAGES.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("own exactly the sheets the registry lists, each numbered and coloured as the stage", () => {
    for (const [i, built] of stages(DEFAULT_SETTINGS).entries()) {
      const entry = STAGES[i];
      expect(built.sheets.map((s) => s.name)).toEqual(sheetNamesOf(entry));
      for (const s of built.sheets) {
        expect([s.name, s.stage, s.tabColor]).toEqual([s.name, entry.number, entry.tabColor]);
        expect(s.name.startsWith(`${entry.number} `)).toBe(true);
        const title = s.cells.find((c) => c.style === "title")!.content as { value: string };
        expect(title.value.startsWith(`Stage ${entry.number} · `)).toBe(true);
      }
    }
  });

  it("leave the settings, dashboard and lists to the workbook's own part, last in the pane's order", () => {
    const own = spec.sheets.filter((s) => s.stage === undefined);
    expect(own.map((s) => s.name).sort()).toEqual(sheetNamesOf(WORKBOOK_PART).sort());
    for (const part of Object.values(WORKBOOK_PART.sheets)) expect(sheet(part.name).tabColor).toBe(part.tabColor);
    expect(PART_ORDER).toEqual([...STAGES.map((s) => s.number), WORKBOOK_PART.number]);
    expect(new Set(PART_ORDER).size).toBe(PART_ORDER.length);
  });

  it("have one colour each", () => {
    expect(new Set(STAGES.map((s) => s.tabColor.toUpperCase())).size).toBe(STAGES.length);
  });
});

describe("derived tables", () => {
  it("are exactly the tables the workbook marks derived, each with a builder", () => {
    const marked = tablesOf(spec).filter((t) => t.placed.table.derived).map((t) => t.placed.table.name);
    expect([...marked].sort()).toEqual(DERIVED.map((d) => d.name).sort());
    expect(DERIVED_TABLES.map((d) => d.name)).toEqual(DERIVED.map((d) => d.name));
  });

  it("are every one rebuilt by some pane action, and by one only", () => {
    for (const d of DERIVED) expect([d.name, REBUILD_TARGETS.includes(d.rebuiltBy)]).toEqual([d.name, true]);
    const rebuilt = REBUILD_TARGETS.flatMap(tablesRebuiltBy);
    expect([...rebuilt].sort()).toEqual(DERIVED.map((d) => d.name).sort());
    expect(new Set(rebuilt).size).toBe(rebuilt.length);
    // Each action rebuilds something: a button with nothing to do would be a broken promise.
    for (const t of REBUILD_TARGETS) expect(tablesRebuiltBy(t).length).toBeGreaterThan(0);
  });

  it("are every one asked for by a button of the pane, whose lists are the registry's", () => {
    expect(Object.keys(REBUILD_TABLES).sort()).toEqual([...REBUILD_TARGETS].sort());
    for (const t of REBUILD_TARGETS) expect([t, REBUILD_TABLES[t]]).toEqual([t, tablesRebuiltBy(t)]);
    const asked = new Set(Object.values(REBUILD_TABLES).flat());
    expect(DERIVED_TABLES.filter((d) => !asked.has(d.name)).map((d) => d.name)).toEqual([]);
  });

  it("read no table beyond the sources the registry lists (the tables a host reads first)", () => {
    const sample = buildWorkbookSpec(SAMPLE_SETTINGS, SAMPLE_DATA);
    const sourceTables = new Set<string>(tablesOf(sample).filter((t) => !t.placed.table.derived).map((t) => t.placed.table.name));
    for (const d of DERIVED_TABLES) {
      const placed = tablesOf(sample).find((t) => t.placed.table.name === d.name)!.placed.table;
      const read = new Set<string>();
      d.build(placed, (name) => (read.add(name), ((SAMPLE_DATA as Record<string, TableRow[] | undefined>)[name] ?? [])));
      expect([d.name, [...read].sort()]).toEqual([d.name, [...d.sources].sort()]);
      for (const s of d.sources) expect([d.name, s, sourceTables.has(s)]).toEqual([d.name, s, true]);
    }
  });

  it("are rebuilt by a button on a part the workbook has", () => {
    for (const action of Object.values(REBUILD_ACTIONS)) expect(PART_ORDER).toContain(action.part);
    expect(new Set(Object.values(REBUILD_ACTIONS).map((a) => a.label)).size).toBe(REBUILD_TARGETS.length);
  });
});

describe("sheet guidance", () => {
  it("names, on each derived table's sheet, the button that really rebuilds it, and no other", () => {
    const labels = Object.values(REBUILD_ACTIONS).map((a) => a.label);
    for (const s of spec.sheets) {
      const text = guidanceOf(s);
      const wanted = new Set(s.tables.flatMap((p) => (p.table.derived ? [rebuildActionFor(p.table.name)!.label] : [])));
      for (const label of wanted) expect([s.name, text]).toEqual([s.name, expect.stringContaining(`press ${label} in the add-in`)]);
      for (const label of labels.filter((l) => !wanted.has(l))) expect([s.name, text.includes(label)]).toEqual([s.name, false]);
    }
  });
});
