/** What the preview page exposes on window.mdPreview, for the e2e tests (page.evaluate) and curious trainers. */
import type { ExcelDouble, WorkbookState } from "../excel-double";

export interface PreviewHandle {
  double: ExcelDouble;
  /** The pane (or its start-up message) is mounted. */
  ready: boolean;
  /** Excel.run calls finished (each may be several syncs). */
  runs: number;
  state(): WorkbookState;
  /** Set when the page itself failed to start. */
  error?: string;
}

declare global {
  interface Window {
    mdPreview?: PreviewHandle;
  }
}
