/**
 * The plan check's reader: the contract's tables out of a package, streaming. It parses the
 * workbook part, the relationships and table parts of each sheet, the shared strings, and only
 * the rows of the sheets that hold a contract table, up to that table's last row. Charts,
 * drawings, notes, pivot tables and every other part are never unpacked.
 */
import { cellAddress, sheetPrefix } from "../../../model/address";
import { TABLE_NAMES } from "../../../model/contract";
import type { CellKind, PlanTables, ReadCell, ReadTable } from "../../../model/check/plan-tables";
import { settingsFromSnapshot } from "../../../model/layout/read-settings";
import { CONTRACT_VERSION_NAME, LANGUAGE_NAME } from "../../../model/settings";
import type { CellValue } from "../../../model/spec/types";
import { damagedMessage, PlanFileError } from "../plan-file-error";
import { dateStyles } from "./date-styles";
import { openPackage } from "./open-package";
import { readSharedStrings } from "./shared-strings";
import { readCellsInBoxes, type RawCell } from "./sheet-cells";
import { tablesOfSheet, type TablePart } from "./table-parts";

/**
 * A cell as the check reads it. Its address is made only when a finding names it: a plan of
 * 50,000 actions has over a million cells, and their addresses as strings were a third of the
 * check's memory.
 */
class FileCell implements ReadCell {
  constructor(
    readonly kind: CellKind,
    readonly value: RawCell["value"],
    private readonly prefix: string,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get address(): string {
    return `${this.prefix}${cellAddress(this.row, this.col)}`;
  }
}

const WANTED = [...TABLE_NAMES, "tblSettings"].map((n) => n.toLowerCase());

/** Reads a part, naming it (and its sheet) when it cannot be understood. */
async function reading<T>(file: string, part: string, sheet: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof PlanFileError) throw e;
    const where = sheet ? `${part}, the part of sheet "${sheet}"` : part;
    throw new PlanFileError(file, damagedMessage(`${where}: ${(e as Error).message.split("\n")[0]}`));
  }
}

export async function readPlanFromPackage(file: string, bytes: Uint8Array): Promise<PlanTables> {
  const { pkg, workbook } = await openPackage(file, bytes);
  const located: TablePart[] = [];
  for (const sheet of workbook.sheets) {
    if (!sheet.part) continue;
    located.push(...(await reading(file, sheet.part, sheet.name, () => tablesOfSheet(pkg, sheet.part!, sheet.name))));
  }
  const wanted = located.filter((t) => WANTED.includes(t.name.toLowerCase()));
  const sharedStrings = wanted.length && workbook.sharedStrings ? await reading(file, workbook.sharedStrings, undefined, () => readSharedStrings(pkg, workbook.sharedStrings)) : [];
  const date1904Styles = workbook.date1904 && workbook.styles ? dateStyles(await pkg.text(workbook.styles)) : undefined;

  const tables: Record<string, ReadTable | undefined> = {};
  for (const sheet of workbook.sheets) {
    const here = wanted.filter((t) => t.sheet === sheet.name);
    if (!here.length || !sheet.part) continue;
    const boxes = here.map((t) => ({ row: t.row + 1, col: t.col, rows: t.rowCount, cols: t.headers.length }));
    const cells = await reading(file, sheet.part, sheet.name, () => readCellsInBoxes(pkg, sheet.part!, boxes, { sharedStrings, date1904Styles }));
    const prefix = sheetPrefix(sheet.name);
    here.forEach((t, i) => {
      const rows = [];
      for (let r = 0; r < t.rowCount; r++) {
        const row: Record<string, ReadCell> = {};
        t.headers.forEach((h, c) => {
          const cell = cells[i][r * t.headers.length + c];
          row[h] = new FileCell(cell?.kind ?? "empty", cell?.value ?? null, prefix, t.row + 1 + r, t.col + c);
        });
        rows.push({ index: r, cells: row });
      }
      const contractName = [...TABLE_NAMES, "tblSettings"].find((n) => n.toLowerCase() === t.name.toLowerCase())!;
      tables[contractName] = { name: t.name, sheet: t.sheet, headers: t.headers, address: `${prefix}${cellAddress(t.row, t.col)}`, rows };
    });
  }

  const settingsTable = tables["tblSettings"];
  const tableData: Record<string, CellValue[][]> = {};
  if (settingsTable) tableData[settingsTable.name] = settingsTable.rows.map((r) => settingsTable.headers.map((h) => r.cells[h].value));
  const constant = (name: string) => workbook.names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === name.toLowerCase())?.text;
  const language = constant(LANGUAGE_NAME);
  const { settings, found } = settingsFromSnapshot({ sheets: [], tables: located, names: [], tableData, language });
  return { tables, settings, settingsFound: found, contractVersion: constant(CONTRACT_VERSION_NAME), language };
}
