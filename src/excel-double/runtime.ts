/**
 * Excel.Runtime (ExcelApi 1.5): `enableEvents` (1.8) switches this add-in's JavaScript events
 * on and off. The setting belongs to the add-in's runtime, not to the workbook or to one
 * Excel.run: it lives on the engine, starts true, and lasts from run to run.
 */
import type { Api } from "./api-types";
import { ExcelDoubleError } from "./errors";
import { ProxyBase } from "./proxy";

declare module "./api-types" {
  interface Doubles {
    Runtime: [Excel.Runtime, RuntimeDouble];
  }
}

export class RuntimeDouble extends ProxyBase<"runtime"> implements Api<Excel.Runtime, "enableEvents" | "load"> {
  readonly typeName = "Runtime";
  protected readonly scalarProperties = ["enableEvents"];

  protected fetch(property: string): unknown {
    return property === "enableEvents" ? this.session.engine.eventsEnabled : undefined;
  }

  get enableEvents(): boolean {
    return this.read<boolean>("enableEvents");
  }

  /** Takes effect at its place in the batch: writes queued before it still run with the old setting. */
  set enableEvents(value: boolean) {
    this.write("enableEvents", value, (_target, location) => {
      if (typeof value !== "boolean") throw new ExcelDoubleError("InvalidArgument", "Runtime.enableEvents takes true or false.", location);
      this.session.engine.eventsEnabled = value;
    }, false);
  }
}
