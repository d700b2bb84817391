/** The promises every corpus case is held to, shared by the small and the 50,000-row runs. */
import type { CorpusCase, Expectation, Host } from "./corpus-case";
import type { Outcome } from "./run-hosts";

const applies = (e: Expectation, host: Host) => e.host === undefined || e.host === host;

function met(e: Expectation, o: Outcome): boolean {
  switch (e.kind) {
    case "finding":
      return o.findings.some((f) => f.rule === e.rule && (!e.cell || e.cell.test(f.cell ?? "")) && (!e.message || e.message.test(f.message)));
    case "notice":
      return o.notices.some((n) => e.message.test(n.message) && (!e.sheet || n.sheet === e.sheet));
    case "error":
      return o.errors.some((m) => e.message.test(m));
    case "clean":
      return !o.errors.length && !o.findings.some((f) => f.severity === "error") && !o.notices.some((n) => n.level === "error");
  }
}

/** What the user is told that the case expects and does not get, in words. */
export function unmet(c: CorpusCase, o: Outcome): string[] {
  return c.expect.filter((e) => applies(e, o.host) && !met(e, o)).map((e) => `${c.id} [${o.host}] expected ${JSON.stringify(e, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}`);
}

/**
 * Messages a user cannot act on: more than one line, no place (a cell, a column or a sheet), or
 * no way forward (findings and errors end in what to do).
 */
export function vagueMessages(o: Outcome): string[] {
  const out: string[] = [];
  const place = /!?\$?[A-Z]{1,3}\$?\d+\b|"[^"]+"|tbl[A-Z]\w+|defined name|\.xlsx/;
  for (const f of o.findings) {
    if (/\n/.test(f.message)) out.push(`finding on two lines: ${f.message}`);
    if (!f.cell && !place.test(f.message)) out.push(`finding names no place: ${f.message}`);
  }
  for (const n of o.notices) if (/\n/.test(n.message) || !n.message.trim()) out.push(`notice not one line: ${n.message}`);
  for (const m of o.errors) {
    if (/\n/.test(m)) out.push(`error on two lines: ${m}`);
    if (!place.test(m)) out.push(`error names no place: ${m}`);
  }
  return out;
}

/** Findings as "rule@cell", to compare what the two hosts report. */
export function findingKeys(o: Outcome): string[] {
  return o.findings.map((f) => `${f.rule}@${f.cell ?? f.table}`).sort();
}
