/** mdplan check's report words in one language, with counts, amounts and severities as it writes them. */
import type { Severity } from "../../check/plan-tables";
import { DEFAULT_LANGUAGE, type Language } from "../language";
import { translator } from "../translate";
import { catalogue, type CliReportWords } from ".";

export interface ReportWords {
  readonly t: CliReportWords;
  readonly language: Language;
  count(n: number): string;
  amount(n: number): string;
  severity(s: Severity): string;
  /** The longest severity word, so the text report's columns line up in any language. */
  readonly severityWidth: number;
}

const SEVERITY_CODES: readonly Severity[] = ["error", "warning", "info"];

export function reportWords(language: Language = DEFAULT_LANGUAGE): ReportWords {
  const t = translator(language, catalogue[language]);
  const severity = (s: Severity) => t(`severity.${s}`);
  return {
    t,
    language,
    count: (n) => t("count", { count: n }),
    amount: (n) => t("amount", { amount: n }),
    severity,
    severityWidth: Math.max(...SEVERITY_CODES.map((s) => severity(s).length)),
  };
}
