/** The root objects of one request context. */
import type { Api } from "./api-types";
import { ApplicationDouble } from "./application";
import { ConditionalFormatCollectionDouble } from "./conditional-formats";
import { bindLateDoubles } from "./late-doubles";
import { RuntimeDouble } from "./runtime";
import type { Session } from "./session";
import { WorkbookDouble } from "./workbook";
import { WorksheetDouble } from "./worksheet";

declare module "./api-types" {
  interface Doubles {
    RequestContext: [Excel.RequestContext, RequestContextDouble];
  }
}

/** The doubles range.ts and table.ts make but cannot import (late-doubles.ts says why). */
bindLateDoubles({
  worksheet: (session, locator) => new WorksheetDouble(session, locator),
  conditionalFormats: (session, locator) => new ConditionalFormatCollectionDouble(session, locator),
});

/** The objects a request's root paths lead to (the workbook, and the runtime behind `_Runtime`). */
export class RequestContextDouble implements Api<Excel.RequestContext, "workbook" | "application" | "runtime"> {
  readonly application: ApplicationDouble;
  readonly workbook: WorkbookDouble;
  readonly runtime: RuntimeDouble;

  constructor(session: Session) {
    session.context = this;
    this.application = new ApplicationDouble(session, { kind: "fixed", target: "application" });
    this.workbook = new WorkbookDouble(session, { kind: "fixed", target: "workbook" }, this.application);
    this.runtime = new RuntimeDouble(session, { kind: "fixed", target: "runtime" });
  }
}
