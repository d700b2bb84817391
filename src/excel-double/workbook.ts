/** Excel.Workbook: the entry to sheets, tables, names and the selection. */
import { parseAddress } from "./address";
import type { Api } from "./api-types";
import type { ApplicationDouble } from "./application";
import { NamedItemCollectionDouble } from "./names";
import { type Locator, ProxyBase } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import type { Session } from "./session";
import { findSheetByName } from "./state";
import { TableCollectionDouble } from "./table";
import { WorksheetCollectionDouble } from "./worksheet";

declare module "./api-types" {
  interface Doubles {
    Workbook: [Excel.Workbook, WorkbookDouble];
  }
}

export class WorkbookDouble extends ProxyBase<"workbook">
  implements Api<Excel.Workbook, "worksheets" | "tables" | "names" | "application" | "getSelectedRange" | "load"> {
  readonly typeName = "Workbook";
  protected readonly scalarProperties = [];
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly names: NamedItemCollectionDouble;

  constructor(session: Session, locator: Locator<"workbook">, readonly application: ApplicationDouble) {
    super(session, locator);
    this.worksheets = new WorksheetCollectionDouble(session, { kind: "fixed", target: "workbook" });
    this.tables = new TableCollectionDouble(session, { kind: "fixed", target: {} });
    this.names = new NamedItemCollectionDouble(session, { kind: "fixed", target: "workbook" });
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "worksheets": return this.worksheets;
      case "tables": return this.tables;
      case "names": return this.names;
      default: return undefined;
    }
  }

  protected fetch(): unknown {
    return undefined;
  }

  getSelectedRange(): RangeDouble {
    return new RangeDouble(this.session, this.created<RangeTarget>("getSelectedRange", [], () => {
      const state = this.session.state;
      const selection = state.selection;
      const sheet = findSheetByName(state, selection?.sheet ?? state.activeSheet);
      if (!sheet) return null;
      const rect = (selection && parseAddress(selection.address)?.rect) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
      return { sheetId: sheet.id, rect };
    }));
  }
}
