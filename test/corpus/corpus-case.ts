/** What a corpus case is: how its workbook is made, and what a user must be told about it. */

export type Host = "xlsx" | "office";

/**
 * One thing the user must be told. A finding from the check, a notice from set-up or refresh, or
 * the one-line error that refuses the workbook; `host` limits it to one host where they differ
 * by nature (Excel opens no file that is not a workbook).
 */
export type Expectation =
  | { kind: "finding"; rule: string; cell?: RegExp; message?: RegExp; host?: Host }
  | { kind: "notice"; message: RegExp; sheet?: string; host?: Host }
  | { kind: "error"; message: RegExp; host?: Host }
  /** The workbook is fine as it is: no error finding, no error notice. */
  | { kind: "clean"; host?: Host };

export interface CorpusCase {
  id: string;
  /** What was done to the workbook, in a user's words. */
  title: string;
  make(): Promise<Uint8Array>;
  expect: Expectation[];
  /**
   * Excel itself refuses to open the file (not a workbook, a broken zip, a password without the
   * password), so the add-in never meets it: only the .xlsx host can be tried.
   */
  fileOnly?: boolean;
  /** The workbook holds nothing typed (an empty workbook). */
  blank?: boolean;
}
