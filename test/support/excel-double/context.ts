/** Excel.Application and the root objects of one request context. */
import type { Api } from "./api-types";
import { ProxyBase } from "./proxy";
import { RuntimeDouble } from "./runtime";
import type { Session } from "./session";
import { WorkbookDouble } from "./workbook";

export class ApplicationDouble extends ProxyBase<"application"> implements Api<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  readonly typeName = "Application";
  protected readonly scalarProperties = [];

  protected fetch(): unknown {
    return undefined;
  }

  /** There is no calculation to suspend; queued anyway so it costs what it costs in Excel. */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

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
