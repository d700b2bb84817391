/** Writes next to the target and renames, so a failed write never leaves half a workbook. */
import { renameSync, unlinkSync, writeFileSync } from "fs";

export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may not exist; the original error is what the user needs.
    }
    throw e;
  }
}
