/**
 * The whole plan workbook as one declarative description: settings, the six stages, the
 * dashboard and the lists, in tab order. Both hosts apply what this returns.
 */
import { CONTRACT_VERSION, type TableName } from "./contract";
import type { PlanSettings } from "./settings";
import type { NameSpec, SheetSpec, TableRow, WorkbookSpec } from "./spec/types";
import { listNames, listsSheet } from "./lists";
import type { StageSpec } from "./stages/stage";
import { STAGE_BUILDERS } from "./stages/builders";
import { STAGES } from "./registry";
import { dashboardSheet } from "./stages/dashboard";
import { settingsSheet } from "./stages/settings-sheet";
import { dashboardRows } from "./derived/dashboard";
import { derivedTable } from "./derived/registry";
import { landscapeWithHeader } from "./spec/looks";
import { guidanceCell } from "./spec/sheet-layout";
import { localizeSpec } from "./i18n/workbook/localize-spec";
import { languageName } from "./settings";

export type PlanData = Partial<Record<TableName, TableRow[]>>;

export function stages(settings: PlanSettings): StageSpec[] {
  return STAGES.map((s) => STAGE_BUILDERS[s.key](settings));
}

/**
 * Builds the description. `data` fills tables when they are created (the sample plan); derived
 * tables (capacity matrix, dashboard) are computed from it.
 */
export function buildWorkbookSpec(settings: PlanSettings, data: PlanData = {}): WorkbookSpec {
  const stageList = stages(settings);
  const settingsPart = settingsSheet(settings);
  const dashboardPart = dashboardSheet(
    settings,
    dashboardRows({ actions: data.tblActions ?? [], workplan: data.tblWorkplan ?? [], otherProjects: data.tblOtherProjects ?? [] }),
  );
  const sheets: SheetSpec[] = [settingsPart.sheet, ...stageList.flatMap((s) => s.sheets), dashboardPart.sheet, listsSheet(settings.language)].map((sheet) => printed(paragraphs(sheet), settings));
  for (const sheet of sheets) {
    for (const placed of sheet.tables) {
      const rowsOf = (name: string) => (data as Record<string, TableRow[] | undefined>)[name] ?? [];
      const derived = placed.table.derived ? derivedTable(placed.table.name) : undefined;
      if (derived) {
        const built = derived.build(placed.table, rowsOf);
        placed.table = built.table;
        placed.rows = built.rows;
      } else if (placed.table.name !== "tblSettings" && rowsOf(placed.table.name).length) {
        placed.rows = rowsOf(placed.table.name);
      }
    }
  }
  const names: NameSpec[] = [...settingsPart.names, ...listNames(settings.language), ...dashboardPart.names, languageName(settings)];
  // Built in English, the contract's terms, then put in the workbook's language.
  return localizeSpec({ contractVersion: CONTRACT_VERSION, sheets, names }, settings.language ?? "en");
}

/** Excel's default column width, for columns no table or setting sizes. */
const DEFAULT_WIDTH = 8.43;

/**
 * Guidance lines become wrapped paragraphs over the columns below them, stopping before any cell
 * of their own row: unwrapped, a long line ran off the screen and off the printed page.
 */
function paragraphs(sheet: SheetSpec): SheetSpec {
  const widths: number[] = [];
  for (const [c, w] of Object.entries(sheet.columnWidths ?? {})) widths[Number(c)] = w;
  for (const placed of sheet.tables) placed.table.columns.forEach((c, i) => (widths[placed.col + i] = c.width));
  const cells = sheet.cells.map((cell) => {
    if (cell.style !== "guidance" || cell.span || !("value" in cell.content) || typeof cell.content.value !== "string") return cell;
    const next = Math.min(...sheet.cells.filter((o) => o.row === cell.row && o.col > cell.col).map((o) => o.col), widths.length || 1);
    const free = Array.from({ length: Math.max(1, next - cell.col) }, (_, i) => widths[cell.col + i] ?? DEFAULT_WIDTH);
    return { ...guidanceCell(cell.row, cell.content.value, free), col: cell.col };
  });
  return { ...sheet, cells };
}

/**
 * Every sheet people read prints landscape, one page wide, its header row repeated and the plan's
 * title in the footer (a donor prints or saves the Dashboard and the IPTT as PDF).
 */
function printed(sheet: SheetSpec, settings: PlanSettings): SheetSpec {
  if (sheet.hidden) return sheet;
  const print = sheet.print ?? landscapeWithHeader(sheet.tables.length ? Math.min(...sheet.tables.map((t) => t.row)) : undefined);
  return { ...sheet, print: { ...print, footerTitle: settings.title, language: settings.language } };
}

/** Every table of the description with the sheet it lives on. */
export function tablesOf(spec: WorkbookSpec) {
  return spec.sheets.flatMap((sheet) => sheet.tables.map((placed) => ({ sheet, placed })));
}
