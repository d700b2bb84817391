/** `mdplan check FILE --json`, parsed: the one file's error, findings and summary. */
import { main } from "../../src/cli/main";

export interface CheckedFile {
  error?: string;
  findings: { rule: string }[];
  summary: { errors: number; warnings: number; goals: number; actions: number; totalBudget: number };
}

export async function checkJson(file: string): Promise<CheckedFile> {
  return JSON.parse((await main(["check", file, "--json"])).out[0]) as CheckedFile;
}
