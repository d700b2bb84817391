/**
 * Microsoft's office.js Excel client, loaded in Node. The runtime is the web build
 * (`excel-web-16.00.debug.js` from @microsoft/office-js): Excel on the web is the host with the
 * 5 MB request limit, and its client builds the same request JSON it would post to Excel Online.
 * The debug build is used for readable stacks; it loads in about 150 ms.
 *
 * The runtime expects a browser; a `vm` context with a few stand-ins is enough for it to build and
 * send requests (checked on this machine; see ../shared/reference/office-js.md). Nothing of
 * Office (no host, no network) is reached: each batch goes to the executor the caller supplies.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { OfficeJsClient } from "../../../src/excel-double/office-js-client";

export const OFFICE_JS_RUNTIME = "excel-web-16.00.debug.js";

let cached: { script: vm.Script; file: string } | undefined;

function runtimeScript(): vm.Script {
  if (!cached) {
    const file = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", OFFICE_JS_RUNTIME);
    cached = { script: new vm.Script(fs.readFileSync(file, "utf8"), { filename: file }), file };
  }
  return cached.script;
}

/** A fresh client (its own id counters and globals), so tests never share request state. */
export function loadOfficeJsClient(): OfficeJsClient {
  // The host's own intrinsics are handed in, so errors and promises from the client are the
  // ones tests compare against (instanceof Error, await).
  const sandbox: Record<string, unknown> = {
    console, clearTimeout, clearInterval, queueMicrotask,
    // The runtime keeps timers of its own (telemetry, event polling): they must not hold Node open.
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms).unref(),
    setInterval: (fn: () => void, ms?: number) => setInterval(fn, ms).unref(),
    Promise, JSON, Math, Date, Error, TypeError, RangeError, Array, Object, String, Number, Boolean, RegExp, Function, Map, Set,
    parseInt, parseFloat, isNaN, isFinite, encodeURIComponent, decodeURIComponent, escape, unescape,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/", protocol: "https:", host: "localhost", hostname: "localhost" },
    document: {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
      addEventListener: () => undefined,
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  runtimeScript().runInContext(context);
  const { Excel, OfficeExtension } = sandbox as unknown as { Excel?: OfficeJsClient["Excel"]; OfficeExtension?: unknown };
  if (!Excel || !OfficeExtension) throw new Error(`${OFFICE_JS_RUNTIME} loaded but defined no Excel/OfficeExtension namespace`);
  return { Excel };
}
