/**
 * Events off while the add-in writes, and back on after, also when a write fails.
 *
 * Excel raises an event for every change the add-in makes (ExcelApi 1.8 lets an add-in switch
 * its own events off with `context.runtime.enableEvents`, per add-in runtime). Writing a plan
 * touches thousands of cells, so events are paused for the duration of a write batch and the
 * earlier setting is put back afterwards. None of it costs a sync of its own when all goes well:
 * - the current setting is loaded with the batch's first read sync (the load is queued when the
 *   pause is created, before any read);
 * - `pause()` queues `enableEvents = false` just before the first write;
 * - `lastSync()` queues the setting back so that it travels with the batch's last write sync.
 * When a write fails, the setting is put back with a sync of its own; if even that fails (the
 * user started typing in a cell), the caller still gets the original error and the next write
 * batch puts the setting back instead.
 *
 * Events someone else turned off (other code of this add-in) stay off: nothing is touched.
 * Without ExcelApi 1.8 nothing here touches the runtime at all.
 */

/** The pause of one write batch (one Excel.run). */
export class EventPause {
  private off = false;
  private pausedHere = false;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly supported: boolean,
    /** A setting an earlier batch failed to put back: known, so not loaded. */
    private readonly owed: boolean | undefined,
  ) {
    if (supported && owed === undefined) ctx.runtime.load("enableEvents");
  }

  /** True while events are off by this pause and not yet back on. */
  get paused(): boolean {
    return this.off;
  }

  /**
   * Queues events off, before the first write; later calls do nothing. Needs a sync since the
   * pause was created (the setting before is read from it).
   */
  pause(): void {
    if (!this.supported || this.off) return;
    const before = this.owed ?? this.ctx.runtime.enableEvents;
    if (!before) return;
    this.ctx.runtime.enableEvents = false;
    this.off = true;
    this.pausedHere = true;
  }

  /** Runs the batch's last sync with events put back in it (when they were paused). */
  async lastSync(sync: () => Promise<unknown>): Promise<void> {
    const restoring = this.off;
    if (restoring) this.ctx.runtime.enableEvents = true;
    await sync();
    if (restoring) this.off = false;
  }

  /** Puts events back with a sync of its own (after a failure); does nothing when not paused. */
  async restoreAlone(): Promise<void> {
    if (this.off) await this.lastSync(() => this.ctx.sync());
  }

  /** What the next batch must still put back: set when a restore failed. */
  get owing(): boolean | undefined {
    if (this.off) return true;
    return this.pausedHere ? undefined : this.owed;
  }
}

/**
 * The add-in's side of `enableEvents`, one per planner (the setting belongs to the add-in's
 * runtime, which outlives each Excel.run): remembers a setting a failed batch still owes.
 */
export class EventSwitch {
  private owed: boolean | undefined;

  constructor(private readonly supported: boolean) {}

  /**
   * Runs one write batch inside Excel.run with an EventPause. Whatever the work does, events
   * paused by it are back on when this settles; an error from the work is passed on as it was,
   * never replaced by one from putting events back.
   */
  async around<T>(ctx: Excel.RequestContext, work: (events: EventPause) => Promise<T>): Promise<T> {
    const events = new EventPause(ctx, this.supported, this.owed);
    try {
      return await work(events);
    } finally {
      // Normally done by the work's last sync; after a failure (or a work that forgot) here.
      await events.restoreAlone().catch(() => undefined);
      this.owed = events.owing;
    }
  }
}
