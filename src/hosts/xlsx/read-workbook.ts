/** Opens an .xlsx file for the CLI, turning every way it can fail into one plain sentence. */
import { kindMessage, nonZipKind, odfKind } from "./file-kind";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readRawNames, stripTableColumnChildren, type ColumnExtras, type RawName } from "./package-fixups";
import { keepValuesOnly } from "./values-only";
import { relativizeTargets } from "./relationship-targets";
import { prefixDrawings } from "./drawing-prefixes";

/** Files above this size are refused before reading (exceljs holds the whole file in memory). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * A package's parts unpacked may not exceed this: a plan of 50,000 actions unpacks to about
 * 490 MB, and a small file that unpacks to many gigabytes (damaged, or built to do harm) would
 * exhaust memory instead of getting a message.
 */
export const MAX_EXPANDED_BYTES = 1024 * 1024 * 1024;

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

function tooLargeExpandedMessage(size: number): string {
  return (
    `unpacks to ${size.toLocaleString("en-US")} bytes, more than the ${MAX_EXPANDED_BYTES.toLocaleString("en-US")} bytes (1 GB) mdplan reads. ` +
    `Open it in Excel, remove unused sheets or split the plan, and save it again.`
  );
}

/** Why a file is refused for its size, with both sizes exact: a rounded size could read as the limit itself. */
export function tooLargeMessage(size: number): string {
  const bytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;
  return (
    `is ${bytes(size)} (${(size / 1048576).toFixed(1)} MB); mdplan reads workbooks up to ${bytes(MAX_FILE_BYTES)} (${MAX_FILE_BYTES / 1048576} MB). ` +
    `Remove unused sheets or split the file.`
  );
}

export class PlanFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "PlanFileError";
  }
}

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  rawNames: RawName[];
  columnExtras: ColumnExtras;
}

export interface OpenOptions {
  /** For reading values only (the check): formulas are dropped before parsing, to save memory. */
  valuesOnly?: boolean;
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
    // Values only: what the check never reads is gone before anything else looks at it.
    const valuesOnly = options.valuesOnly ? await keepValuesOnly(zip) : false;
    const relativized = await relativizeTargets(zip);
    const prefixed = await prefixDrawings(zip);
    const stripped = await stripTableColumnChildren(zip);
    columnExtras = stripped.extras;
    // exceljs only needs the parts unchanged or cleaned: storing them uncompressed is much faster.
    readable = relativized || prefixed || stripped.changed || valuesOnly ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
  } catch (e) {
    if (e instanceof PlanFileError) throw e;
    throw new PlanFileError(file, `is damaged (${(e as Error).message}). Ask the sender for a new copy, or open it in Excel and let it repair the file.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  } catch (e) {
    throw new PlanFileError(file, `could not be read as a workbook (${(e as Error).message}). Open it in Excel and save it again as .xlsx.`);
  }
  return { workbook, rawNames, columnExtras };
}
