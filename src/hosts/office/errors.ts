/** Excel's error codes, in words a planner can act on. Branch on the code: messages are localised. */
import type { SetupKey } from "../../model/i18n/setup";
import type { SetupWords } from "../../model/layout/setup-words";
import { PlannerError } from "../../service/planner-service";

/** The codes Excel answers with that a planner can do something about (the rest are "unknown"). */
const KNOWN = new Set([
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "ItemAlreadyExists",
  "InvalidArgument",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ItemNotFound",
  "GeneralException",
  "ApiNotFound",
  "InsertDeleteConflict",
  "MergedRangeConflict",
]);

/** Turns anything thrown inside Excel.run into a PlannerError with a sentence for the pane, in its language. */
export function toPlannerError(e: unknown, { t }: SetupWords): PlannerError {
  if (e instanceof PlannerError) return e;
  const code = (e as { code?: string } | null)?.code ?? "Unknown";
  if (KNOWN.has(code)) return new PlannerError(t(`excel.${code}` as SetupKey), code, e);
  const detail = e instanceof Error ? e.message : String(e);
  return new PlannerError(t("excel.unknown", { code, detail }), code, e);
}
