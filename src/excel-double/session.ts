/**
 * The Excel side of one request context: the commands a request's actions queue and what running
 * them does. The office.js client's requests reach it through office-js-server.ts.
 */
import type { DoubleOf } from "./api-types";
import { ExcelDoubleError, isExcelDoubleError } from "./errors";
import type { WorkbookState } from "./state";
import { compareVersions, introducedIn } from "./versions";

declare module "./api-types" {
  interface Doubles {
    ClientResult: [OfficeExtension.ClientResult<number>, ClientResultDouble<number>];
  }
}

export interface SyncStats {
  /** Requests the client sent for context.sync() (Excel.run's closing reference clean-up excluded). */
  syncs: number;
  /** Size in bytes (UTF-8) of each request body the office.js client serialised. */
  requestBytes: number[];
  maxRequestBytes: number;
  /** The largest response body the double delivered (refused ones are not delivered). */
  maxResponseBytes: number;
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

/** What a load hands back: applied only once the batch is done, so loads see the batch in order. */
export interface LoadOutcome {
  commit(): void;
}

export interface Command {
  /** "Range.values", "TableCollection.add": debugInfo.errorLocation and the API-set lookup. */
  location: string;
  statement: string;
  /** Brings values back. */
  isLoad?: boolean;
  /**
   * Changes the workbook (so a refused response has something to undo, and the sync counts as
   * a write). Runtime settings are not workbook changes.
   */
  mutates: boolean;
  /** The request action that queued it (its index in the request's Actions). */
  tag?: number;
  run(): LoadOutcome | void;
  /** Told when an earlier failure stopped the batch before this command ran. */
  dropped?(): void;
}

/** What one request did: its failure (if any) and the action that failed. */
export interface BatchOutcome {
  failure?: unknown;
  failedTag?: number;
  /** Whether a command changed the workbook, and whether one did so while events were on. */
  wrote: boolean;
  wroteWithEventsOn: boolean;
}

/**
 * The Excel side of one request context: the commands one request queued, run in order against
 * the plain state. The first failure stops the batch without undoing what ran before it, as
 * Excel does.
 */
export class Session {
  private queue: Command[] = [];
  private closed = false;
  /** Stamped on each command queued: the request action being replayed (see office-js-server). */
  currentTag: number | undefined;
  /** Set by the context that owns this session; every proxy exposes it as `context`. */
  context!: DoubleOf<"RequestContext">;

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
    command.tag = this.currentTag;
    this.queue.push(command);
  }

  /** Ends the context: later use of its objects fails, and unsynced commands are dropped. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  /** Whether the queue both reads and writes (a refused response then has something to undo). */
  queuedReadsAndWrites(): boolean {
    return this.queue.some((c) => c.isLoad) && this.queue.some((c) => c.mutates);
  }

  /** Runs the queued commands in order; loads commit at the end, also when a command failed. */
  runQueued(): BatchOutcome {
    const batch = this.queue;
    this.queue = [];
    const loads: LoadOutcome[] = [];
    let failure: unknown;
    let failedTag: number | undefined;
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
        failedTag = command.tag;
        for (const skipped of batch.slice(i + 1)) skipped.dropped?.();
        break;
      }
    }
    for (const load of loads) load.commit();
    return { failure, failedTag, wrote, wroteWithEventsOn };
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
    return { commit: () => { this.result = value; this.filled = true; } };
  }
}
