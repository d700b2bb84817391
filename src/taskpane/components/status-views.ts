/**
 * What the pane shows only once it has read the workbook (the stage cards, the workbook's status
 * badge, what to do next): one chunk, status-views.js, fetched right after the first render (lazy-views.tsx) while
 * the workbook is being read, so the settings form does not wait for it.
 */
export { StageCards } from "./StageCards";
export { StatusBadge } from "./StatusBadge";
export { NextSteps } from "./NextSteps";
