/** What a command returns: its exit code and the lines to print. */
export interface CommandResult {
  code: number;
  out: string[];
}
