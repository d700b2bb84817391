/**
 * Opens an .xlsx package for reading, turning every way it can fail into one sentence: too
 * large, not a zip (and then what it is), an OpenDocument file, a zip without a workbook, a
 * damaged zip. Only the package relationships and the workbook part are parsed here.
 */
import { kindMessage, nonZipKind, odfKind } from "../file-kind";
import { damagedMessage, MAX_EXPANDED_BYTES, PlanFileError, refuseIfTooLarge, tooLargeExpandedMessage } from "../plan-file-error";
import { workbookPartOf } from "./part-graph";
import { readWorkbookPart, type WorkbookPart } from "./workbook-part";
import { ZipPackage } from "./zip-package";

export interface OpenedPackage {
  pkg: ZipPackage;
  workbook: WorkbookPart;
}

export async function openPackage(file: string, bytes: Uint8Array): Promise<OpenedPackage> {
  refuseIfTooLarge(file, bytes.length);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PlanFileError(file, kindMessage(nonZipKind(bytes)));
  let pkg: ZipPackage;
  try {
    pkg = await ZipPackage.open(bytes);
  } catch (e) {
    throw new PlanFileError(file, damagedMessage((e as Error).message));
  }
  const odf = pkg.has("mimetype") ? odfKind(await pkg.text("mimetype").catch(() => undefined)) : undefined;
  if (odf) throw new PlanFileError(file, kindMessage(odf));
  const expanded = pkg.names().reduce((sum, n) => sum + pkg.unpackedSize(n), 0);
  if (expanded > MAX_EXPANDED_BYTES) throw new PlanFileError(file, tooLargeExpandedMessage(expanded));
  let part: string | undefined;
  try {
    part = await workbookPartOf(pkg);
  } catch (e) {
    throw new PlanFileError(file, damagedMessage((e as Error).message));
  }
  if (!part) throw new PlanFileError(file, "is a zip file but not an Excel workbook (its _rels/.rels names no workbook part). Save it from Excel as .xlsx.");
  try {
    return { pkg, workbook: await readWorkbookPart(pkg, part) };
  } catch (e) {
    throw new PlanFileError(file, damagedMessage(`${part}: ${(e as Error).message.split("\n")[0]}`));
  }
}
