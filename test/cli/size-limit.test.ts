/**
 * Inputs above the documented size: `mdplan check` and `mdplan refresh` refuse them at once, with
 * the documented exit code and one line naming the file, its size and the limit, without reading
 * the file. The inputs are sparse files (a 2 GB one costs no disk), run through the installed bin.
 */
import { spawnSync } from "child_process";
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MAX_FILE_BYTES } from "../../src/hosts/xlsx/read-workbook";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "mdplan-size-"));
const MB = 1024 * 1024;
const LIMIT_MB = MAX_FILE_BYTES / MB;

/** A file of `bytes` bytes, all zeros, that takes no room on disk. */
function sparseFile(name: string, bytes: number): string {
  const file = join(dir, name);
  const fd = openSync(file, "w");
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return file;
}

const huge = sparseFile("huge.xlsx", 2 * 1024 * MB);
const justOver = sparseFile("just-over.xlsx", MAX_FILE_BYTES + 1);
// Printed by the child as it exits: its peak resident memory, in KiB.
const probe = join(dir, "max-rss-probe.js");
writeFileSync(probe, `process.on("exit", () => process.stderr.write("\\nMAX_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));\n`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mdplan(args: string[]) {
  const r = spawnSync(process.execPath, ["--require", probe, join(root, "bin", "mdplan.js"), ...args], { cwd: root, encoding: "utf8", timeout: 30_000 });
  const rss = /MAX_RSS_KB=(\d+)/.exec(r.stderr);
  const stderr = r.stderr.replace(/\n?MAX_RSS_KB=\d+\n/, "");
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr, peakRssBytes: rss ? Number(rss[1]) * 1024 : undefined };
}

let baseline: number | undefined;
/** Peak resident memory of `mdplan --help`: what the tool holds before touching any file. */
function baselineRss(): number {
  baseline ??= mdplan(["--help"]).peakRssBytes!;
  return baseline;
}

const UNIT: Record<string, number> = { bytes: 1, byte: 1, B: 1, KB: 1024, MB, GB: 1024 * MB };

/** Every size a line states ("2,048 MB", "2 GB", "104857601 bytes"), in bytes. */
function sizesIn(line: string): number[] {
  return [...line.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(bytes|byte|B|KB|MB|GB)\b/g)].map((m) => Number(m[1].replace(/,/g, "")) * UNIT[m[2]]);
}

test("the limit is the documented one", () => {
  expect(existsSync(join(root, "lib", "cli", "main.js"))).toBe(true);
  const readme = readFileSync(join(root, "README.md"), "utf8");
  expect(readme).toContain(`Files above ${LIMIT_MB} MB are refused`);
  expect(readme).toContain(`\`mdplan\` reads files up to ${LIMIT_MB} MB`);
});

describe.each([
  ["a 2 GB file", huge, 2 * 1024 * MB],
  ["a file one byte over the limit", justOver, MAX_FILE_BYTES + 1],
])("%s", (_label, file, size) => {
  test.each([
    // check: 2, an input could not be read; refresh: 1, the file could not be read.
    ["check", [], 2],
    ["check", ["--json"], 2],
    ["refresh", [], 1],
  ] as [string, string[], number][])("mdplan %s %j is refused at once, with exit %d and one line naming file, size and limit", (command, options, code) => {
    const r = mdplan([command, file, ...options]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(code);
    // Refused before reading: a process that read the file would hold at least its size on top of
    // what mdplan holds for printing its help (Node alone is near 100 MB, so the baseline matters).
    expect(r.peakRssBytes).toBeDefined();
    expect(r.peakRssBytes! - baselineRss()).toBeLessThan(Math.min(size, 400 * MB) / 2);
    // Nothing written beside the inputs: no output, no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(["huge.xlsx", "just-over.xlsx", "max-rss-probe.js"]);

    const text = options.includes("--json") ? String((JSON.parse(r.stdout || r.stderr) as { error?: string }).error ?? "") : `${r.stdout}\n${r.stderr}`;
    // One line says it, naming the file and stating the limit as documented...
    const lines = text.split("\n").filter((l) => l.includes(file) && sizesIn(l).includes(MAX_FILE_BYTES));
    expect(lines).toHaveLength(1);
    const sizes = sizesIn(lines[0]);
    // ...and the file's own size, stated so it reads as above the limit (not rounded down to it).
    const statesSize = sizes.some((s) => s > MAX_FILE_BYTES && Math.abs(s - size) <= Math.max(0.01 * size, 1));
    expect(statesSize ? "states the file's size" : lines[0]).toBe("states the file's size");
  });
});
