/**
 * The proxy half of office.js: objects that only describe where something is, queue what is done
 * to them, and hold loaded values once a sync brings them back.
 *
 * Where a proxy points is worked out when the host first meets it: a proxy made by a method call
 * (getItem, getRange, add...) queues its own lookup at the point of the call, so
 * `worksheets.add("X"); worksheets.getItem("X")` works in one batch and a missing item fails that
 * sync with ItemNotFound. Navigation properties (range.format, table.columns) follow their parent.
 */
import type { DoubleOf } from "./api-types";
import { ExcelDoubleError, propertyNotLoaded } from "./errors";
import type { LoadOutcome, Session } from "./session";

export type Locator<T> =
  | { kind: "fixed"; target: T }
  | { kind: "derived"; parent: ProxyBase<unknown>; derive: (parentTarget: never) => T }
  | { kind: "created"; location: string; args: unknown[]; nullable: boolean; compute: () => T | null };

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** Splits "a, b/c" and ["a", "b"] into trimmed paths. */
export function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  return [...loadPaths(spec.select), ...loadPaths(spec.expand)];
}

export function mergeOutcomes(outcomes: LoadOutcome[]): LoadOutcome {
  return {
    commit: () => outcomes.forEach((o) => o.commit()),
  };
}

export abstract class ProxyBase<T> {
  /** "Range", "Worksheet": used in error locations, like office.js does. */
  abstract readonly typeName: string;
  /** What load() with no arguments brings back. */
  protected abstract readonly scalarProperties: readonly string[];
  private readonly cache = new Map<string, unknown>();
  private resolved: { target: T | null } | undefined;
  private failure: ExcelDoubleError | undefined;

  constructor(
    readonly session: Session,
    private readonly locator: Locator<T>,
  ) {
    if (locator.kind === "created") {
      session.enqueue({
        location: locator.location,
        statement: `${locator.location}(${locator.args.map((a) => JSON.stringify(a)).join(", ")})`,
        mutates: locator.location.endsWith(".add"),
        run: () => void this.instantiate(),
        // A proxy whose creating call never ran (an earlier command failed) is unusable, so
        // a dropped add() cannot quietly happen later.
        dropped: () => {
          if (!this.resolved) this.failure = new ExcelDoubleError("InvalidObjectPath", "The object was created in a batch that failed before reaching it.", locator.location);
        },
      });
    }
  }

  /** ClientObject.context: the run's request context. */
  get context(): DoubleOf<"RequestContext"> {
    return this.session.context;
  }

  /** Sub-objects reachable in load paths ("format/font/bold"). */
  protected navigation(_name: string): ProxyBase<unknown> | undefined {
    return undefined;
  }

  /** Reads one scalar property from the state for a load. */
  protected abstract fetch(property: string, target: T): unknown;

  private instantiate(): T | null {
    if (this.locator.kind !== "created") throw new Error("excel-double: only created proxies instantiate");
    if (this.failure) throw new ExcelDoubleError(this.failure.code, this.failure.message, this.locator.location);
    if (this.resolved) return this.resolved.target;
    try {
      // Checked here too, so a proxy first met lazily (in a later batch) still respects the host's version.
      this.session.requireApi(this.locator.location);
      const target = this.locator.compute();
      if (target === null && !this.locator.nullable) {
        throw new ExcelDoubleError("ItemNotFound", `The requested resource doesn't exist (${this.locator.location}).`, this.locator.location);
      }
      this.resolved = { target };
      return target;
    } catch (e) {
      // A failed creation stays failed: a refused add() must not happen on a later use.
      if (e instanceof ExcelDoubleError) this.failure = e;
      throw e;
    }
  }

  /** Where this proxy points, or null for a null object. Only valid while a sync runs. */
  targetOrNull(): T | null {
    switch (this.locator.kind) {
      case "fixed":
        return this.locator.target;
      case "derived": {
        const parent = this.locator.parent.targetOrNull();
        return parent === null ? null : this.locator.derive(parent as never);
      }
      case "created":
        return this.instantiate();
    }
  }

  /** Where this proxy points; a null object cannot be written to or called. */
  target(location: string): T {
    const t = this.targetOrNull();
    if (t === null) throw new ExcelDoubleError("ItemNotFound", `${this.typeName} is a null object.`, location);
    return t;
  }

  /** True once a sync has found this proxy to be a null object. */
  protected knownNull(): boolean {
    switch (this.locator.kind) {
      case "fixed":
        return false;
      case "derived":
        return this.locator.parent.knownNull();
      case "created":
        return this.resolved !== undefined && this.resolved.target === null;
    }
  }

  private nullKnown(): boolean {
    switch (this.locator.kind) {
      case "fixed":
        return true;
      case "derived":
        return this.locator.parent.nullKnown();
      case "created":
        return this.resolved !== undefined || this.failure !== undefined;
    }
  }

  get isNullObject(): boolean {
    if (!this.nullKnown()) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.knownNull();
  }

  /** A property getter: the loaded value, your own assignment, or PropertyNotLoaded. */
  protected read<V>(property: string): V {
    if (this.cache.has(property)) return this.cache.get(property) as V;
    if (this.knownNull()) return undefined as V;
    throw propertyNotLoaded(this.typeName, property);
  }

  /**
   * A property setter: reads back at once, reaches the workbook at the next sync. `mutates` is
   * false for settings outside the workbook (Runtime.enableEvents), which are no workbook write.
   */
  protected write(property: string, value: unknown, apply: (target: T, location: string) => void, mutates = true): void {
    const location = `${this.typeName}.${property}`;
    this.session.assertOpen(location);
    this.cache.set(property, value);
    this.session.enqueue({
      location,
      statement: `${location} = ${preview(value)};`,
      mutates,
      run: () => apply(this.target(location), location),
    });
  }

  /** A method with no proxy result (delete, activate, protect...). */
  protected call(method: string, args: unknown[], apply: (target: T, location: string) => void): void {
    const location = `${this.typeName}.${method}`;
    this.session.enqueue({
      location,
      statement: `${location}(${args.map(preview).join(", ")});`,
      mutates: true,
      run: () => apply(this.target(location), location),
    });
  }

  /** The `locator` for a proxy this one creates through a method call. */
  protected created<U>(method: string, args: unknown[], compute: () => U | null, nullable = false): Locator<U> {
    const location = `${this.typeName}.${method}`;
    this.session.assertOpen(location);
    return { kind: "created", location, args, nullable, compute };
  }

  protected derived<U>(derive: (target: T) => U): Locator<U> {
    return { kind: "derived", parent: this as ProxyBase<unknown>, derive: derive as (t: never) => U };
  }

  load(propertyNames?: LoadSpec): this {
    const paths = loadPaths(propertyNames);
    this.session.enqueue({
      location: `${this.typeName}.load`,
      statement: `${this.typeName}.load(${JSON.stringify(paths)});`,
      isLoad: true,
      mutates: false,
      run: () => this.runLoad(paths),
    });
    return this;
  }

  /** Runs a load at its place in the batch; values become visible when the batch commits. */
  runLoad(paths: string[]): LoadOutcome {
    const target = this.targetOrNull();
    if (target === null) return { commit: () => undefined };
    const { own, nested } = this.splitNestedPaths(paths);
    const outcomes: LoadOutcome[] = [this.loadOwn(own, target)];
    for (const [head, rest] of nested) outcomes.push(this.loadNested(head, rest, target));
    return mergeOutcomes(outcomes);
  }

  /** "a, b/c, b/d" -> own ["a"], nested b -> ["c", "d"]; no path means every default property. */
  private splitNestedPaths(paths: string[]): { own: string[]; nested: Map<string, string[]> } {
    const own = paths.length === 0 ? this.defaultProperties() : [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && !this.navigation(head)) own.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    }
    return { own, nested };
  }

  protected defaultProperties(): string[] {
    return this.scalarProperties.filter((p) => this.session.supports(`${this.typeName}.${p}`));
  }

  protected loadOwn(properties: string[], target: T): LoadOutcome {
    const values = properties.map((p) => {
      const location = `${this.typeName}.${p}`;
      if (!this.scalarProperties.includes(p)) {
        throw new ExcelDoubleError("InvalidArgument", `${this.typeName} has no loadable property '${p}'.`, location);
      }
      this.session.requireApi(location);
      return [p, this.fetch(p, target)] as const;
    });
    return { commit: () => values.forEach(([p, v]) => this.cache.set(p, v)) };
  }

  protected loadNested(head: string, rest: string[], _target: T): LoadOutcome {
    const child = this.navigation(head);
    if (!child) throw new ExcelDoubleError("InvalidArgument", `${this.typeName} has no navigation property '${head}'.`, `${this.typeName}.${head}`);
    this.session.requireApi(`${this.typeName}.${head}`);
    return child.runLoad(rest);
  }

  /**
   * What Excel answers to a Query on this object once its batch has run: the loaded properties
   * under the PascalCase keys office.js reads, navigation properties nested; null for a null
   * object. `itemKey` names each collection item so the client can address it later.
   */
  answer(paths: string[], itemKey: ItemKey): Record<string, unknown> | null {
    if (this.knownNull()) return null;
    const { own, nested } = this.splitNestedPaths(paths);
    const out = this.answerOwn(own);
    for (const [head, rest] of nested) out[pascalCase(head)] = this.navigation(head)?.answer(rest, itemKey) ?? null;
    return out;
  }

  protected answerOwn(properties: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of properties) if (this.cache.has(p)) out[pascalCase(p)] = this.cache.get(p);
    return out;
  }

  /** For collections: sets a loaded value that is not a scalar property (items). */
  protected remember(property: string, value: unknown): void {
    this.cache.set(property, value);
  }
}

/** Proxies from another Excel.run cannot be mixed in, as office.js refuses. */
export function assertSameSession(proxy: ProxyBase<unknown>, other: unknown, location: string): void {
  if (other instanceof ProxyBase && other.session !== proxy.session) {
    throw new ExcelDoubleError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
  }
}

/** Names an item of a loaded collection for the client (its `_Id`). */
export type ItemKey = (item: ProxyBase<unknown>) => string;

/** office.js's wire names: `values` travels as `Values`, `formulasR1C1` as `FormulasR1C1`. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A collection: `items` is filled by a load; a path that is not one of the collection's own
 * properties is meant for every item, as office.js reads `tables.load("name")`.
 */
export abstract class CollectionProxy<T, Item extends ProxyBase<unknown>> extends ProxyBase<T> {
  protected abstract itemsOf(target: T): Item[];

  get items(): Item[] {
    return this.read<Item[]>("items");
  }

  /** Splits load paths into the collection's own properties and those meant for every item. */
  private splitItemPaths(paths: string[]): { own: string[]; itemPaths: string[]; wantItems: boolean } {
    const own: string[] = [];
    const itemPaths: string[] = [];
    let wantItems = paths.length === 0;
    for (const path of paths) {
      if (path === "items") wantItems = true;
      else if (path.startsWith("items/")) {
        wantItems = true;
        itemPaths.push(path.slice("items/".length));
      } else if (this.scalarProperties.includes(path)) own.push(path);
      else {
        wantItems = true;
        itemPaths.push(path);
      }
    }
    return { own, itemPaths, wantItems };
  }

  override answer(paths: string[], itemKey: ItemKey): Record<string, unknown> | null {
    if (this.knownNull()) return null;
    const { own, itemPaths, wantItems } = this.splitItemPaths(paths);
    const out = this.answerOwn(own);
    if (wantItems) {
      // The collection's own items, as the load that this answer follows committed them.
      out._Items = this.items.map((item) => ({ ...item.answer(itemPaths, itemKey), _Id: itemKey(item) }));
    }
    return out;
  }

  override runLoad(paths: string[]): LoadOutcome {
    const target = this.targetOrNull();
    if (target === null) return { commit: () => undefined };
    const { own, itemPaths, wantItems } = this.splitItemPaths(paths);
    const outcomes: LoadOutcome[] = [this.loadOwn(own, target)];
    if (wantItems) {
      const items = this.itemsOf(target);
      for (const item of items) outcomes.push(item.runLoad(itemPaths));
      outcomes.push({ commit: () => this.remember("items", items) });
    }
    return mergeOutcomes(outcomes);
  }
}
