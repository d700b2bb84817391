/** Excel.Application: nothing but the calls the add-in makes on it. */
import type { Api } from "./api-types";
import { ProxyBase } from "./proxy";

declare module "./api-types" {
  interface Doubles {
    Application: [Excel.Application, ApplicationDouble];
  }
}

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
