/**
 * What jsdom lacks and the pane's libraries touch. Imported first by each pane test (kept out of
 * jest.config.js so the node-environment tests are unaffected).
 */
import { deserialize, serialize } from "node:v8";
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;

// Fluent's MessageBar measures itself to choose a layout; nothing needs to be measured here.
if (typeof g.ResizeObserver === "undefined") {
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Fluent's motion asks for prefers-reduced-motion.
if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof Element !== "undefined" && typeof Element.prototype.scrollIntoView !== "function") {
  Element.prototype.scrollIntoView = () => undefined;
}

// The Excel double rolls batches back with structuredClone, a Node global jsdom's window hides.
// Plain data only, which is all the double clones.
if (typeof g.structuredClone !== "function") {
  g.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
if (typeof g.TextEncoder === "undefined") {
  g.TextEncoder = TextEncoder;
  g.TextDecoder = TextDecoder;
}

export {};
