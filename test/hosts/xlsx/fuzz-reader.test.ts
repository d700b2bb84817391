/**
 * Random damage to a valid plan file (bytes, zip entries, XML), thousands of cases: reading,
 * refreshing and checking each one ends in a result or a PlanFileError naming the file, never
 * an uncaught exception or a hang. Deterministic: a failing case prints its seed.
 */
import JSZip from "jszip";
import { newPlanWorkbook, refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { PlanFileError } from "../../../src/hosts/xlsx/plan-file-error";
import { checkBytes } from "../../../src/cli/check-files";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";

const CASES = Number(process.env.MDPLAN_FUZZ_CASES ?? 2000);
/** Another range of seeds explores other damage (MDPLAN_FUZZ_FIRST=10001, say). */
const FIRST = Number(process.env.MDPLAN_FUZZ_FIRST ?? 1);

/** Mulberry32: small, seedable, good enough to spread damage. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Valid {
  bytes: Uint8Array;
  entries: { name: string; text: string }[];
}

async function damage(valid: Valid, seed: number): Promise<Uint8Array> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const kind = seed % 4;
  if (kind === 0) {
    const out = valid.bytes.slice();
    for (let i = 0, n = 1 + Math.floor(r() * 8); i < n; i++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
    return out;
  }
  if (kind === 1) return valid.bytes.slice(0, Math.floor(r() * valid.bytes.length));
  const zip = new JSZip();
  const target = pick(valid.entries);
  for (const e of valid.entries) {
    if (e !== target) {
      zip.file(e.name, e.text);
      continue;
    }
    if (kind === 2 && r() < 0.3) continue; // a part left out
    let text = e.text;
    const at = Math.floor(r() * text.length);
    const span = Math.floor(r() * 200);
    const junk = pick(["", "<", ">", "&", '"', "</sheetData>", "<c r=\"ZZZ0\"><v>x</v></c>", "<row r=\"-1\"/>", "\u0000", "<tableColumn name=\"\"/>", "ref=\"A0:B\"", "<f>SUM(</f>", "<v>NaN</v>", "t=\"e\"", "x".repeat(1000)]);
    text = kind === 2 ? text.slice(0, at) + junk + text.slice(at + span) : text.replace(/(\d+)/g, (m) => (r() < 0.05 ? String(Number(m) * 1000 + 7) : m));
    zip.file(e.name, text);
  }
  return zip.generateAsync({ type: "uint8array" });
}

test(`${CASES} damaged files: each read, refresh and check ends in a result or a clear error`, async () => {
  const bytes = (await newPlanWorkbook({ ...DEFAULT_SETTINGS, country: "Fuzzland", title: "Plan" })).bytes;
  const zip = await JSZip.loadAsync(bytes);
  const entries = await Promise.all(Object.keys(zip.files).filter((n) => !zip.files[n].dir).map(async (name) => ({ name, text: await zip.file(name)!.async("string") })));
  const valid = { bytes, entries };
  const outcomes = { read: 0, refused: 0 };
  const started = Date.now();
  for (let seed = FIRST; seed < FIRST + CASES; seed++) {
    const damaged = await damage(valid, seed);
    try {
      // The check's own streaming reader, then (one case in ten) a refresh, which exceljs computes.
      await checkBytes("case.xlsx", damaged);
      if (seed % 10 === 0) await refreshPlanWorkbook("case.xlsx", damaged);
      outcomes.read++;
    } catch (e) {
      if (!(e instanceof PlanFileError)) throw new Error(`case ${seed}: uncaught ${(e as Error).name}: ${(e as Error).message}\n${(e as Error).stack}`);
      expect(e.message.startsWith("case.xlsx: ")).toBe(true);
      outcomes.refused++;
    }
  }
  expect(outcomes.read + outcomes.refused).toBe(CASES);
  expect(outcomes.read).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
  // Bounded time: a hang would show here long before jest's own timeout.
  expect(Date.now() - started).toBeLessThan(240_000);
}, 300_000);
