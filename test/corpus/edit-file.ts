/**
 * Builds damaged copies of the sample plan the way other programs and hurried users leave them:
 * open the sample with exceljs, change cells, tables and names directly, save. The result is a
 * real .xlsx package; nothing is kept as an opaque binary.
 */
import ExcelJS from "exceljs";
import { applyFixups, type RawName } from "../../src/hosts/xlsx/package-fixups";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { openWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { findTableModel, setTableBox, type TableModel } from "../../src/hosts/xlsx/tables";
import { parseRange } from "../../src/model/address";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";

let sample: Promise<Uint8Array> | undefined;

/** The sample plan as `mdplan new --sample` writes it. */
export function sampleBytes(): Promise<Uint8Array> {
  sample ??= newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA).then((r) => r.bytes);
  return sample;
}

export interface TableAt {
  ws: ExcelJS.Worksheet;
  model: TableModel;
  /** 1-based sheet row of the header and 1-based column of the first column, as exceljs counts. */
  headerRow: number;
  firstCol: number;
  /** Body rows (without a totals row). */
  bodyRows: number;
  /** 1-based sheet column of a header. */
  colOf(header: string): number;
  /** The cell of a body row (0-based) under a header. */
  cell(row: number, header: string): ExcelJS.Cell;
}

export interface FileEditor {
  workbook: ExcelJS.Workbook;
  /** Defined names as the file holds them; edit the list to change or drop a name. */
  names: RawName[];
  table(name: string): TableAt;
  sheet(name: string): ExcelJS.Worksheet;
  /** Removes a column from a table and shifts the cells on its right, as Excel's "Delete table column". */
  deleteColumn(table: string, header: string): void;
  /** Sets a table's body row count (the header stays), as resizing the table does. */
  resize(table: string, bodyRows: number, columns?: string[]): void;
}

function tableAt(wb: ExcelJS.Workbook, name: string): TableAt {
  const found = findTableModel(wb, name);
  if (!found) throw new Error(`corpus: no table ${name}`);
  const box = parseRange(found.model.tableRef ?? found.model.ref ?? "");
  const colOf = (header: string) => {
    const i = found.model.columns.findIndex((c) => c.name === header);
    if (i < 0) throw new Error(`corpus: ${name} has no column ${header}`);
    return box.col + 1 + i;
  };
  return {
    ...found,
    headerRow: box.row + 1,
    firstCol: box.col + 1,
    bodyRows: box.rows - 1 - (found.model.totalsRow ? 1 : 0),
    colOf,
    cell: (row, header) => found.ws.getCell(box.row + 2 + row, colOf(header)),
  };
}

function editor(workbook: ExcelJS.Workbook, names: RawName[]): FileEditor {
  const ed: FileEditor = {
    workbook,
    names,
    table: (name) => tableAt(workbook, name),
    sheet: (name) => {
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new Error(`corpus: no sheet ${name}`);
      return ws;
    },
    deleteColumn(table, header) {
      const t = tableAt(workbook, table);
      const at = t.colOf(header);
      const last = t.firstCol + t.model.columns.length - 1;
      for (let r = t.headerRow; r <= t.headerRow + t.bodyRows; r++) {
        for (let c = at; c < last; c++) t.ws.getCell(r, c).value = t.ws.getCell(r, c + 1).value;
        t.ws.getCell(r, last).value = null;
      }
      t.model.columns.splice(at - t.firstCol, 1);
      setTableBox(t.model, t.headerRow - 1, t.firstCol - 1, t.bodyRows, t.model.columns.length);
    },
    resize(table, bodyRows, columns) {
      const t = tableAt(workbook, table);
      if (columns) t.model.columns = columns.map((name) => ({ name }));
      setTableBox(t.model, t.headerRow - 1, t.firstCol - 1, bodyRows, t.model.columns.length);
    },
  };
  return ed;
}

/** A copy of `bytes` (the sample by default) after `edit`, saved as exceljs saves, names kept. */
export async function editFile(edit: (ed: FileEditor) => void | Promise<void>, bytes?: Uint8Array): Promise<Uint8Array> {
  const { workbook, rawNames, columnExtras } = await openWorkbook("corpus.xlsx", bytes ?? (await sampleBytes()));
  const ed = editor(workbook, [...rawNames]);
  await edit(ed);
  const raw = new Uint8Array(await workbook.xlsx.writeBuffer());
  return applyFixups(raw, { columnExtras, calculatedColumns: new Map(), constantNames: [], keepNames: ed.names });
}

/** A constant defined name's new value, e.g. the contract version. */
export function setConstantName(names: RawName[], name: string, value: string): void {
  const i = names.findIndex((n) => n.name === name);
  if (i < 0) throw new Error(`corpus: no defined name ${name}`);
  names[i] = { name, xml: names[i].xml.replace(/>[^<]*<\/definedName>$/, `>${value}</definedName>`) };
}
