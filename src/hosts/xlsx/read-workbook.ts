/** Opens an .xlsx file for the CLI, turning every way it can fail into one plain sentence. */
import ExcelJS from "exceljs";
import { readRawNames, stripTableColumnChildren, type ColumnExtras, type RawName } from "./package-fixups";
import { relativizeTargets } from "./relationship-targets";
import { damagedMessage, PlanFileError } from "./plan-file-error";
import { openPackage } from "./package/open-package";
import { prefixDrawings } from "./drawing-prefixes";
import { stubUserSheets } from "./graft/stub-user-sheets";

export { MAX_EXPANDED_BYTES, MAX_FILE_BYTES, PlanFileError, tooLargeMessage } from "./plan-file-error";

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  rawNames: RawName[];
  columnExtras: ColumnExtras;
}

export interface OpenOptions {
  /** Sheets exceljs needs to see whole (by name and the tables on them); the others reach it empty. */
  keepSheet?: (sheet: string, tables: string[]) => boolean;
}

export async function openWorkbook(file: string, bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenedWorkbook> {
  // Size, kind, zip and workbook relationship: the same refusals as the check's reader.
  const { pkg } = await openPackage(file, bytes);
  const zip = pkg.zip;
  let columnExtras: ColumnExtras;
  let readable: Uint8Array;
  let rawNames: RawName[];
  try {
    // exceljs looks for the workbook at this one path, whatever _rels/.rels says.
    if (!zip.file("xl/workbook.xml")) {
      throw new PlanFileError(file, "keeps its workbook part somewhere other than xl/workbook.xml, which mdplan refresh cannot rewrite. Open it in Excel and save it again as .xlsx.");
    }
    rawNames = await readRawNames(zip);
    const stubbed = options.keepSheet ? (await stubUserSheets(zip, options.keepSheet)).length > 0 : false;
    const relativized = await relativizeTargets(zip);
    const prefixed = await prefixDrawings(zip);
    const stripped = await stripTableColumnChildren(zip);
    columnExtras = stripped.extras;
    // exceljs only needs the parts unchanged or cleaned: storing them uncompressed is much faster.
    readable = stubbed || relativized || prefixed || stripped.changed ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
  } catch (e) {
    if (e instanceof PlanFileError) throw e;
    throw new PlanFileError(file, damagedMessage((e as Error).message));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  } catch (e) {
    throw new PlanFileError(file, `could not be read as a workbook (${(e as Error).message}). Open it in Excel and save it again as .xlsx.`);
  }
  return { workbook, rawNames, columnExtras };
}
