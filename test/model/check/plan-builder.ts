/**
 * Builds PlanTables the way a host reads a real sheet: header row 6, body from row 7, addresses
 * computed from the column letters and the (quoted) sheet name. Rows are plain objects keyed by
 * header; a null row is a blank row left inside the table.
 */
import { cellAddress, columnIndex, sheetPrefix } from "../../../src/model/address";
import { KEY_COLUMNS, TABLE_NAMES, type TableName } from "../../../src/model/contract";
import { excelDate } from "../../../src/model/dates";
import { checkPlan } from "../../../src/model/check/check-plan";
import type { MessageHost } from "../../../src/model/check/words";
import type { PlanTables, ReadCell, ReadTable } from "../../../src/model/check/plan-tables";
import { tableInfo } from "../../../src/model/check/schema";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../../src/model/settings";

/** An error value as Excel shows it. */
export class ErrorValue {
  constructor(readonly text: string) {}
}
export const err = (text = "#REF!") => new ErrorValue(text);
/** A real date cell: Excel's serial number. */
export const date = (iso: string) => excelDate(iso);

export type Value = string | number | boolean | null | undefined | ErrorValue;
export type Row = Record<string, Value> | null;

export interface TableLayout {
  rows: Row[];
  /** Headers as written, left to right (default: the contract's key columns). */
  headers?: string[];
  /** First column's letter (default A). */
  at?: string;
  sheet?: string;
  /** 1-based header row (default 6). */
  headerRow?: number;
}

function cellOf(v: Value, address: string): ReadCell {
  if (v instanceof ErrorValue) return { kind: "error", value: v.text, address };
  if (v === null || v === undefined || v === "") return { kind: "empty", value: null, address };
  if (typeof v === "number") return { kind: "number", value: v, address };
  if (typeof v === "boolean") return { kind: "boolean", value: v, address };
  return { kind: "text", value: v, address };
}

const norm = (s: string) => s.trim().toLowerCase();

/** A row's value for a written header: exact key first, then ignoring case and spaces. */
function valueFor(row: Record<string, Value>, header: string): Value {
  if (header in row) return row[header];
  const key = Object.keys(row).find((k) => norm(k) === norm(header));
  return key === undefined ? null : row[key];
}

export function readTable(name: string, layout: TableLayout): ReadTable {
  const known = (TABLE_NAMES as string[]).includes(name) ? (name as TableName) : undefined;
  const headers = layout.headers ?? (known ? [...KEY_COLUMNS[known]] : []);
  const sheet = layout.sheet ?? (known ? tableInfo(known).sheet : "Sheet1");
  const prefix = sheetPrefix(sheet);
  const headerRow = (layout.headerRow ?? 6) - 1;
  const col0 = columnIndex(layout.at ?? "A");
  return {
    name,
    sheet,
    headers,
    address: `${prefix}${cellAddress(headerRow, col0)}`,
    rows: layout.rows.map((row, index) => ({
      index,
      cells: Object.fromEntries(headers.map((h, c) => [h, cellOf(row ? valueFor(row, h) : null, `${prefix}${cellAddress(headerRow + 1 + index, col0 + c)}`)])),
    })),
  };
}

export type PlanInput = Partial<Record<string, Row[] | TableLayout>>;

/** Every contract table is present (empty) unless given or omitted. */
export function buildPlan(input: PlanInput, options: { settings?: Partial<PlanSettings>; omit?: TableName[]; settingsFound?: boolean } = {}): PlanTables {
  const tables: Record<string, ReadTable | undefined> = {};
  for (const name of TABLE_NAMES) {
    if (options.omit?.includes(name)) continue;
    const given = input[name];
    tables[name] = readTable(name, Array.isArray(given) ? { rows: given } : (given ?? { rows: [] }));
  }
  for (const [name, given] of Object.entries(input)) {
    if (!(TABLE_NAMES as string[]).includes(name) && given) tables[name] = readTable(name, Array.isArray(given) ? { rows: given } : given);
  }
  return { tables, settings: { ...DEFAULT_SETTINGS, ...options.settings }, settingsFound: options.settingsFound ?? true };
}

/** A small plan with nothing to flag: the base each test spoils in one place. */
export function cleanInput(): Record<string, Row[]> & PlanInput {
  return {
    // The derived tables as a refresh leaves them for the rows below.
    tblCapacityMatrix: { headers: ["Stakeholder", "Evaluate", "Gaps of 2 or more"], rows: [{ Stakeholder: "Ministry of Labour" }] } as unknown as Row[],
    tblDashboard: [
      { Source: "Action", ID: "A1" },
      { Source: "Action", ID: "A2" },
      { Source: "Activity", ID: "W1" },
      { Source: "Other project", ID: "P1" },
    ],
    tblDataSources: [{ Source: "Overseas worker registry", "Source type": "Administrative data", Custodian: "Ministry of Labour", Frequency: "Monthly", "Latest year": 2025, "By sex": "Yes", "By age": "No" }],
    tblGoals: [
      { "Goal ID": "G1", Objective: "Fair labour migration", Selected: "Yes" },
      { "Goal ID": "G2", Objective: "Cheaper remittances", Selected: "Yes" },
      { "Goal ID": "G3", Objective: "Data system", Selected: "No" },
    ],
    tblActions: [
      action({ "Action ID": "A1", "Goal ID": "G1", "Indicator IDs": "I1, I2" }),
      action({ "Action ID": "A2", "Goal ID": "G2", "Indicator IDs": "I3" }),
    ],
    tblCapacity: [{ Stakeholder: "Ministry of Labour", "Capacity area": "Evaluate", Level: "Organisational", Current: 2, Required: 4, Cost: 9000, "Action ID": "A1" }],
    tblFunding: [{ Source: "EU facility", Kind: "External", Partner: "EU", "Action ID": "A1", Pledged: 500000, Committed: 400000, Disbursed: 100000 }],
    tblWorkplan: [
      { "Activity ID": "W1", "Action ID": "A1", Activity: "Draft regulation", Start: date("2026-02-01"), End: date("2026-09-30"), Budget: 50000, Status: "Ongoing", "Percent complete": 0.5 },
    ],
    tblRisks: [{ "Risk ID": "R1", "Action ID": "A2", Risk: "Operators resist fee caps", Likelihood: 3, Impact: 4, Owner: "Central Bank" }],
    tblOtherProjects: [{ "Project ID": "P1", Title: "Border system", "Goal ID": "G3", Start: date("2025-03-01"), End: date("2027-02-28"), Budget: 90000, Status: "Ongoing" }],
    tblIndicators: [
      indicator({ "Indicator ID": "I1", "Action ID": "A1", "Goal ID": "G1", Baseline: 180, Target: 100 }),
      indicator({ "Indicator ID": "I2", "Action ID": "A1", "Goal ID": "G1", Baseline: 20, Target: 220 }),
      indicator({ "Indicator ID": "I3", "Action ID": "A2", "Goal ID": "G2", Baseline: 7.5, Target: 3 }),
    ],
    tblIndicatorValues: [
      { "Indicator ID": "I1", Period: "2026", Sex: "Total", Value: 160 },
      { "Indicator ID": "I1", Period: "2026", Sex: "Female", Value: 170 },
      { "Indicator ID": "I1", Period: "2027-Q1", Value: 150 },
    ],
  };
}

export function action(overrides: Record<string, Value>): Record<string, Value> {
  return {
    Title: "An action",
    "Lead agency": "Ministry of Labour",
    Start: date("2026-01-15"),
    End: date("2027-12-31"),
    Budget: 850000,
    Endorsed: "Yes",
    Status: "Ongoing",
    ...overrides,
  };
}

export function indicator(overrides: Record<string, Value>): Record<string, Value> {
  return { Level: "Outcome", Indicator: "An indicator", Direction: "Increase", "Source type": "Administrative data", "Baseline year": 2024, "Target year": 2029, ...overrides };
}

/** The clean plan with one table's rows replaced or changed. */
export function planWith(changes: Record<string, Row[]>, options: Parameters<typeof buildPlan>[1] = {}): PlanTables {
  return buildPlan({ ...cleanInput(), ...changes }, options);
}

/** The findings of one rule. */
export function findingsOf(plan: PlanTables, rule: string, host?: MessageHost) {
  return checkPlan(plan, undefined, host).filter((f) => f.rule === rule);
}

/** The single finding of a rule, failing the test if there is not exactly one. */
export function one(plan: PlanTables, rule: string, host?: MessageHost) {
  const all = checkPlan(plan, undefined, host);
  const hits = all.filter((f) => f.rule === rule);
  if (hits.length !== 1) throw new Error(`Expected one ${rule} finding, got ${hits.length}: ${JSON.stringify(all, null, 1)}`);
  return hits[0];
}
