/**
 * A self-contained HTML report a donor can open or forward: no scripts, no external assets.
 * Every cell text is escaped, so nothing from a workbook is ever read as markup.
 */
import type { FileCheck } from "./check-files";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const STYLE = `
body{font-family:Segoe UI,Arial,sans-serif;margin:24px;color:#1b1b1b;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f2f2f2}.error{color:#9c0006;font-weight:600}.warning{color:#7a4a00;font-weight:600}.info{color:#1f4e79}
.ok{color:#006100}.num{text-align:right}code{font-family:Consolas,monospace;font-size:12px}
@media print{body{margin:0}}`;

export function htmlReport(results: FileCheck[], generatedAt: Date): string {
  const summaryRows = results
    .map((r) =>
      "error" in r
        ? `<tr><td>${escapeHtml(r.file)}</td><td colspan="5" class="error">Could not be read: ${escapeHtml(r.error)}</td></tr>`
        : `<tr><td>${escapeHtml(r.file)}</td><td class="num ${r.summary.errors ? "error" : "ok"}">${r.summary.errors}</td><td class="num">${r.summary.warnings}</td><td class="num">${r.summary.goals}</td><td class="num">${r.summary.actions}</td><td class="num">${escapeHtml(r.summary.totalBudget.toLocaleString("en-US"))}</td></tr>`,
    )
    .join("\n");
  const sections = results
    .map((r) => {
      if ("error" in r) return `<h2>${escapeHtml(r.file)}</h2><p class="error">${escapeHtml(r.error)}</p>`;
      if (!r.findings.length) return `<h2>${escapeHtml(r.file)}</h2><p class="ok">No findings.</p>`;
      const rows = r.findings
        .map((f) => `<tr><td class="${f.severity}">${f.severity}</td><td>${f.stage || "-"}</td><td><code>${escapeHtml(f.cell ?? "")}</code></td><td><code>${escapeHtml(f.rule)}</code></td><td lang="${r.language}">${escapeHtml(f.message)}</td></tr>`)
        .join("\n");
      return `<h2>${escapeHtml(r.file)}</h2>\n<table><thead><tr><th>Severity</th><th>Stage</th><th>Cell</th><th>Rule</th><th>Finding</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>M&amp;D Planner check report</title><style>${STYLE}</style></head>
<body>
<h1>M&amp;D Planner check report</h1>
<p>${results.length} workbook(s) checked on ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC.</p>
<table><thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Selected goals</th><th>Actions</th><th>Total budget</th></tr></thead><tbody>
${summaryRows}
</tbody></table>
${sections}
</body></html>
`;
}
