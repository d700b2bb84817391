/** Excel's error codes, in words a planner can act on. Branch on the code: messages are localised. */
import { PlannerError } from "./planner-service";

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.",
  AccessDenied: "A sheet the add-in needs to change is protected. Unprotect it (Review > Unprotect Sheet), then try again.",
  ItemAlreadyExists: "A sheet, table or name the add-in wanted to create already exists. Press Refresh status, then try again.",
  InvalidArgument: "Excel refused a change the add-in asked for (something stands where a table or column should go). Press Refresh status and look at the stage marked Blocked.",
  RequestPayloadSizeLimitExceeded: "The change was too large for Excel on the web in one go. Please report this; meanwhile try Excel on the desktop.",
  ResponsePayloadSizeLimitExceeded: "The workbook's tables are too large to read in one go in Excel on the web. Please report this; meanwhile try Excel on the desktop.",
  ItemNotFound: "A sheet or table disappeared while the add-in was working (renamed or deleted?). Press Refresh status, then try again.",
  GeneralException: "Excel could not complete the change. Save your work, then try again.",
  ApiNotFound: "This version of Excel lacks a feature the add-in needs. Update Excel or use Excel on the web.",
  InsertDeleteConflict: "A filter or merged cells stand in the way. Clear filters on the plan's tables, then try again.",
  MergedRangeConflict: "Merged cells stand where the add-in needs to write. Unmerge them (Home > Merge & Center), then try again.",
};

/** Turns anything thrown inside Excel.run into a PlannerError with a sentence for the pane. */
export function toPlannerError(e: unknown): PlannerError {
  if (e instanceof PlannerError) return e;
  const code = (e as { code?: string } | null)?.code ?? "Unknown";
  const known = MESSAGES[code];
  if (known) return new PlannerError(known, code, e);
  const detail = e instanceof Error ? e.message : String(e);
  return new PlannerError(`Something went wrong (${code}: ${detail}). Part of the change may have been made; press Set up again: it only adds what is still missing.`, code, e);
}
