/**
 * No import cycle in src/ (the Excel double included): each layer and each module can be read,
 * tested and loaded before what imports it. Type-only imports and the pane's lazy import() count, as they tie modules together
 * for a reader and for webpack's chunks alike.
 */
import { join } from "path";
import { importCycles, importGraph, type ImportGraph } from "../support/import-graph";

test("src/ has no import cycle", () => {
  const graph = importGraph(join(__dirname, "..", "..", "src"));
  // The graph is the real one: the model, both hosts, the pane and mdplan are all in it.
  expect(graph.size).toBeGreaterThan(300);
  expect(graph.get(join("hosts", "office", "office-planner.ts"))).toContain(join("hosts", "office", "office-check.ts"));
  // The Excel double too, whose proxies once imported one another (range, worksheet, table...).
  expect(graph.get(join("excel-double", "context.ts"))).toContain(join("excel-double", "workbook.ts"));
  expect(importCycles(graph)).toEqual([]);
});

test("the cycle finder finds a cycle through several modules, a module importing itself, and nothing in a chain", () => {
  const graph: ImportGraph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["c.ts"]],
    ["c.ts", ["a.ts", "d.ts"]],
    ["d.ts", []],
    ["e.ts", ["e.ts"]],
    ["f.ts", ["d.ts"]],
  ]);
  expect(importCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
});
