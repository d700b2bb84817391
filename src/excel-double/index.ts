/**
 * An in-memory Excel behind Microsoft's own office.js client. `run` is the client's Excel.run;
 * each batch it sends is answered by office-js-server.ts, which replays the request on the
 * double's object model (the *Double classes, which keep Excel's member names) and answers as
 * Excel does: batches that fail part-way, error codes, payload limits measured on the real
 * request and response, requirement sets, protection and cell-edit mode.
 *
 * There is no formula engine: a formula cell's `values` (and `text`) read back as "" (or the
 * result a saved file carried, until the cell is written), its `formulas` as the formula text. Plain TypeScript with no Node APIs, so it can also run in a page.
 *
 * Where Excel's behaviour is unverified the double is stricter, so code that passes here does not
 * lean on luck in Excel:
 * - tables never absorb or push aside filled cells: tables.add over a header-only range,
 *   columns.add and rows.add refuse (InvalidArgument) when the cells they would take are not empty;
 *   writing next to a table does not grow it.
 * - a list validation source that is a structured reference (`=tbl[Col]`), an unknown name or a
 *   missing sheet is refused; use a defined name.
 * - a response over the limit undoes the whole batch (Runtime.enableEvents included); an object
 *   created after a failing command is dead (InvalidObjectPath); unprotect() on an unprotected
 *   sheet is InvalidOperation.
 *
 * Events: only the switch is modelled. `context.runtime.enableEvents` (ExcelApi 1.8) is held per
 * double (one add-in runtime), starts true and outlives each run; `stats.writeSyncs` counts syncs
 * that changed the workbook and `stats.writeSyncsWithEventsOn` those where a change ran while
 * events were on, judged command by command (⚠ unverified: whether Excel decides at the change
 * or when the batch ends; a batch `enableEvents = false; write; enableEvents = true` counts as
 * written with events off). No handler is ever called.
 *
 * Merged cells, hidden and grouped columns, frozen columns and print settings are modelled with
 * their rules in merges.ts, outline.ts, worksheet.ts and page-layout.ts.
 *
 * Not modelled: totals rows, row groups, calculated-column fill, event handlers,
 * worksheet-scoped names, per-cell formats of ranges over 100,000 cells (only existing cells
 * change), and validation or conditional formats following cells that move.
 */
import type { SyncStats, Engine } from "./session";
import type { OfficeJsClient } from "./office-js-client";
import { sessionFor } from "./office-js-client";
import { OfficeJsServer } from "./office-js-server";
import { type CellSnapshot, inspectCell, inspectTableRows, protect, seedSheet, seedTable } from "./seed";
import { type WorkbookState, createWorkbookState } from "./state";
import { compareVersions } from "./versions";

export type { WorkbookState, SheetState, CellData, TableState, NamedItemState, ValidationState, ConditionalFormatState } from "./state";
export type { CellSnapshot } from "./seed";
export type { ChartState, ChartSeriesState } from "./chart-state";
export { ExcelDoubleError } from "./errors";
export type { OfficeJsClient } from "./office-js-client";

let clientLoader: (() => OfficeJsClient) | undefined;
let sharedClient: OfficeJsClient | undefined;

/**
 * Names where Microsoft's client comes from: Node loads it from @microsoft/office-js
 * (test/support/office-js/load-client.ts, registered by jest's setup), the preview page from
 * its script tag. Loaded once, on the first double made.
 */
export function setOfficeJsClient(loader: () => OfficeJsClient): void {
  clientLoader = loader;
  sharedClient = undefined;
}

function officeJsClient(): OfficeJsClient {
  if (!sharedClient) {
    if (!clientLoader) throw new Error("excel-double: no office.js client. Call setOfficeJsClient(loadOfficeJsClient) first (jest does, in test/support/office-js/setup.ts).");
    sharedClient = clientLoader();
  }
  return sharedClient;
}

export interface ExcelDoubleOptions {
  /** Highest ExcelApi set the simulated host supports, e.g. "1.7" for Office 2019. Default "1.17". */
  supportedApiVersion?: string;
  /** Request and response limit, as Excel on the web's 5 MB. */
  requestLimitBytes?: number;
  /** Microsoft's client to run batches through; the one named by setOfficeJsClient by default. */
  client?: OfficeJsClient;
}

export interface ExcelDouble {
  /** Excel.run of Microsoft's client, answered by this workbook. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Like Office.context.requirements.isSetSupported, for "ExcelApi". */
  isSetSupported(name: string, minVersion?: string): boolean;
  readonly stats: SyncStats;
  /** While on, every sync rejects with InvalidOperationInCellEditMode and applies nothing. */
  setCellEditMode(on: boolean): void;
  /** Runtime.enableEvents as it stands now (set it through `context.runtime`). */
  readonly eventsEnabled: boolean;
  /** The workbook as plain data. */
  readonly state: WorkbookState;
  seedSheet(name: string, cells?: Record<string, unknown>): void;
  seedTable(sheet: string, name: string, topLeft: string, headers: string[], rows: unknown[][]): void;
  cell(sheet: string, address: string): CellSnapshot | undefined;
  tableRows(name: string): unknown[][];
  protectSheet(name: string): void;
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const supportedApiVersion = options.supportedApiVersion ?? "1.17";
  if (!/^1\.\d+$/.test(supportedApiVersion)) throw new Error(`excel-double: bad supportedApiVersion '${supportedApiVersion}'`);
  const client = options.client ?? officeJsClient();
  const stats: SyncStats = {
    syncs: 0,
    requestBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    writeSyncs: 0,
    writeSyncsWithEventsOn: 0,
    reset() {
      stats.syncs = 0;
      stats.requestBytes = [];
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
      stats.writeSyncs = 0;
      stats.writeSyncsWithEventsOn = 0;
    },
  };
  const engine: Engine = {
    state: createWorkbookState(),
    supportedApiVersion,
    requestLimitBytes: options.requestLimitBytes ?? 5 * 1024 * 1024,
    stats,
    cellEditMode: false,
    eventsEnabled: true,
  };

  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const server = new OfficeJsServer(engine);
      const executor = { executeAsync: (_data: string, _flags: number, message: Parameters<OfficeJsServer["execute"]>[0]) => Promise.resolve(server.execute(message)) };
      try {
        return await client.Excel.run(sessionFor(executor), batch);
      } finally {
        server.close();
      }
    },
    isSetSupported(name, minVersion = "1.1") {
      return name.toLowerCase() === "excelapi" && compareVersions(supportedApiVersion, minVersion) >= 0;
    },
    stats,
    setCellEditMode(on) {
      engine.cellEditMode = on;
    },
    get eventsEnabled() {
      return engine.eventsEnabled;
    },
    get state() {
      return engine.state;
    },
    seedSheet: (name, cells) => seedSheet(engine.state, name, cells),
    seedTable: (sheet, name, topLeft, headers, rows) => seedTable(engine.state, sheet, name, topLeft, headers, rows),
    cell: (sheet, address) => inspectCell(engine.state, sheet, address),
    tableRows: (name) => inspectTableRows(engine.state, name),
    protectSheet: (name) => protect(engine.state, name),
  };
}
