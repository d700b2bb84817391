/**
 * The Excel side of office.js's wire protocol: takes the request Microsoft's client serialised
 * (object paths, actions, queries), replays it onto the double's object model, runs it, and
 * answers in the client's response format. Load/sync rules, PropertyNotLoaded, null objects and
 * the request JSON are then the client's own code; the double only has to be Excel.
 *
 * Protocol facts (from excel-web-16.00.debug.js, checked on this machine; see
 * ../shared/reference/office-js.md): ObjectPathType 1 root, 3 method, 4 property, 5 indexer,
 * 6 reference id; ActionType 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace. Results are
 * `{ActionId, Value}` with PascalCase property keys; collections answer `{_Items: [...]}`, each
 * item with an id the client later addresses it by (indexer); an Instantiate answered
 * `{_ReferenceId}` lives across syncs; a failed action is `Error.ActionIndex` (its position).
 * Whole-request refusals (payload limits) come on the envelope with `Body: null`, as
 * RichApiMessageUtility.buildResponseOnError builds them (HTTP 400).
 */
import { RequestContextDouble } from "./context";
import { ExcelDoubleError } from "./errors";
import type { RequestMessage, ResponseMessage } from "./office-js-client";
import { ProxyBase } from "./proxy";
import { ClientResultDouble, type Engine, Session } from "./session";
import { restoreState } from "./state";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number; Filter?: unknown };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What replaying one action left to answer once the batch has run. */
type Replayed =
  | { kind: "object"; target: unknown }
  | { kind: "query"; target: ProxyBase<unknown>; paths: string[] }
  | { kind: "result"; result: unknown }
  | { kind: "none" };

/** Excel's HTTP status per error code (Microsoft's docs: "Error handling with the Excel JavaScript API"). */
const HTTP_STATUS: Record<string, number> = {
  ItemNotFound: 404,
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
};

/**
 * What a path of type 7 stands for: an object the client already knows to be a null object
 * (an *OrNullObject result). Using it fails with ItemNotFound (⚠ unverified: Microsoft's docs
 * say only that a null object's methods and setters must not be used; this is the stricter reading).
 */
const NULL_OBJECT = Symbol("null object");

function onNullObject(member: string): ExcelDoubleError {
  return new ExcelDoubleError("ItemNotFound", `The object is a null object; '${member || "it"}' cannot be used on it.`);
}

const HOUSEKEEPING = new Set(["_KeepReference", "_RemoveReference"]);

function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A part of the API the double does not model: a test failure to fix in the double, never Excel's answer. */
function notModelled(what: string): ExcelDoubleError {
  return new ExcelDoubleError("GeneralException", `excel-double does not model ${what}.`, what);
}

function isProxy(value: unknown): value is ProxyBase<unknown> {
  return value instanceof ProxyBase;
}

/** True when `name` is a settable accessor somewhere on the object's prototype chain. */
function hasSetter(target: object, name: string): boolean {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return typeof d.set === "function";
  }
  return false;
}

export class OfficeJsServer {
  private readonly session: Session;
  private readonly context: RequestContextDouble;
  /** Objects the client holds across syncs by `_ReferenceId`. */
  private readonly references = new Map<string, unknown>();
  private readonly referenceOf = new Map<unknown, string>();
  /** Items of loaded collections, by the `_Id` they were answered with. */
  private readonly items = new Map<string, ProxyBase<unknown>>();
  private readonly itemIdOf = new Map<ProxyBase<unknown>, string>();
  private nextId = 0;

  constructor(private readonly engine: Engine) {
    this.session = new Session(engine);
    this.context = new RequestContextDouble(this.session);
  }

  close(): void {
    this.session.close();
  }

  execute(message: RequestMessage): ResponseMessage {
    const body = message.Body as RequestBody;
    const stats = this.engine.stats;
    const requestBytes = utf8Length(JSON.stringify(body));
    if (!body.Actions.every((a) => a.ActionType === 1 || HOUSEKEEPING.has(a.Name))) stats.syncs += 1;
    stats.requestBytes.push(requestBytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > this.engine.requestLimitBytes) {
      return envelopeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.engine.requestLimitBytes} bytes).`);
    }
    if (this.engine.cellEditMode) {
      // Excel refuses the whole batch before running any of it.
      return answer(200, {
        Error: {
          Code: "InvalidOperationInCellEditMode",
          Message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
          HttpStatusCode: 400,
        },
      });
    }
    return this.run(body);
  }

  private run(body: RequestBody): ResponseMessage {
    const paths = new Map<number, unknown>();
    const replayed: Replayed[] = [];
    let replayFailure: { error: unknown; index: number } | undefined;
    for (const [index, action] of body.Actions.entries()) {
      this.session.currentTag = index;
      try {
        replayed.push(this.replay(action, body.ObjectPaths, paths));
      } catch (error) {
        replayFailure = { error, index };
        this.session.currentTag = undefined;
        break;
      }
    }
    this.session.currentTag = undefined;
    // A response over the limit is refused after Excel ran the batch; the double then applies
    // nothing at all (the stricter reading), so it keeps a copy of a batch that read and wrote.
    const snapshot = this.session.queuedReadsAndWrites() ? structuredClone(this.engine.state) : undefined;
    const eventsBefore = this.engine.eventsEnabled;
    const outcome = this.session.runQueued();
    const failure = outcome.failure !== undefined
      ? { error: outcome.failure, index: outcome.failedTag ?? 0 }
      : replayFailure;
    const answered = failure ? failure.index : replayed.length;
    const results = body.Actions.slice(0, answered).map((action, i) => ({ ActionId: action.Id, Value: this.valueOf(replayed[i]) }));
    const responseBody: Record<string, unknown> = { Results: results };
    if (failure) responseBody.Error = errorBody(failure.error, failure.index);
    const responseBytes = utf8Length(JSON.stringify(responseBody));
    if (responseBytes > this.engine.requestLimitBytes) {
      if (snapshot) restoreState(this.engine.state, snapshot);
      this.engine.eventsEnabled = eventsBefore;
      return envelopeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit (${this.engine.requestLimitBytes} bytes).`);
    }
    this.engine.stats.maxResponseBytes = Math.max(this.engine.stats.maxResponseBytes, responseBytes);
    if (outcome.wrote) this.engine.stats.writeSyncs += 1;
    if (outcome.wroteWithEventsOn) this.engine.stats.writeSyncsWithEventsOn += 1;
    return answer(200, responseBody);
  }

  private replay(action: ActionInfo, objectPaths: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): Replayed {
    const target = this.resolve(action.ObjectPathId, objectPaths, paths);
    if (target === NULL_OBJECT && action.ActionType !== 1) throw onNullObject(action.Name);
    switch (action.ActionType) {
      case 1:
        return { kind: "object", target };
      case 2: {
        const query = action.QueryInfo ?? {};
        if (query.Top !== undefined || query.Skip !== undefined || query.Filter !== undefined) throw notModelled("queries with top, skip or filter");
        if (!isProxy(target)) throw notModelled("a query on this object");
        const wanted = [...(query.Select ?? []).filter((s) => s !== "*"), ...(query.Expand ?? [])];
        target.load(wanted);
        return { kind: "query", target, paths: wanted };
      }
      case 3:
        return this.method(target, action, objectPaths, paths);
      case 4: {
        const name = camelCase(action.Name);
        if (!isProxy(target) || !hasSetter(target, name)) throw notModelled(`setting ${typeName(target)}.${name}`);
        (target as unknown as Record<string, unknown>)[name] = this.args(action.ArgumentInfo, objectPaths, paths)[0];
        return { kind: "none" };
      }
      case 5:
        return { kind: "none" };
      default:
        throw notModelled(`action type ${action.ActionType}`);
    }
  }

  private method(target: unknown, action: ActionInfo, objectPaths: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): Replayed {
    const args = this.args(action.ArgumentInfo, objectPaths, paths);
    if (action.Name === "_KeepReference") return { kind: "none" };
    if (action.Name === "_RemoveReference") {
      const id = String(args[0]);
      this.referenceOf.delete(this.references.get(id));
      this.references.delete(id);
      return { kind: "none" };
    }
    return { kind: "result", result: this.call(target, action.Name, args) };
  }

  private call(target: unknown, wireName: string, args: unknown[]): unknown {
    const name = camelCase(wireName);
    const fn = isProxy(target) ? (target as unknown as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== "function") throw notModelled(`${typeName(target)}.${name}()`);
    return (fn as (...a: unknown[]) => unknown).apply(target, args);
  }

  private args(info: ArgumentInfo | undefined, objectPaths: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): unknown[] {
    const values = [...(info?.Arguments ?? [])];
    // Trailing nulls are the client's way of leaving optional arguments out.
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) values[i] = this.resolve(id, objectPaths, paths);
    });
    return values;
  }

  /** The double's object for an object path; each path is resolved once per request. */
  private resolve(id: number, objectPaths: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): unknown {
    if (paths.has(id)) return paths.get(id);
    const path = objectPaths[String(id)];
    if (!path) throw new ExcelDoubleError("InvalidObjectPath", `The request names object path ${id} without sending it.`);
    const parent = () => {
      const owner = this.resolve(path.ParentObjectPathId ?? -1, objectPaths, paths);
      if (owner === NULL_OBJECT) throw onNullObject(path.Name);
      return owner;
    };
    let object: unknown;
    switch (path.ObjectPathType) {
      case 1:
        object = this.context.workbook;
        break;
      case 3:
        object = this.call(parent(), path.Name, this.args(path.ArgumentInfo, objectPaths, paths));
        break;
      case 4: {
        const owner = parent();
        object = path.Name === "_Runtime" ? this.context.runtime : isProxy(owner) ? (owner as unknown as Record<string, unknown>)[camelCase(path.Name)] : undefined;
        if (!isProxy(object)) throw notModelled(`${typeName(owner)}.${camelCase(path.Name)}`);
        break;
      }
      case 5: {
        const args = this.args(path.ArgumentInfo, objectPaths, paths);
        const item = typeof args[0] === "string" ? this.items.get(args[0]) : undefined;
        object = item ?? this.call(parent(), "GetItem", args);
        break;
      }
      case 7:
        object = NULL_OBJECT;
        break;
      case 6:
        if (!this.references.has(path.Name)) throw new ExcelDoubleError("InvalidObjectPath", `The object with reference id '${path.Name}' was released or never existed.`);
        object = this.references.get(path.Name);
        break;
      default:
        throw notModelled(`object path type ${path.ObjectPathType}`);
    }
    paths.set(id, object);
    return object;
  }

  private valueOf(replayed: Replayed): unknown {
    switch (replayed.kind) {
      case "object":
        if (replayed.target === NULL_OBJECT || (isProxy(replayed.target) && replayed.target.isNullObject)) return null;
        return { _ReferenceId: this.referenceFor(replayed.target) };
      case "query":
        return replayed.target.answer(replayed.paths, (item) => this.itemId(item));
      case "result":
        return replayed.result instanceof ClientResultDouble ? replayed.result.value : null;
      case "none":
        return null;
    }
  }

  private referenceFor(target: unknown): string {
    let id = this.referenceOf.get(target);
    if (id === undefined) {
      id = `ref${++this.nextId}`;
      this.referenceOf.set(target, id);
      this.references.set(id, target);
    }
    return id;
  }

  private itemId(item: ProxyBase<unknown>): string {
    let id = this.itemIdOf.get(item);
    if (id === undefined) {
      id = `{item-${++this.nextId}}`;
      this.itemIdOf.set(item, id);
      this.items.set(id, item);
    }
    return id;
  }
}

function typeName(target: unknown): string {
  return isProxy(target) ? target.typeName : typeof target;
}

function answer(status: number, body: unknown): ResponseMessage {
  return { HttpStatusCode: status, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: body };
}

function envelopeError(code: string, message: string): ResponseMessage {
  return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}

function errorBody(error: unknown, actionIndex: number): Record<string, unknown> {
  if (error instanceof ExcelDoubleError) {
    return {
      Code: error.code,
      Message: error.message,
      HttpStatusCode: HTTP_STATUS[error.code] ?? 400,
      Location: error.debugInfo.errorLocation ?? "",
      ActionIndex: actionIndex,
    };
  }
  // A fault in the double itself: surfaced whole, so the test that met it fails with its cause.
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  return { Code: "GeneralException", Message: `excel-double failed: ${text}`, HttpStatusCode: 500, Location: "", ActionIndex: actionIndex };
}
