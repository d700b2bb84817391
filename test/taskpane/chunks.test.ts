/**
 * What the pane's first chunk holds, read from a real webpack build of the task pane entry (the
 * add-in's own webpack.config.js, development mode: the same module graph and chunks, built
 * faster). What only a later action needs must stay out of it: the Check and Catalogue views, the
 * Office planner with the plan check, and nothing of exceljs, jszip, the sample plan or Microsoft's
 * office.js may come back, nor Griffel's run-time style resolver. The sizes themselves are the
 * bench's (npm run bench -- --pane-only).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack, { type Configuration, type Stats } from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig: (env: object, argv: { mode: string }) => Promise<Configuration> = require("../../webpack.config.js");

const ON_DEMAND = [
  /src\/taskpane\/components\/CheckPanel\.tsx$/,
  /src\/taskpane\/components\/CataloguePanel\.tsx$/,
  /src\/hosts\/office\/office-planner\.ts$/,
  /src\/model\/check\//,
  /src\/model\/sample\//,
  /node_modules\/(exceljs|jszip)\//,
  /node_modules\/@microsoft\/office-js\//,
  /node_modules\/@formatjs\/icu-messageformat-parser\/(lib\/)?parser\.js$/,
];

/** Loaded later, not never: each must match a module of a later chunk, or the pattern has gone stale. */
const LOADED_LATER = [
  // The sheets' specs, whose captions and guidance the pane reads only with the workbook's status (plan-outline.ts).
  /src\/model\/workbook\.ts$/,
  /src\/model\/(stages|derived)\//,
  /src\/model\/catalog\/migration-catalog\.json$/,
  // What shows only once the workbook has been read (status-views.ts), and the dark theme.
  /src\/taskpane\/components\/(StageCards?|StatusBadge|NextSteps)\.tsx$/,
  /node_modules\/@fluentui\/(react-badge|react-progress)\//,
  // The Check and Catalogue tabs' views of their state (their reducers stay: a check outlives a tab switch).
  /src\/taskpane\/state\/(check|catalogue)-view\.ts$/,
  // French and Spanish words, fetched at start-up by those who read them; FormatJS's parser, never (build-time parsing).
  /src\/model\/i18n\/pane\/(fr|es)\.json$/,
  // The words of what loads later load with it, in every language.
  /src\/model\/i18n\/pane-(status|results|check|catalogue)\//,
  /node_modules\/@fluentui\/tokens\/lib\/alias\/darkColor/,
];

let out: string;
let stats: Stats;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "mdplan-chunks-"));
  const base = await makeConfig({}, { mode: "development" });
  const config: Configuration = {
    ...base,
    entry: { taskpane: (base.entry as Record<string, string>).taskpane },
    devtool: false,
    output: { ...base.output, path: out },
    // Production's pruning of unused exports: without it a development build keeps every module a
    // package's index re-exports, Griffel's run-time resolver among them, though nothing calls it.
    optimization: { ...base.optimization, usedExports: true, sideEffects: true, innerGraph: true },
    plugins: [],
    stats: "none",
  };
  stats = await new Promise<Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test("the build succeeds", () => {
  expect(stats.toString("errors-only")).toBe("");
});

/** The files of the modules in the chunks loaded first (initial) or later, as forward-slashed paths. */
function modulesOf(initial: boolean): string[] {
  const { chunks, chunkGraph } = stats.compilation;
  return [...chunks]
    .filter((c) => c.canBeInitial() === initial)
    .flatMap((c) => chunkGraph.getChunkModules(c).map((m) => (m.nameForCondition() ?? "").replace(/\\/g, "/")));
}

test("the first chunk holds nothing that loads on demand", () => {
  const first = modulesOf(true);
  expect(first.some((m) => m.endsWith("src/taskpane/App.tsx"))).toBe(true);
  expect(first.filter((m) => [...ON_DEMAND, ...LOADED_LATER].some((re) => re.test(m)))).toEqual([]);
});

test("what the first chunk leaves out is loaded later", () => {
  const later = modulesOf(false);
  expect(LOADED_LATER.filter((re) => !later.some((m) => re.test(m)))).toEqual([]);
});

// Our makeStyles() calls are compiled at build time (@griffel/webpack-loader in webpack.config.js),
// as Fluent's own are: if one is left to run in the pane, Griffel's style resolver comes back with it.
test("the first chunk carries no run-time style resolver", () => {
  expect(modulesOf(true).filter((m) => /node_modules\/(stylis|rtl-css-js)\//.test(m))).toEqual([]);
});

// Fluent's focus manager starts on the provider's first render and weighs about 50 kB; the pane's
// own tabs (PaneTabs.tsx) need none. A Fluent component that brings it back shows here.
test("the first chunk carries no focus manager", () => {
  expect(modulesOf(true).filter((m) => /node_modules\/(tabster|@fluentui\/react-tabs)\//.test(m))).toEqual([]);
});

test("the Check and Catalogue views and the Office planner are chunks of their own", () => {
  const later = [...stats.compilation.chunks].filter((c) => !c.canBeInitial()).map((c) => c.name);
  expect(later).toEqual(expect.arrayContaining(["check", "catalogue", "office-planner", "plan-outline", "status-views", "dark-theme", "progress-bar", "words-fr", "words-es"]));
  expect(modulesOf(false).some((m) => m.endsWith("src/hosts/office/office-planner.ts"))).toBe(true);
});
