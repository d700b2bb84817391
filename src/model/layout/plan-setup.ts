/**
 * Compares the description with what a workbook holds and lists the steps that add what is
 * missing. It never plans a write over a cell a user typed: tables are added only where the
 * sheet is empty, columns only beside a table, formulas only into new columns or derived tables.
 */
import { sheetPrefix } from "../address";
import { ID_LISTS, type IdListName } from "../contract";
import type { ChartSpec, ColumnSpec, PlacedTable, SheetSpec, TableRow, TableSpec, TextCell, WorkbookSpec } from "../spec/types";
import type { PlanSettings } from "../settings";
import { CONTRACT_VERSION_NAME } from "../settings";
import { contractVersionStatus, newerVersionMessage, upgradedVersionMessage } from "./contract-version";
import { DERIVED_SOURCES, derivedTable } from "../derived/registry";
import { ALL_CAPABILITIES, capabilityNotices, type Capabilities } from "./capabilities";
import { sheetsNeeded, tablesReferenced } from "./dependencies";
import { localizeRows, localizeTable } from "../i18n/workbook/localize-spec";
import { DEFAULT_LANGUAGE } from "../i18n/language";
import { sameName, findSheet, findTable, snapshotLanguage, tableRows, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";
import type { Notice, SetupStep } from "./steps";
import { WORKBOOK_PART } from "../registry";
import { looksOf } from "../spec/looks";
import { shortCaption } from "../spec/short-caption";
import { quotedList, rerun, setupWords, type SetupWords } from "./setup-words";
import { planSettingsWrite } from "./settings-write";
import { planSettingsRows } from "./settings-rows";

export interface SetupOptions {
  /** Only these stages (1-6); the settings and lists sheets come too. Undefined: everything. */
  stages?: number[];
  capabilities?: Capabilities;
  /** Rebuild derived tables (capacity matrix, summaries, dashboard) from the rows present. */
  refreshDerived?: boolean;
  /** With refreshDerived: only these derived tables. */
  refreshTables?: string[];
  /** Settings typed in the pane: written over tblSettings values that differ. */
  settings?: PlanSettings;
  /** The language and host of the notices (default: English, for mdplan). */
  words?: SetupWords;
}

export interface SetupPlan {
  steps: SetupStep[];
  notices: Notice[];
  /** Sheets the plan left alone because something stands in the way. */
  blockedSheets: string[];
}

/** Tables whose source rows a host must read (into snapshot.tableData) before planning. */
export const TABLES_TO_READ = ["tblSettings", ...DERIVED_SOURCES];

const same = sameName;

export function sheetsInScope(spec: WorkbookSpec, stages?: number[]): SheetSpec[] {
  if (!stages) return spec.sheets;
  const chosen = spec.sheets.filter((s) => s.stage !== undefined && stages.includes(s.stage)).map((s) => s.name);
  const needed = sheetsNeeded(spec, chosen);
  return spec.sheets.filter((s) => needed.has(s.name) || (s.stage === undefined && (s.key ?? s.name) !== WORKBOOK_PART.sheets.dashboard.name));
}

/**
 * A derived table rebuilt from the rows the host read. Builders work in the contract's English
 * terms (tableRows gives them so); what they build is then put in the workbook's language. A
 * builder that keeps the description's table (already in the language) gets only its rows turned.
 */
function derivedRows(table: TableSpec, snapshot: WorkbookSnapshot): { table: TableSpec; rows: TableRow[] } {
  const derived = derivedTable(table.name);
  if (!derived) return { table, rows: [] };
  const built = derived.build(table, (name) => tableRows(snapshot, name));
  const language = snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE;
  return built.table === table ? { table, rows: localizeRows(built.rows, language) } : localizeTable(built, language);
}

/** A table as its caption names it (short: "Actions", not "Actions (programmes and projects)"), in the workbook's language; a table the plan does not lay out (the user's own) by its name. */
export function captionOf(spec: WorkbookSpec, table: string): string {
  for (const sheet of spec.sheets) for (const placed of sheet.tables) if (same(placed.table.name, table)) return shortCaption(placed.table.caption);
  return table;
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: { row: number; col: number; rows: number; cols: number }) {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

const tableBox = (t: TableSnapshot) => ({ row: t.row, col: t.col, rows: t.rowCount + 1, cols: t.headers.length });

export function planSetup(spec: WorkbookSpec, snapshot: WorkbookSnapshot, options: SetupOptions = {}): SetupPlan {
  const caps = options.capabilities ?? ALL_CAPABILITIES;
  const structure: SetupStep[] = [];
  const formulas: SetupStep[] = [];
  const repairs: SetupStep[] = [];
  const derived: SetupStep[] = [];
  const words = options.words ?? setupWords();
  const { t } = words;
  const qs = (texts: readonly string[]) => quotedList(texts, t.language);
  const caption = (table: string) => captionOf(spec, table);
  const notices: Notice[] = capabilityNotices(caps, words).map((message) => ({ level: "info" as const, message }));
  const blocked: string[] = [];
  const scope = sheetsInScope(spec, options.stages);
  const version = contractVersionStatus(snapshot.contractVersion);
  if (version.kind === "newer") return { steps: [], notices: [{ level: "error", message: newerVersionMessage(version.found, words) }], blockedSheets: [] };

  const newColumnFormulas = (table: string, columns: ColumnSpec[]) => {
    const withFormula = columns.filter((c) => c.formula);
    if (withFormula.length) formulas.push({ kind: "columnFormulas", table, columns: withFormula });
  };
  // An ID drop-down needs its source table: present already, or created by this plan.
  const willExist = (table: string) =>
    Boolean(findTable(snapshot, table)) || scope.some((s) => s.tables.some((p) => p.table.name === table && !blocked.includes(s.name)));
  const listAvailable = (c: ColumnSpec) => {
    const rule = c.validation?.rule;
    if (!rule || rule.type !== "list" || !(rule.source in ID_LISTS)) return true;
    return willExist(ID_LISTS[rule.source as IdListName].table);
  };
  const decorate = (table: string, columns: ColumnSpec[]) => {
    repairs.push({ kind: "formatColumns", table, columns });
    const validated = columns.filter((c) => c.validation && listAvailable(c));
    if (caps.dataValidation && validated.length) repairs.push({ kind: "validateColumns", table, columns: validated });
    const coloured = columns.filter((c) => c.conditionalFormats?.length);
    if (caps.conditionalFormats && coloured.length) repairs.push({ kind: "conditionalFormats", table, columns: coloured });
  };
  /** Excel refuses a formula that names a table the workbook lacks: such a table waits. */
  const readsMissing = (table: TableSpec): string[] => tablesReferenced(table).filter((t) => !willExist(t));
  const postpone = (table: TableSpec, missing: string[]) =>
    notices.push({
      level: "warning",
      table: table.name,
      message: t("notice.postponed", { caption: caption(table.name), missing: qs(missing.map(caption)), missingCount: missing.length, rerun: rerun(words) }),
    });
  const addTable = (sheet: string, placed: PlacedTable, row: number, col: number) => {
    const missing = readsMissing(placed.table);
    if (missing.length) return postpone(placed.table, missing);
    // A derived table is built from the rows the host read; a new file has none, so the
    // description's own rows (derived from the sample plan) stand.
    const chosen = placed.table.derived && snapshot.tableData ? derivedRows(placed.table, snapshot) : { table: placed.table, rows: placed.rows ?? [] };
    structure.push({ kind: "addTable", sheet, row, col, table: chosen.table, rows: chosen.rows });
    newColumnFormulas(chosen.table.name, chosen.table.columns);
    decorate(chosen.table.name, chosen.table.columns);
  };

  /** Text cells go with the sheet; cells that read tables or names wait for them (see steps.ts). */
  const sheetCells = (name: string, cells: TextCell[]): TextCell[] => {
    const dependent = cells.filter((c) => "formula" in c.content || c.conditionalFormats?.length);
    if (dependent.length) formulas.push({ kind: "sheetFormulas", sheet: name, cells: dependent });
    return cells.filter((c) => !dependent.includes(c));
  };

  for (const sheet of scope) {
    const existing = findSheet(snapshot, sheet.name);
    const present = sheet.tables.filter((p) => findTable(snapshot, p.table.name));
    const missing = sheet.tables.filter((p) => !findTable(snapshot, p.table.name));

    if (!existing) {
      if (missing.length || !sheet.tables.length) structure.push({ kind: "addSheet", sheet: { ...sheet, tables: [], cells: sheetCells(sheet.name, sheet.cells) } });
      for (const placed of missing) addTable(sheet.name, placed, placed.row, placed.col);
    } else if (missing.length) {
      const oursHere = snapshot.tables.some((t) => same(t.sheet, existing.name));
      if (existing.used === null || existing.used === undefined) {
        if (existing.used === null) structure.push({ kind: "writeCells", sheet: existing.name, cells: sheetCells(existing.name, sheet.cells), looks: looksOf(sheet) });
        for (const placed of missing) addTable(existing.name, placed, placed.row, placed.col);
      } else if (!oursHere) {
        blocked.push(existing.name);
        notices.push({
          level: "error",
          sheet: existing.name,
          message: t("notice.sheetTaken", { sheet: existing.name, tables: qs(missing.map((m) => caption(m.table.name))), rerun: rerun(words) }),
        });
      } else {
        let col = existing.used.col + existing.used.cols + 1;
        for (const placed of missing) {
          addTable(existing.name, placed, placed.row, col);
          notices.push({ level: "warning", sheet: existing.name, table: placed.table.name, message: t("notice.tableRecreated", { caption: caption(placed.table.name), sheet: existing.name }) });
          col += placed.table.columns.length + 1;
        }
      }
    } else if (!sheet.tables.length && existing.used === null) {
      structure.push({ kind: "writeCells", sheet: existing.name, cells: sheetCells(existing.name, sheet.cells), looks: looksOf(sheet) });
    }

    for (const placed of present) {
      const found = findTable(snapshot, placed.table.name)!;
      if (placed.table.derived) {
        const wanted = !options.refreshTables || options.refreshTables.some((t) => same(t, placed.table.name));
        if (options.refreshDerived && wanted) {
          const content = derivedRows(placed.table, snapshot);
          const missing = readsMissing(content.table);
          if (missing.length) {
            postpone(content.table, missing);
            continue;
          }
          derived.push({ kind: "replaceTable", table: content.table, rows: content.rows });
          if (caps.conditionalFormats) derived.push({ kind: "conditionalFormats", table: content.table.name, columns: content.table.columns.filter((c) => c.conditionalFormats?.length) });
        }
        continue;
      }
      const absent = placed.table.columns.filter((c) => !found.headers.some((h) => same(h, c.header)));
      let unplaced: ColumnSpec[] = [];
      if (absent.length) {
        const box = { row: found.row, col: found.col + found.headers.length, rows: found.rowCount + 1, cols: absent.length };
        const neighbour = snapshot.tables.find((t) => t !== found && same(t.sheet, found.sheet) && overlaps(box, tableBox(t)));
        if (neighbour) {
          unplaced = absent;
          notices.push({
            level: "error",
            sheet: found.sheet,
            table: found.name,
            message: t("notice.columnsBlocked", { caption: caption(placed.table.name), columns: qs(absent.map((c) => c.header)), neighbour: caption(neighbour.name), sheet: found.sheet, count: absent.length, rerun: rerun(words) }),
          });
        } else {
          structure.push({ kind: "addColumns", table: found.name, columns: absent });
          newColumnFormulas(found.name, absent);
          notices.push({ level: "info", table: found.name, message: t("notice.columnsAdded", { columns: qs(absent.map((c) => c.header)), caption: caption(placed.table.name) }) });
        }
      }
      decorate(found.name, placed.table.columns.filter((c) => !unplaced.includes(c)));
    }
  }

  for (const name of spec.names) {
    if (snapshot.names.some((n) => same(n, name.name))) continue;
    const idList = ID_LISTS[name.name as IdListName];
    if (idList && !willExist(idList.table)) continue;
    if (blocked.some((s) => name.refersTo.includes(sheetPrefix(s)))) continue;
    if (!scope.some((s) => name.refersTo.includes(sheetPrefix(s.name))) && name.refersTo.includes("!")) continue;
    structure.push({ kind: "addName", name });
  }

  /** Whether a table will hold a row once these steps have run: as this plan writes it, else as read; unknown counts as yes. */
  const hasRows = (table: string): boolean => {
    const written = [...structure, ...derived].find((s) => (s.kind === "addTable" || s.kind === "replaceTable") && same(s.table.name, table));
    if (written?.kind === "addTable" || written?.kind === "replaceTable") return written.rows.length > 0;
    const found = findTable(snapshot, table);
    if (!found || !snapshot.tableData?.[found.name]) return true;
    return tableRows(snapshot, found.name).length > 0;
  };
  // Charts last, over the tables as they now stand: drawn on new sheets, redrawn on refresh; a
  // chart over a table without rows (a new plan's) waits, rather than draw a bare axis.
  for (const sheet of scope) {
    if (!sheet.charts?.length || blocked.includes(sheet.name)) continue;
    const isNew = structure.some((s) => s.kind === "addSheet" && s.sheet.name === sheet.name);
    const rebuilt = derived.some((s) => s.kind === "replaceTable" && sheet.tables.some((p) => p.table.name === s.table.name));
    if (!(isNew || rebuilt || options.refreshDerived)) continue;
    const charts = clearOfTables(sheet.name, sheet.charts.filter((c) => !c.whenRows || hasRows(c.whenRows)), snapshot);
    if (charts.length) derived.push({ kind: "charts", sheet: sheet.name, charts });
  }

  // Rows for settings newer than the workbook's Settings table, after any column set-up adds to it
  // and before the repairs, whose formats then reach the new rows too. Not in a rebuild of chosen
  // derived tables (the pane's), which keeps only their steps: its notices would claim rows it never adds.
  const settingsRows = options.refreshTables ? { added: [] } : planSettingsRows(spec, snapshot, options.settings, notices, caption("tblSettings"), words);
  if (settingsRows.step) structure.push(settingsRows.step);
  const settingsStep = options.settings ? planSettingsWrite(snapshot, options.settings, notices, words, settingsRows.added) : undefined;
  if (settingsStep) repairs.push(settingsStep);

  if (version.kind === "older" || version.kind === "unreadable") {
    const name = spec.names.find((n) => n.name === CONTRACT_VERSION_NAME);
    if (name) {
      repairs.push({ kind: "setName", name });
      notices.push({ level: "info", message: upgradedVersionMessage(version, words) });
    }
  }

  const steps = dropProtected([...structure, ...formulas, ...repairs, ...derived], snapshot, notices, words);
  return { steps, notices, blockedSheets: blocked };
}

/**
 * Charts where the sheet's tables already stand (a Dashboard laid out by an older version, its
 * tables where the charts now go) move right of those tables, together, rather than cover them.
 */
function clearOfTables(sheet: string, charts: ChartSpec[], snapshot: WorkbookSnapshot): ChartSpec[] {
  const tables = snapshot.tables.filter((t) => same(t.sheet, sheet)).map(tableBox);
  const box = (c: ChartSpec) => ({ row: c.anchor.row, col: c.anchor.col, rows: c.anchor.rows, cols: c.anchor.cols });
  if (!charts.some((c) => tables.some((t) => overlaps(box(c), t)))) return charts;
  const shift = Math.max(...tables.map((t) => t.col + t.cols)) + 1 - Math.min(...charts.map((c) => c.anchor.col));
  return charts.map((c) => ({ ...c, anchor: { ...c.anchor, col: c.anchor.col + shift } }));
}

function stepSheet(step: SetupStep, snapshot: WorkbookSnapshot): string | undefined {
  switch (step.kind) {
    case "addSheet":
      return step.sheet.name;
    case "writeCells":
    case "sheetFormulas":
    case "addTable":
    case "charts":
      return step.sheet;
    case "addName":
    case "setName":
      return undefined;
    case "writeSettings":
      return findTable(snapshot, "tblSettings")?.sheet;
    case "replaceTable":
      return findTable(snapshot, step.table.name)?.sheet;
    default:
      return findTable(snapshot, step.table)?.sheet;
  }
}

/** A protected sheet is never written to: its steps are dropped with one message per sheet. */
function dropProtected(steps: SetupStep[], snapshot: WorkbookSnapshot, notices: Notice[], words: SetupWords): SetupStep[] {
  const locked = new Set(snapshot.sheets.filter((s) => s.protected).map((s) => s.name.toLowerCase()));
  if (!locked.size) return steps;
  const hit = new Set<string>();
  // Tables that were to be created on a locked sheet take their later steps with them.
  const droppedTables = new Set<string>();
  const kept = steps.filter((step) => {
    const sheet = stepSheet(step, snapshot);
    const table = "table" in step ? (typeof step.table === "string" ? step.table : step.table.name) : undefined;
    if ((sheet && locked.has(sheet.toLowerCase())) || (table && droppedTables.has(table.toLowerCase()))) {
      if (sheet) hit.add(sheet);
      if (step.kind === "addTable") droppedTables.add(step.table.name.toLowerCase());
      return false;
    }
    return true;
  });
  for (const sheet of hit) {
    notices.push({ level: "error", sheet, message: words.t("notice.sheetProtected", { sheet, rerun: rerun(words) }) });
  }
  return kept;
}
