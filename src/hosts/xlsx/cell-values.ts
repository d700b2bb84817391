/** Turns what exceljs holds in a cell into the plain values the model works with. */
import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../../model/spec/types";
import { serialOfDate } from "../../model/dates";

export function plainValue(v: ExcelJsValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOfDate(v);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result && typeof result === "object" && "error" in result) return String((result as { error: string }).error);
      return result instanceof Date ? plainValue(result) : ((result as CellValue | undefined) ?? null);
    }
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** True when the cell holds something a user typed or pasted (not blank, not only a format). */
export function hasContent(v: ExcelJsValue | undefined): boolean {
  return !(v === null || v === undefined || v === "");
}
