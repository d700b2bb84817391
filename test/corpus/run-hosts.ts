/**
 * A corpus workbook through each host as its users meet it: a donor's `mdplan check` and
 * `mdplan refresh` on the file; a planner's check, set-up and refresh in Excel. Only the errors
 * each host promises (PlanFileError, PlannerError) count as answers; anything else is a crash.
 */
import { checkBytes } from "../../src/cli/check-files";
import type { Finding } from "../../src/model/check/plan-tables";
import type { Notice } from "../../src/model/layout/steps";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { PlannerError } from "../../src/service/planner-service";
import { refreshPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { PlanFileError } from "../../src/hosts/xlsx/read-workbook";
import type { Host } from "./corpus-case";
import { loadIntoDouble } from "./load-into-double";
import { changedCells, typedCellsOfDouble, typedCellsOfFile } from "./typed-cells";

export interface Outcome {
  host: Host;
  /** Findings of the check on the workbook as received. */
  findings: Finding[];
  /** Notices of set-up and refresh. */
  notices: Notice[];
  /** One-line errors the host answered with. */
  errors: string[];
  /** Anything thrown that is not one of the host's own errors. */
  crashes: string[];
  /** Typed cells compared, and those changed or lost. */
  typedCells: number;
  changed: string[];
}

function outcome(host: Host): Outcome {
  return { host, findings: [], notices: [], errors: [], crashes: [], typedCells: 0, changed: [] };
}

async function answer<T>(out: Outcome, own: (e: unknown) => boolean, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    if (own(e)) out.errors.push((e as Error).message);
    else out.crashes.push((e as Error)?.stack ?? String(e));
    return undefined;
  }
}

/** The check as `mdplan check` runs it on a file's bytes. */
async function checkFile(name: string, bytes: Uint8Array): Promise<Finding[]> {
  return (await checkBytes(name, bytes)).findings;
}

export async function runFile(bytes: Uint8Array): Promise<Outcome> {
  const out = outcome("xlsx");
  const isOwn = (e: unknown) => e instanceof PlanFileError;
  const checked = await answer(out, isOwn, async () => checkFile("case.xlsx", bytes));
  if (!checked) return out;
  out.findings = checked;
  const refreshed = await answer(out, isOwn, () => refreshPlanWorkbook("case.xlsx", bytes));
  if (!refreshed) return out;
  out.notices = refreshed.notices;
  // The refreshed file must open and check again.
  await answer(out, isOwn, async () => checkFile("refreshed.xlsx", refreshed.bytes));
  const before = await typedCellsOfFile(bytes);
  out.typedCells = before.size;
  out.changed = changedCells(before, await typedCellsOfFile(refreshed.bytes));
  return out;
}

/** What a planner types in the pane's form for a workbook that has no settings yet. */
const TYPED_IN_THE_PANE = { ...DEFAULT_SETTINGS, country: "Kestrelia", title: "National migration and development plan" };

export async function runOffice(bytes: Uint8Array): Promise<Outcome> {
  const out = outcome("office");
  const isOwn = (e: unknown) => e instanceof PlannerError;
  const double = await loadIntoDouble(bytes);
  const before = typedCellsOfDouble(double);
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  const first = await answer(out, isOwn, () => planner.check());
  out.findings = first?.findings ?? [];
  const status = await answer(out, isOwn, () => planner.readStatus());
  const setUp = await answer(out, isOwn, () => planner.setUp({ settings: status?.settings ?? TYPED_IN_THE_PANE }));
  const refreshed = await answer(out, isOwn, () => planner.refresh());
  out.notices = [...(setUp?.notices ?? []), ...(refreshed?.notices ?? [])];
  await answer(out, isOwn, () => planner.check());
  out.typedCells = before.size;
  out.changed = changedCells(before, typedCellsOfDouble(double));
  return out;
}
