/** The contract's tables and key columns, read from the shared contract document itself. */
import { readFileSync, existsSync } from "fs";
import { join } from "path";

export function contractDocPath(): string {
  const dir = process.env.MDPLAN_SHARED ?? join(__dirname, "..", "..", "..", "shared");
  return join(dir, "reference", "workbook-contract.md");
}

/** Table name -> key column headers, from the "Tables and key columns" section. */
export function contractTables(): Map<string, string[]> {
  const path = contractDocPath();
  if (!existsSync(path)) throw new Error(`The workbook contract is not at ${path}; set MDPLAN_SHARED to the shared folder.`);
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^\|\s*[\d—-]+\s*\|\s*`(tbl\w+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (!m) continue;
    const cols = m[2].startsWith("Stakeholder, then") ? ["Stakeholder"] : m[2].split(",").map((s) => s.trim());
    out.set(m[1], cols);
  }
  return out;
}
