/** Each stage's state in a workbook (missing, ready, needs update, blocked), for the pane. */
import type { WorkbookSpec } from "../spec/types";
import type { StageSpec } from "../stages/stage";
import { captionOf, planSetup } from "./plan-setup";
import { shortCaption } from "../spec/short-caption";
import { findTable, type WorkbookSnapshot } from "./snapshot";
import type { SetupStep, SheetAdditions, StageState } from "./steps";
import { quotedList, setupWords, type SetupWords } from "./setup-words";
import { ALL_CAPABILITIES } from "./capabilities";
import { WORKBOOK_PART } from "../registry";

const STRUCTURAL: SetupStep["kind"][] = ["addSheet", "writeCells", "addTable", "addColumns", "addName", "appendRows"];

/** What a step that repairs (rather than adds) would mend, in words. */
function describe(step: SetupStep, spec: WorkbookSpec, { t }: SetupWords): string | undefined {
  switch (step.kind) {
    case "addColumns":
      return t("status.columnsMissing", { caption: captionOf(spec, step.table), columns: quotedList(step.columns.map((c) => c.header), t.language) });
    case "addName":
      return t("status.nameMissing", { name: step.name.name });
    case "appendRows":
      return t("status.rowsMissing", { caption: captionOf(spec, step.table), count: step.rows.length });
    default:
      return undefined;
  }
}

/** The sheets set-up would add, and the tables it would add on each, in the order it adds them. */
function additionsOf(steps: SetupStep[]): SheetAdditions[] {
  const sheets = new Map<string, SheetAdditions>();
  const entry = (sheet: string) => {
    let found = sheets.get(sheet);
    if (!found) sheets.set(sheet, (found = { sheet, captions: [] }));
    return found;
  };
  for (const step of steps) {
    if (step.kind === "addSheet") entry(step.sheet.name);
    if (step.kind === "addTable") entry(step.sheet).captions.push(shortCaption(step.table.caption));
  }
  return [...sheets.values()];
}

type Scope = { tableNames: string[]; sheetNames: string[] };

function stateOf(number: number, name: string, { tableNames, sheetNames }: Scope, plan: ReturnType<typeof planSetup>, spec: WorkbookSpec, snapshot: WorkbookSnapshot, words: SetupWords): StageState {
  const mine = plan.steps.filter((s) => {
    if (!STRUCTURAL.includes(s.kind)) return false;
    if (s.kind === "addSheet") return sheetNames.includes(s.sheet.name);
    if (s.kind === "writeCells") return sheetNames.includes(s.sheet);
    if (s.kind === "addTable") return tableNames.includes(s.table.name);
    if (s.kind === "addColumns" || s.kind === "appendRows") return tableNames.some((t) => t.toLowerCase() === s.table.toLowerCase());
    return false;
  });
  const errors = plan.notices.filter((n) => n.level === "error" && ((n.sheet && sheetNames.some((s) => s.toLowerCase() === n.sheet!.toLowerCase())) || (n.table && tableNames.includes(n.table))));
  const details = [...errors.map((e) => e.message), ...mine.map((step) => describe(step, spec, words)).filter((d): d is string => Boolean(d))];
  const present = tableNames.filter((t) => findTable(snapshot, t)).length;
  const status = errors.length ? "blocked" : present === 0 && tableNames.length > 0 ? "missing" : mine.length ? "needs update" : "ready";
  return { number, name, status, details, additions: additionsOf(mine) };
}

/** `words`: the reader's language and host (the pane's, in the Office host). */
export function stageStates(spec: WorkbookSpec, stageList: StageSpec[], snapshot: WorkbookSnapshot, words: SetupWords = setupWords()): StageState[] {
  return stageList.map((stage) => {
    const plan = planSetup(spec, snapshot, { stages: [stage.number], capabilities: ALL_CAPABILITIES, words });
    // The stage's sheets as the workbook names them: a French plan's "1 Diagnostic", not the stage's "1 Assessment".
    const own = spec.sheets.filter((s) => s.stage === stage.number);
    const sheetNames = own.map((s) => s.name);
    const tableNames = own.flatMap((s) => s.tables.map((t) => t.table.name as string));
    return stateOf(stage.number, stage.name, { tableNames, sheetNames }, plan, spec, snapshot, words);
  });
}

/** Settings, lists, names and the dashboard: the parts every stage leans on. */
export function workbookState(spec: WorkbookSpec, snapshot: WorkbookSnapshot, words: SetupWords = setupWords()): StageState {
  const plan = planSetup(spec, snapshot, { capabilities: ALL_CAPABILITIES, words });
  const own = spec.sheets.filter((s) => s.stage === undefined);
  const scope = { tableNames: own.flatMap((s) => s.tables.map((t) => t.table.name as string)), sheetNames: own.map((s) => s.name) };
  const state = stateOf(WORKBOOK_PART.number, WORKBOOK_PART.name, scope, plan, spec, snapshot, words);
  const names = plan.steps.filter((s) => s.kind === "addName");
  if (names.length && state.status === "ready") return { ...state, status: "needs update", details: names.map((step) => describe(step, spec, words)).filter((d): d is string => Boolean(d)) };
  if (state.status === "ready" && !findTable(snapshot, "tblSettings")) return { ...state, status: "missing" };
  return state;
}
