/** Each stage's state in a workbook (missing, ready, needs update, blocked), for the pane. */
import type { WorkbookSpec } from "../spec/types";
import type { StageSpec } from "../stages/stage";
import { planSetup } from "./plan-setup";
import { findTable, type WorkbookSnapshot } from "./snapshot";
import type { SetupStep, StageState } from "./steps";
import { ALL_CAPABILITIES } from "./capabilities";
import { WORKBOOK_PART } from "../registry";

const STRUCTURAL: SetupStep["kind"][] = ["addSheet", "writeCells", "addTable", "addColumns", "addName"];

function describe(step: SetupStep): string | undefined {
  switch (step.kind) {
    case "addSheet":
      return `Sheet "${step.sheet.name}" is missing.`;
    case "addTable":
      return `Table ${step.table.name} is missing.`;
    case "addColumns":
      return `${step.table} lacks ${step.columns.map((c) => `"${c.header}"`).join(", ")}.`;
    case "addName":
      return `Name ${step.name.name} is missing.`;
    default:
      return undefined;
  }
}

function stateOf(number: number, name: string, tableNames: string[], sheetNames: string[], plan: ReturnType<typeof planSetup>, snapshot: WorkbookSnapshot): StageState {
  const mine = plan.steps.filter((s) => {
    if (!STRUCTURAL.includes(s.kind)) return false;
    if (s.kind === "addSheet") return sheetNames.includes(s.sheet.name);
    if (s.kind === "writeCells") return sheetNames.includes(s.sheet);
    if (s.kind === "addTable") return tableNames.includes(s.table.name);
    if (s.kind === "addColumns") return tableNames.some((t) => t.toLowerCase() === s.table.toLowerCase());
    return false;
  });
  const errors = plan.notices.filter((n) => n.level === "error" && ((n.sheet && sheetNames.some((s) => s.toLowerCase() === n.sheet!.toLowerCase())) || (n.table && tableNames.includes(n.table))));
  const details = [...errors.map((e) => e.message), ...mine.map(describe).filter((d): d is string => Boolean(d))];
  const present = tableNames.filter((t) => findTable(snapshot, t)).length;
  const status = errors.length ? "blocked" : present === 0 && tableNames.length > 0 ? "missing" : mine.length ? "needs update" : "ready";
  return { number, name, status, details };
}

export function stageStates(spec: WorkbookSpec, stageList: StageSpec[], snapshot: WorkbookSnapshot): StageState[] {
  return stageList.map((stage) => {
    const plan = planSetup(spec, snapshot, { stages: [stage.number], capabilities: ALL_CAPABILITIES });
    const sheets = stage.sheets.map((s) => s.name);
    const tables = stage.sheets.flatMap((s) => s.tables.map((t) => t.table.name as string));
    return stateOf(stage.number, stage.name, tables, sheets, plan, snapshot);
  });
}

/** Settings, lists, names and the dashboard: the parts every stage leans on. */
export function workbookState(spec: WorkbookSpec, snapshot: WorkbookSnapshot): StageState {
  const plan = planSetup(spec, snapshot, { capabilities: ALL_CAPABILITIES });
  const own = spec.sheets.filter((s) => s.stage === undefined);
  const state = stateOf(WORKBOOK_PART.number, WORKBOOK_PART.name, own.flatMap((s) => s.tables.map((t) => t.table.name as string)), own.map((s) => s.name), plan, snapshot);
  const names = plan.steps.filter((s) => s.kind === "addName");
  if (names.length && state.status === "ready") return { ...state, status: "needs update", details: names.map(describe).filter((d): d is string => Boolean(d)) };
  if (state.status === "ready" && !findTable(snapshot, "tblSettings")) return { ...state, status: "missing" };
  return state;
}
