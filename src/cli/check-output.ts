/** Text and JSON renderings of check results. */
import { reportWords } from "../model/i18n/cli-report/words";
import type { Language } from "../model/i18n/language";
import type { FileCheck } from "./check-files";

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));

/** The report a planner reads: findings as they are, the words around them in the language asked. */
export function textReport(results: FileCheck[], language?: Language): string[] {
  const w = reportWords(language);
  const out: string[] = [];
  for (const r of results) {
    out.push(`== ${r.file}`);
    if ("error" in r) {
      out.push(`   ${w.t("text.unreadable")}  ${r.error}`);
      continue;
    }
    if (!r.findings.length) out.push(`   ${w.t("text.noFindings")}`);
    const width = Math.max(12, ...r.findings.map((f) => (f.cell ?? "").length));
    for (const f of r.findings) out.push(`   ${pad(f.cell ?? "", width)}  ${pad(w.severity(f.severity), w.severityWidth)}  ${pad(f.rule, 28)}  ${f.message}`);
  }
  out.push("");
  out.push(w.t("text.summary"));
  const rows = results.map((r) =>
    "error" in r
      ? [r.file, w.t("text.unreadable"), "", "", "", ""]
      : [r.file, w.count(r.summary.errors), w.count(r.summary.warnings), w.count(r.summary.goals), w.count(r.summary.actions), w.amount(r.summary.totalBudget)],
  );
  const head = (["file", "errors", "warnings", "goals", "actions", "budget"] as const).map((c) => w.t(`text.column.${c}`));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  out.push(head.map((h, i) => pad(h, widths[i])).join("  "));
  for (const r of rows) out.push(r.map((c, i) => pad(c, widths[i])).join("  "));
  return out;
}

/** For tools: English keys and severity codes whatever the language; only the findings' messages are translated. */
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
