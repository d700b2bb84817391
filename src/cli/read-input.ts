/** The workbook a command reads, refused before it is read when it is missing or too large to open. */
import { readFileSync, statSync } from "fs";
import { PlanFileError, refuseIfTooLarge } from "../hosts/xlsx/plan-file-error";

export function readInputFile(file: string): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new PlanFileError(file, "does not exist or cannot be read. Check the path.");
  }
  refuseIfTooLarge(file, size);
  return readFileSync(file);
}
