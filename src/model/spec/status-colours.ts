/**
 * Colours of the work statuses (lstStatus: Planned, Ongoing, Delayed, Completed, Cancelled) in
 * the Plan of Action, the workplan and the Dashboard: a delay is a problem (red, as Off track),
 * done work is green (as On track), what is under way is blue, cancelled work grey; planned
 * work keeps the table's own look.
 */
import type { ConditionalFormatSpec } from "./types";

export const WORK_STATUS_COLOURS: ConditionalFormatSpec[] = [
  { kind: "equals", text: "Delayed", fill: "#FFC7CE", font: "#9C0006" },
  { kind: "equals", text: "Ongoing", fill: "#DDEBF7", font: "#1F4E79" },
  { kind: "equals", text: "Completed", fill: "#C6EFCE", font: "#006100" },
  { kind: "equals", text: "Cancelled", fill: "#EDEDED", font: "#595959" },
];
