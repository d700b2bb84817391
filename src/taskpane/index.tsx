/**
 * The task pane's entry point (webpack entry "taskpane"): waits for Office, checks the Excel
 * version, then mounts the pane over the Office implementation of PlannerService.
 */
import { createOfficePlanner } from "./lazy-office-planner";
import { boot, type OfficeLike } from "./boot";

export { mountPane, Pane } from "./mount";

const container = document.getElementById("container");
if (container) {
  const office: OfficeLike | undefined = typeof Office === "undefined" ? undefined : Office;
  void boot(container, office, (isSetSupported, language) =>
    createOfficePlanner(<T,>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch), isSetSupported, { language }),
  );
}
