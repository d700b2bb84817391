/**
 * The workbook's work statuses as IATI activity statuses:
 * Planned → 1 Pipeline/identification; Ongoing and Delayed → 2 Implementation (a delayed action
 * is still being carried out; 6 Suspended would say it stopped); Completed → 3 Finalisation (the
 * work is done, but the plan does not say the accounts are closed, which 4 Closed asserts);
 * Cancelled → 5 Cancelled. A blank or unknown status is 1: nothing says the work has started.
 */
import { code } from "./codelists";

const BY_STATUS: Readonly<Record<string, string>> = {
  planned: code("ActivityStatus", "1"),
  ongoing: code("ActivityStatus", "2"),
  delayed: code("ActivityStatus", "2"),
  completed: code("ActivityStatus", "3"),
  cancelled: code("ActivityStatus", "5"),
};

/** status: in the contract's English (the plan's rows are read in English whatever their language). */
export function activityStatus(status: string): string {
  return BY_STATUS[status.trim().toLowerCase()] ?? code("ActivityStatus", "1");
}
