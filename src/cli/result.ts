/** What a command returns: its exit code and the lines to print. */
export interface CommandResult {
  code: number;
  out: string[];
  /**
   * The lines are the command's result (a check report), so they go to standard output whatever
   * the exit code: `mdplan check --json > report.json` must hold the report when errors were found.
   */
  report?: boolean;
}
