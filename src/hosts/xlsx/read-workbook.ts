/** Opens an .xlsx file for the CLI, turning every way it can fail into one plain sentence. */
import { kindMessage, nonZipKind, odfKind } from "./file-kind";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readRawNames, stripTableColumnChildren, type ColumnExtras, type RawName } from "./package-fixups";
import { relativizeTargets } from "./relationship-targets";
import { damagedMessage, MAX_EXPANDED_BYTES, MAX_FILE_BYTES, PlanFileError, tooLargeExpandedMessage, tooLargeMessage } from "./plan-file-error";
import { prefixDrawings } from "./drawing-prefixes";
import { stubUserSheets } from "./graft/stub-user-sheets";

export { MAX_EXPANDED_BYTES, MAX_FILE_BYTES, PlanFileError, tooLargeMessage } from "./plan-file-error";

/** The sum of the sizes the zip's directory gives its parts, read before anything is unpacked. */
function expandedSize(zip: JSZip): number {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    // JSZip reads the 32-bit field as signed: 2 GB and more come back negative.
    total += size < 0 ? size + 2 ** 32 : size;
  }
  return total;
}

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
  if (bytes.length > MAX_FILE_BYTES) {
    throw new PlanFileError(file, tooLargeMessage(bytes.length));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new PlanFileError(file, kindMessage(nonZipKind(bytes)));
  }
  let zip: JSZip;
  let columnExtras: ColumnExtras;
  let readable: Uint8Array;
  let rawNames: RawName[];
  try {
    zip = await JSZip.loadAsync(bytes);
    const odf = odfKind(await zip.file("mimetype")?.async("string"));
    if (odf) throw new PlanFileError(file, kindMessage(odf));
    if (!zip.file("xl/workbook.xml")) {
      throw new PlanFileError(file, "is a zip file but not an Excel workbook (no xl/workbook.xml). Save it from Excel as .xlsx.");
    }
    const expanded = expandedSize(zip);
    if (expanded > MAX_EXPANDED_BYTES) throw new PlanFileError(file, tooLargeExpandedMessage(expanded));
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
