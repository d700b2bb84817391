/**
 * One Excel.run: the queue of commands and what context.sync() does with it. Commands run in
 * queue order against the plain state; the first failure stops the batch without undoing what
 * ran before it, as Excel does.
 */
import type { RequestContextDouble } from "./context";
import { ExcelDoubleError, isExcelDoubleError } from "./errors";
import { type WorkbookState, restoreState } from "./state";
import { compareVersions, introducedIn } from "./versions";

export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  maxRequestBytes: number;
  /** Syncs that changed the workbook (cells, tables, formats, names, sheets, selection...). */
  writeSyncs: number;
  /** Of those, the ones where some change ran while the add-in's events were on. */
  writeSyncsWithEventsOn: number;
  reset(): void;
}

export interface Engine {
  state: WorkbookState;
  supportedApiVersion: string;
  requestLimitBytes: number;
  stats: SyncStats;
  cellEditMode: boolean;
  /** Runtime.enableEvents: per add-in runtime, so it outlives each Excel.run. */
  eventsEnabled: boolean;
}

/** What a load hands back: its share of the response, applied only once the batch is done. */
export interface LoadOutcome {
  bytes: number;
  commit(): void;
}

export interface Command {
  /** "Range.values", "TableCollection.add": debugInfo.errorLocation and the API-set lookup. */
  location: string;
  statement: string;
  bytes: number;
  /** Brings values back (counts toward the response). */
  isLoad?: boolean;
  /**
   * Changes the workbook (so a refused response has something to undo, and the sync counts as
   * a write). Runtime settings are not workbook changes.
   */
  mutates: boolean;
  run(): LoadOutcome | void;
  /** Told when an earlier failure stopped the batch before this command ran. */
  dropped?(): void;
}

/** Per-command envelope, so an empty write still costs something (office.js sends ids and paths). */
export const COMMAND_OVERHEAD_BYTES = 100;

export function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}

export class Session {
  private queue: Command[] = [];
  private closed = false;
  /** Set by the context that owns this session; every proxy exposes it as `context`. */
  context!: RequestContextDouble;

  constructor(readonly engine: Engine) {}

  get state(): WorkbookState {
    return this.engine.state;
  }

  supports(location: string): boolean {
    return compareVersions(this.engine.supportedApiVersion, introducedIn(location)) >= 0;
  }

  requireApi(location: string): void {
    if (!this.supports(location)) {
      throw new ExcelDoubleError(
        "ApiNotFound",
        `${location} needs ExcelApi ${introducedIn(location)}; this host supports ${this.engine.supportedApiVersion}.`,
        location,
      );
    }
  }

  assertOpen(location: string): void {
    if (this.closed) {
      throw new ExcelDoubleError("InvalidObjectPath", "The object was used after its Excel.run batch ended.", location);
    }
  }

  enqueue(command: Command): void {
    this.assertOpen(command.location);
    this.queue.push(command);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Ends the run: later use of its objects fails, and unsynced commands are dropped. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  async sync(): Promise<void> {
    const stats = this.engine.stats;
    stats.syncs += 1;
    const batch = this.queue;
    this.queue = [];
    // Every sync is a round trip: settle asynchronously even when nothing was queued.
    await Promise.resolve();
    this.assertOpen("RequestContext.sync");
    const requestBytes = batch.reduce((n, c) => n + c.bytes, 0);
    stats.requestBytes.push(requestBytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (this.engine.cellEditMode || requestBytes > this.engine.requestLimitBytes) {
      for (const command of batch) command.dropped?.();
    }
    if (this.engine.cellEditMode) {
      throw new ExcelDoubleError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (requestBytes > this.engine.requestLimitBytes) {
      throw new ExcelDoubleError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.engine.requestLimitBytes} bytes).`,
      );
    }
    this.execute(batch);
  }

  private execute(batch: Command[]): void {
    // A response that turns out too large is refused after the host ran the batch; the double
    // then applies nothing at all (the stricter reading), so it keeps a copy to go back to, but
    // only for batches that both read and write (pure reads or writes have nothing to undo).
    const undoable = batch.some((c) => c.isLoad) && batch.some((c) => c.mutates);
    const snapshot = undoable ? structuredClone(this.state) : undefined;
    const eventsBefore = this.engine.eventsEnabled;
    const loads: LoadOutcome[] = [];
    let failure: unknown;
    // Events are judged command by command: a change made after `enableEvents = false` in the
    // same batch is made with events off, and one made before `enableEvents = true` too.
    let wrote = false;
    let wroteWithEventsOn = false;
    for (const [i, command] of batch.entries()) {
      try {
        this.requireApi(command.location);
        const eventsOn = this.engine.eventsEnabled;
        const outcome = command.run();
        if (outcome) loads.push(outcome);
        if (command.mutates) {
          wrote = true;
          wroteWithEventsOn ||= eventsOn;
        }
      } catch (e) {
        failure = isExcelDoubleError(e) ? e.locate(command.location, command.statement) : e;
        for (const skipped of batch.slice(i + 1)) skipped.dropped?.();
        break;
      }
    }
    const responseBytes = loads.reduce((n, l) => n + l.bytes, 0);
    if (responseBytes > this.engine.requestLimitBytes) {
      if (snapshot) restoreState(this.state, snapshot);
      this.engine.eventsEnabled = eventsBefore;
      throw new ExcelDoubleError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit (${this.engine.requestLimitBytes} bytes).`,
      );
    }
    if (wrote) this.engine.stats.writeSyncs += 1;
    if (wroteWithEventsOn) this.engine.stats.writeSyncsWithEventsOn += 1;
    for (const load of loads) load.commit();
    if (failure !== undefined) throw failure;
  }
}

/** OfficeExtension.ClientResult: `value` is there only after the sync that fills it. */
export class ClientResultDouble<T> {
  private filled = false;
  private result: T | undefined;

  constructor(private readonly location: string) {}

  get value(): T {
    if (!this.filled) {
      throw new ExcelDoubleError(
        "ValueNotLoaded",
        "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
        this.location,
      );
    }
    return this.result as T;
  }

  fill(value: T): LoadOutcome {
    return { bytes: jsonLength(value), commit: () => { this.result = value; this.filled = true; } };
  }
}
