/**
 * The Office planner loaded on first use (src/taskpane/lazy-office-planner.ts): every call reaches
 * the real planner, the chunk is fetched once, and a chunk that fails to load is said in plain
 * words and tried again on the next call.
 */
import { createExcelDouble } from "../../src/excel-double";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { CHUNK_FAILED, createOfficePlanner } from "../../src/taskpane/lazy-office-planner";

const SETTINGS = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan" };

afterEach(() => {
  jest.dontMock("../../src/hosts/office/office-planner");
  jest.resetModules();
});

test("every call reaches the Office planner: a set-up, then the workbook's status, a check, the marks cleared", async () => {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  const before = await planner.readStatus();
  expect(before.settings).toBeUndefined();
  const report = await planner.setUp({ settings: SETTINGS });
  expect(report.steps).toBeGreaterThan(0);
  const after = await planner.readStatus();
  expect(after.settings?.country).toBe("Kenya");
  const check = await planner.check();
  expect(Array.isArray(check.findings)).toBe(true);
  await expect(planner.clearMarks()).resolves.toEqual(expect.any(Number));
});

test("the chunk is loaded once, however many calls are waiting for it", async () => {
  const real = jest.requireActual("../../src/hosts/office/office-planner");
  const create = jest.fn(real.createOfficePlanner);
  jest.doMock("../../src/hosts/office/office-planner", () => ({ ...real, createOfficePlanner: create }));
  const lazy: typeof import("../../src/taskpane/lazy-office-planner") = await import("../../src/taskpane/lazy-office-planner");
  const double = createExcelDouble();
  const planner = lazy.createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  expect(create).not.toHaveBeenCalled();
  await Promise.all([planner.readStatus(), planner.readStatus()]);
  await planner.readStatus();
  expect(create).toHaveBeenCalledTimes(1);
});

test("a chunk that does not load is a PlannerError in plain words, and the next call tries again", async () => {
  let fail = true;
  const real = jest.requireActual("../../src/hosts/office/office-planner");
  jest.doMock("../../src/hosts/office/office-planner", () => {
    if (fail) throw new Error("Loading chunk office-planner failed.");
    return real;
  });
  const lazy: typeof import("../../src/taskpane/lazy-office-planner") = await import("../../src/taskpane/lazy-office-planner");
  const double = createExcelDouble();
  const planner = lazy.createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  const error = await planner.readStatus().then(
    () => undefined,
    (e: unknown) => e,
  );
  // The module registry was reset for this test: its PlannerError is a class of its own.
  expect(error).toMatchObject({ name: "PlannerError", code: "ChunkLoadFailed", message: CHUNK_FAILED });
  fail = false;
  await expect(planner.readStatus()).resolves.toMatchObject({ settings: undefined });
});
