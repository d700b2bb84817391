/**
 * Concurrency in Excel: the add-in's events are off while it writes and on again after, also
 * when a write fails, at no extra sync (through the Excel double, which judges every change
 * against Runtime.enableEvents as it stood when the change ran).
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { fillTables } from "../../support/fill-tables";
import type { ExcelRun } from "../../../src/hosts/office/excel-run";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { MARK_FORMULA } from "../../../src/hosts/office/marks";
import { PlannerError } from "../../../src/service/planner-service";
import { SDG_INDICATORS } from "../../../src/model/catalog/catalog";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import type { PlanData } from "../../../src/model/workbook";

const settings = SAMPLE_SETTINGS;

function planner(double: ExcelDouble, run: ExcelRun = double.run.bind(double)) {
  return createOfficePlanner(run, double.isSetSupported.bind(double));
}

/** The sample with two faults the check marks. */
function faulty(): PlanData {
  const actions = SAMPLE_DATA.tblActions!.map((r) => ({ ...r }));
  actions[1]["Goal ID"] = "G9";
  actions[2]["Budget"] = "lots";
  return { ...SAMPLE_DATA, tblActions: actions };
}

async function fill(double: ExcelDouble, data: PlanData): Promise<void> {
  await fillTables(double, data as Record<string, Record<string, unknown>[]>);
}

/** Some code of the add-in (not the planner) switched its events off. */
async function switchEventsOff(double: ExcelDouble): Promise<void> {
  await double.run(async (ctx) => {
    ctx.runtime.enableEvents = false;
    await ctx.sync();
  });
}

/** The user starts typing in a cell once the planner's next batch has made `syncs` syncs (once). */
function typingAfter(double: ExcelDouble, syncs: number): ExcelRun {
  let armed = true;
  return (batch) =>
    double.run((ctx) => {
      if (!armed) return batch(ctx);
      armed = false;
      let made = 0;
      const sync = ctx.sync.bind(ctx);
      const watched = new Proxy(ctx, {
        get(target, property) {
          if (property !== "sync") return Reflect.get(target, property) as unknown;
          return async <T>(value?: T) => {
            try {
              return await sync(value);
            } finally {
              made += 1;
              if (made === syncs) double.setCellEditMode(true);
            }
          };
        },
      });
      return batch(watched);
    });
}

/** Protects a sheet once the add-in has read the workbook and starts writing. */
function protectWhenWriting(double: ExcelDouble, sheet: string) {
  return (progress: { label: string }) => {
    if (progress.label.startsWith("Writing") && !double.state.sheets.find((s) => s.name === sheet)!.protected) double.protectSheet(sheet);
  };
}

function marksOn(double: ExcelDouble, sheet: string) {
  return double.state.sheets.find((s) => s.name === sheet)!.conditionalFormats.filter((c) => c.rule.formula === MARK_FORMULA);
}

describe("while the add-in writes, its events are off; after, they are on", () => {
  test("set-up of an empty workbook: no write with events on, and still 2 syncs (4 with the status read)", async () => {
    const double = createExcelDouble();
    const report = await planner(double).setUp({ settings });
    expect(double.stats.writeSyncs).toBeGreaterThan(0);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(report.syncs).toBe(2);
    expect(double.stats.syncs).toBe(4);
  });

  test("set-up run again, and a refresh: no write with events on, the same syncs as before", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    double.stats.reset();
    const rerun = await p.setUp({ settings });
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(rerun.syncs).toBe(3);
    expect(double.stats.syncs).toBe(5);

    await fill(double, SAMPLE_DATA);
    double.stats.reset();
    const refresh = await p.refresh();
    expect(double.stats.writeSyncs).toBeGreaterThan(0);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(refresh.syncs).toBe(5);
    expect(double.stats.syncs).toBe(7);
  });

  test("adding indicators from the catalogue: three syncs, none writing with events on", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    double.stats.reset();
    expect(await p.addIndicators([SDG_INDICATORS[0]])).toEqual(["I1"]);
    expect(double.stats.writeSyncs).toBe(1);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(double.stats.syncs).toBe(3);
  });

  test("check marks and Clear marks: no write with events on, in a fixed number of round trips", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    await fill(double, faulty());
    await p.refresh();

    double.stats.reset();
    const report = await p.check();
    expect(report.marked).toBeGreaterThan(0);
    expect(marksOn(double, "3 Plan of Action").length).toBeGreaterThan(0);
    expect(double.stats.writeSyncs).toBeGreaterThan(0);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(double.stats.syncs).toBe(8);

    double.stats.reset();
    expect(await p.clearMarks()).toBe(report.marked);
    expect(marksOn(double, "3 Plan of Action")).toHaveLength(0);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
    expect(double.stats.syncs).toBe(5);
  });

  test("a check with nothing to mark removes earlier marks with events off, and turns them on with that removal", async () => {
    const double = createExcelDouble();
    const p = planner(double);
    await p.setUp({ settings });
    await double.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("3 Plan of Action").getRange("B7").conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARK_FORMULA;
      await ctx.sync();
    });
    double.stats.reset();
    const report = await p.check();
    expect(report.findings).toHaveLength(0);
    expect(marksOn(double, "3 Plan of Action")).toHaveLength(0);
    expect(double.stats.writeSyncs).toBe(1);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
  });
});

describe("a write that fails", () => {
  test("a set-up stopped by a sheet protected meanwhile: the user reads why, and events are on again", async () => {
    const double = createExcelDouble();
    double.seedSheet("1 Assessment");
    // Someone protects the sheet after the add-in read the workbook, before it writes.
    const error = await planner(double).setUp({ settings }, protectWhenWriting(double, "1 Assessment")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe("AccessDenied");
    expect((error as PlannerError).message).toMatch(/is protected\. Unprotect it/);
    expect(double.stats.writeSyncs).toBeGreaterThan(0); // part of the set-up was written
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
  });

  test("when putting events back fails too, the user still gets the original error, and the next change puts them back", async () => {
    const double = createExcelDouble();
    double.seedSheet("1 Assessment");
    const p = planner(double, typingAfter(double, 3));
    // Read (syncs 1 and 2), write refused by the protection (sync 3); then the user types, so the
    // sync putting events back is refused too.
    const error = await p.setUp({ settings }, protectWhenWriting(double, "1 Assessment")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe("AccessDenied");
    expect((error as PlannerError).message).toMatch(/is protected/);
    expect(double.stats.syncs).toBe(4);
    expect(double.eventsEnabled).toBe(false);

    // The user presses Enter and sets up again: the protected sheet is left alone, the rest is
    // written with events off, and events are on afterwards.
    double.setCellEditMode(false);
    double.stats.reset();
    const report = await p.setUp({ settings });
    expect(report.notices.some((n) => n.sheet === "1 Assessment" && /is protected/.test(n.message))).toBe(true);
    expect(double.stats.writeSyncs).toBeGreaterThan(0);
    expect(double.stats.writeSyncsWithEventsOn).toBe(0);
    expect(double.eventsEnabled).toBe(true);
  });

  test("a cell in edit mode from the start: the edit-mode message, nothing written, events untouched", async () => {
    const double = createExcelDouble();
    double.setCellEditMode(true);
    const error = await planner(double).setUp({ settings }).catch((e: unknown) => e);
    expect((error as PlannerError).code).toBe("InvalidOperationInCellEditMode");
    expect((error as PlannerError).message).toMatch(/finish typing in a cell/);
    expect(double.stats.writeSyncs).toBe(0);
    expect(double.eventsEnabled).toBe(true);
  });
});

test("events switched off beforehand stay off through every change the add-in makes", async () => {
  const double = createExcelDouble();
  await switchEventsOff(double);
  const p = planner(double);
  await p.setUp({ settings });
  expect(double.eventsEnabled).toBe(false);
  await fill(double, faulty());
  await p.refresh();
  expect(double.eventsEnabled).toBe(false);
  await p.addIndicators([SDG_INDICATORS[0]]);
  expect(double.eventsEnabled).toBe(false);
  expect((await p.check()).marked).toBeGreaterThan(0);
  expect(double.eventsEnabled).toBe(false);
  expect(await p.clearMarks()).toBeGreaterThan(0);
  expect(double.eventsEnabled).toBe(false);
  expect(double.stats.writeSyncsWithEventsOn).toBe(0);
});

test("Excel 2019 (ExcelApi 1.7, no enableEvents): nothing touches the runtime, everything still works in the same syncs", async () => {
  const double = createExcelDouble({ supportedApiVersion: "1.7" });
  const p = planner(double);
  const report = await p.setUp({ settings });
  expect(report.syncs).toBe(2);
  expect(double.stats.syncs).toBe(4);
  await fill(double, faulty());
  await p.refresh();
  expect(await p.addIndicators([SDG_INDICATORS[0]])).toHaveLength(1);
  expect((await p.check()).marked).toBeGreaterThan(0);
  expect(await p.clearMarks()).toBeGreaterThan(0);
  // Any use of Runtime.enableEvents would have failed a sync with ApiNotFound; the writes went
  // ahead with events on, which is all such an Excel allows.
  expect(double.stats.writeSyncsWithEventsOn).toBe(double.stats.writeSyncs);
  expect(double.stats.writeSyncs).toBeGreaterThan(0);
  expect(double.eventsEnabled).toBe(true);
});
