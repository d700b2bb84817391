/**
 * A self-contained HTML report a donor can open or forward: no scripts, no external assets.
 * Every cell text is escaped, so nothing from a workbook is ever read as markup.
 */
import type { CliReportKey } from "../model/i18n/cli-report";
import { reportWords } from "../model/i18n/cli-report/words";
import type { Language } from "../model/i18n/language";
import type { MessageValues } from "../model/i18n/translate";
import type { FileCheck } from "./check-files";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const STYLE = `
body{font-family:Segoe UI,Arial,sans-serif;margin:24px;color:#1b1b1b;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f2f2f2}.error{color:#9c0006;font-weight:600}.warning{color:#7a4a00;font-weight:600}.info{color:#1f4e79}
.ok{color:#006100}.num{text-align:right}code{font-family:Consolas,monospace;font-size:12px}
@media print{body{margin:0}}`;

type ColumnOf<Key> = Key extends `html.column.${infer C}` ? C : never;
type Column = ColumnOf<CliReportKey>;

/** language: the report's own words; each finding keeps the language it was written in (its cell's lang). */
export function htmlReport(results: FileCheck[], generatedAt: Date, language?: Language): string {
  const w = reportWords(language);
  const say = (key: CliReportKey, values?: MessageValues) => escapeHtml(w.t(key, values));
  const heads = (columns: readonly Column[]) => columns.map((c) => `<th>${say(`html.column.${c}`)}</th>`).join("");
  const summaryRows = results
    .map((r) =>
      "error" in r
        ? `<tr><td>${escapeHtml(r.file)}</td><td colspan="5" class="error">${say("html.unreadable", { reason: r.error })}</td></tr>`
        : `<tr><td>${escapeHtml(r.file)}</td><td class="num ${r.summary.errors ? "error" : "ok"}">${w.count(r.summary.errors)}</td><td class="num">${w.count(r.summary.warnings)}</td><td class="num">${w.count(r.summary.goals)}</td><td class="num">${w.count(r.summary.actions)}</td><td class="num">${escapeHtml(w.amount(r.summary.totalBudget))}</td></tr>`,
    )
    .join("\n");
  const sections = results
    .map((r) => {
      if ("error" in r) return `<h2>${escapeHtml(r.file)}</h2><p class="error">${escapeHtml(r.error)}</p>`;
      if (!r.findings.length) return `<h2>${escapeHtml(r.file)}</h2><p class="ok">${say("html.noFindings")}</p>`;
      const rows = r.findings
        .map((f) => `<tr><td class="${f.severity}">${escapeHtml(w.severity(f.severity))}</td><td>${f.stage || "-"}</td><td><code>${escapeHtml(f.cell ?? "")}</code></td><td><code>${escapeHtml(f.rule)}</code></td><td lang="${r.language}">${escapeHtml(f.message)}</td></tr>`)
        .join("\n");
      return `<h2>${escapeHtml(r.file)}</h2>\n<table><thead><tr>${heads(["severity", "stage", "cell", "rule", "finding"])}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join("\n");
  const count = results.length;
  const at = generatedAt.toISOString().slice(0, 16).replace("T", " ");
  return `<!DOCTYPE html>
<html lang="${w.language}"><head><meta charset="utf-8"><title>${say("html.title")}</title><style>${STYLE}</style></head>
<body>
<h1>${say("html.title")}</h1>
<p>${say("html.checked", { count, shown: w.count(count), at })}</p>
<table><thead><tr>${heads(["file", "errors", "warnings", "goals", "actions", "budget"])}</tr></thead><tbody>
${summaryRows}
</tbody></table>
${sections}
</body></html>
`;
}
