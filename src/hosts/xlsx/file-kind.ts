/**
 * What a file that is not an .xlsx package is, told from its first bytes and, for Microsoft's
 * compound files, the names of its streams: a password-protected workbook (ECMA-376 encryption
 * keeps the package in an "EncryptedPackage" stream beside "EncryptionInfo"), an Excel 97-2003
 * workbook ("Workbook", or "Book" for Excel 5), an OpenDocument spreadsheet, a CSV or other text.
 * Each gets its own sentence, so the user knows which program to open it in and what to save.
 */

export type FileKind = "encrypted" | "xls" | "compound" | "ods" | "opendocument" | "csv" | "text" | "unknown";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The names of the entries in a compound file's directory ([MS-CFB] 2.2, 2.6): the header gives
 * the sector size and the directory's first sector; the FAT, whose first 109 sectors the header
 * lists, chains the directory's sectors. Undefined when the structure does not hold together.
 */
export function compoundFileEntries(bytes: Uint8Array): string[] | undefined {
  if (!isCompoundFile(bytes) || bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const size = 1 << sectorShift;
  const offset = (sector: number) => (sector + 1) * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + 4 * i, true);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  const next = (sector: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined || offset(fat) + size > bytes.length) return END_OF_CHAIN;
    return view.getUint32(offset(fat) + 4 * (sector % perSector), true);
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(48, true); sector !== END_OF_CHAIN && !seen.has(sector) && seen.size < 10_000; sector = next(sector)) {
    seen.add(sector);
    if (offset(sector) + size > bytes.length) return names.length ? names : undefined;
    for (let entry = offset(sector); entry < offset(sector) + size; entry += 128) {
      const nameBytes = view.getUint16(entry + 64, true);
      if (nameBytes < 2 || nameBytes > 64 || bytes[entry + 66] === 0) continue;
      let name = "";
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
  }
  return names;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0 || head.includes(0)) return false;
  try {
    // A cut through the last character of a longer file is not a fault of the file.
    new TextDecoder("utf-8", { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, head.length - 3) : head);
    return true;
  } catch {
    // Legacy 8-bit text (Windows-1252) is text too, as long as it holds no control bytes.
    return !Array.from(head).some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
  }
}

function looksLikeCsv(bytes: Uint8Array): boolean {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 5);
  if (lines.length === 0) return false;
  return [",", ";", "\t"].some((sep) => {
    const counts = lines.map((l) => l.split(sep).length - 1);
    return counts[0] > 0 && counts.every((c) => c === counts[0]);
  });
}

/** The kind of a file that is not a zip package (zips are told apart by odfKind). */
export function nonZipKind(bytes: Uint8Array): FileKind {
  if (isCompoundFile(bytes)) {
    const names = (compoundFileEntries(bytes) ?? []).map((n) => n.toLowerCase());
    if (names.includes("encryptedpackage") || names.includes("encryptioninfo")) return "encrypted";
    if (names.includes("workbook") || names.includes("book")) return "xls";
    return "compound";
  }
  if (looksLikeText(bytes)) return looksLikeCsv(bytes) ? "csv" : "text";
  return "unknown";
}

/** An OpenDocument package names its type in its first entry, `mimetype`. */
export function odfKind(mimetype: string | undefined): FileKind | undefined {
  if (mimetype === undefined) return undefined;
  if (mimetype.trim() === "application/vnd.oasis.opendocument.spreadsheet") return "ods";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.")) return "opendocument";
  return undefined;
}

const SAVE_AS = "save it as an Excel workbook (.xlsx)";

/** One sentence per kind, after the file's name: what it is, and how to make a workbook of it. */
export function kindMessage(kind: FileKind): string {
  switch (kind) {
    case "encrypted":
      return "is protected with a password to open, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box) and save it.";
    case "xls":
      return `is an Excel 97-2003 workbook (.xls), not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and ${SAVE_AS}.`;
    case "compound":
      return "is an Office document of another kind (a compound file with no workbook in it), not an Excel workbook (.xlsx). Open it in the program that made it.";
    case "ods":
      return `is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). Open it in LibreOffice or Excel and ${SAVE_AS}.`;
    case "opendocument":
      return "is an OpenDocument file but not a spreadsheet, so it is not an Excel workbook (.xlsx).";
    case "csv":
      return `is a CSV (text with separated values), not an Excel workbook (.xlsx). Open it in Excel (Data > From Text/CSV) or LibreOffice and ${SAVE_AS}.`;
    case "text":
      return `is a text file, not an Excel workbook (.xlsx). Save the plan from Excel or LibreOffice as an Excel workbook (.xlsx).`;
    case "unknown":
      return `is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as an Excel 2007-365 workbook.`;
  }
}
