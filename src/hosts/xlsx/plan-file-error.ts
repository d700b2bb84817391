/** Why a file cannot be read, in one sentence that names the file; and the sizes mdplan reads. */

/** Files above this size are refused before reading. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * A package's parts unpacked may not exceed this: a plan of 50,000 actions unpacks to about
 * 490 MB, and a small file that unpacks to many gigabytes (damaged, or built to do harm) would
 * exhaust memory instead of getting a message.
 */
export const MAX_EXPANDED_BYTES = 1024 * 1024 * 1024;

export class PlanFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "PlanFileError";
  }
}

/** Why a file is refused for its size, with both sizes exact: a rounded size could read as the limit itself. */
export function tooLargeMessage(size: number): string {
  const bytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;
  return (
    `is ${bytes(size)} (${(size / 1048576).toFixed(1)} MB); mdplan reads workbooks up to ${bytes(MAX_FILE_BYTES)} (${MAX_FILE_BYTES / 1048576} MB). ` +
    `Remove unused sheets or split the file.`
  );
}

/** The one check of a file's size, before anything reads it: above MAX_FILE_BYTES it is refused, with a message naming it. */
export function refuseIfTooLarge(file: string, size: number): void {
  if (size > MAX_FILE_BYTES) throw new PlanFileError(file, tooLargeMessage(size));
}

export function tooLargeExpandedMessage(size: number): string {
  return (
    `unpacks to ${size.toLocaleString("en-US")} bytes, more than the ${MAX_EXPANDED_BYTES.toLocaleString("en-US")} bytes (1 GB) mdplan reads. ` +
    `Open it in Excel, remove unused sheets or split the plan, and save it again.`
  );
}

export const damagedMessage = (detail: string) =>
  `is damaged (${detail}). Ask the sender for a new copy, or open it in Excel and let it repair the file.`;
