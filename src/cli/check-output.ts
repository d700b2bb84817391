/** Text and JSON renderings of check results. */
import type { FileCheck } from "./check-files";

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));

export function textReport(results: FileCheck[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    out.push(`== ${r.file}`);
    if ("error" in r) {
      out.push(`   unreadable  ${r.error}`);
      continue;
    }
    if (!r.findings.length) out.push("   no findings");
    const width = Math.max(12, ...r.findings.map((f) => (f.cell ?? "").length));
    for (const f of r.findings) out.push(`   ${pad(f.cell ?? "", width)}  ${pad(f.severity, 7)}  ${pad(f.rule, 28)}  ${f.message}`);
  }
  out.push("");
  out.push("Summary");
  const rows = results.map((r) =>
    "error" in r ? [r.file, "unreadable", "", "", "", ""] : [r.file, String(r.summary.errors), String(r.summary.warnings), String(r.summary.goals), String(r.summary.actions), r.summary.totalBudget.toLocaleString("en-US")],
  );
  const head = ["file", "errors", "warnings", "goals", "actions", "total budget"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  out.push(head.map((h, i) => pad(h, widths[i])).join("  "));
  for (const r of rows) out.push(r.map((c, i) => pad(c, widths[i])).join("  "));
  return out;
}

export function jsonReport(results: FileCheck[]): string {
  const shaped = results.map((r) =>
    "error" in r
      ? { file: r.file, error: r.error }
      : {
          file: r.file,
          findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, stage: f.stage, table: f.table, id: f.id ?? null, column: f.column ?? null, cell: f.cell ?? null, message: f.message })),
          summary: r.summary,
        },
  );
  return JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2);
}
