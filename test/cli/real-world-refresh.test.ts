/**
 * `mdplan refresh` on workbooks this project did not write (../shared/corpus/real-world): every
 * one refreshes into a complete plan that LibreOffice recalculates without a formula error in the
 * plan's sheets, and nothing of the user's is lost:
 * - every part of a workbook that held no plan comes back byte for byte, except the five shared
 *   parts, which are only extended: each entry already there keeps its text and its place;
 * - a macro workbook stays one (its VBA project byte for byte, its content type unchanged).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { ASSESSMENT_STAGE, IMPLEMENTATION_STAGE, MONITORING_STAGE } from "../../src/model/registry";
import { childElements, findSection, rootPrefix } from "../../src/hosts/xlsx/xml-text";
import { unescapeXml } from "../../src/model/xml-escape";
import { checkJson } from "../support/check-json";
import { recalculate } from "../support/libreoffice";
import { readXlsx } from "../support/xlsx-values";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real-world");
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)).sort() : [];
const HOLDS_PLAN = /openpyxl-.*mdplan-sample/;
const dir = mkdtempSync(join(tmpdir(), "mdplan-real-refresh-"));
const PLAN_SHEETS = buildWorkbookSpec(DEFAULT_SETTINGS).sheets.map((s) => s.name);
const refreshed = new Map<string, string>();

async function parts(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Uint8Array>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("uint8array"));
  return out;
}

const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString("utf8");

/** The children of each of `sections` of a part, in order. */
function entries(xml: string, sections: string[]): Map<string, string[]> {
  const prefix = rootPrefix(xml);
  const out = new Map<string, string[]>();
  for (const s of sections) {
    const found = findSection(xml, prefix, s);
    out.set(s, found ? childElements(xml.slice(found.innerStart, found.innerEnd)) : []);
  }
  return out;
}

/** Every entry of `before` is in `after`, unchanged and in the same order, as its first entries. */
function expectExtended(before: string, after: string, sections: string[], where: string) {
  const a = entries(before, sections);
  const b = entries(after, sections);
  for (const s of sections) expect([where, s, b.get(s)!.slice(0, a.get(s)!.length)]).toEqual([where, s, a.get(s)]);
}

beforeAll(async () => {
  for (const name of files) {
    const out = join(dir, name);
    const result = await main(["refresh", join(CORPUS, name), "--output", out]);
    expect([name, result.code, result.out[0]]).toEqual([name, 0, `Refreshed ${join(CORPUS, name)} into ${out}.`]);
    refreshed.set(name, out);
  }
}, 300_000);

test("the real-world corpus is there", () => {
  if (!existsSync(CORPUS)) console.warn(`skipped: ${CORPUS} is absent`);
  else expect(files.length).toBeGreaterThanOrEqual(16);
});

test.each(files.filter((f) => !HOLDS_PLAN.test(f)))("%s: every part of the user's comes back byte for byte; the shared ones are only added to", async (name) => {
  const before = await parts(join(CORPUS, name));
  const after = await parts(refreshed.get(name)!);
  const lower = new Map([...after.keys()].map((k) => [k.toLowerCase(), k]));
  const shared = ["[content_types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedstrings.xml"];
  for (const [part, bytes] of before) {
    const kept = lower.get(part.toLowerCase());
    expect([part, kept !== undefined]).toEqual([part, true]);
    if (shared.includes(part.toLowerCase())) continue;
    expect([part, Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(kept!)!))]).toEqual([part, 0]);
  }
  const get = (m: Map<string, Uint8Array>, p: string) => text([...m].find(([k]) => k.toLowerCase() === p)?.[1]);
  for (const tag of get(before, "[content_types].xml").match(/<[^>]*(Default|Override)\b[^>]*\/>/g) ?? []) expect([name, get(after, "[content_types].xml").includes(tag)]).toEqual([name, true]);
  for (const tag of get(before, "xl/_rels/workbook.xml.rels").match(/<[^>]*Relationship\b[^>]*\/>/g) ?? []) expect([name, get(after, "xl/_rels/workbook.xml.rels").includes(tag)]).toEqual([name, true]);
  expectExtended(get(before, "xl/workbook.xml"), get(after, "xl/workbook.xml"), ["sheets", "definedNames"], `${name} workbook`);
  expectExtended(get(before, "xl/styles.xml"), get(after, "xl/styles.xml"), ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"], `${name} styles`);
  if (before.has("xl/sharedStrings.xml")) {
    const a = get(before, "xl/sharedstrings.xml");
    const b = get(after, "xl/sharedstrings.xml");
    const prefix = rootPrefix(a);
    const items = (xml: string) => {
      const s = findSection(xml, prefix, "sst")!;
      return childElements(xml.slice(s.innerStart, s.innerEnd));
    };
    expect(items(b).slice(0, items(a).length)).toEqual(items(a));
  }
});

test.each(files.filter((f) => !HOLDS_PLAN.test(f)))("%s: each sheet the plan adds prints its header row on every page (a name scoped to where the sheet now stands), and Lists is hidden", async (name) => {
  const workbookOf = async (path: string) => text([...(await parts(path))].find(([k]) => k.toLowerCase() === "xl/workbook.xml")![1]);
  const sheetsOf = (wb: string) => [...wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => ({ name: unescapeXml(/\sname="([^"]*)"/.exec(m[0])![1]), state: /\sstate="([^"]*)"/.exec(m[0])?.[1] ?? "visible" }));
  const had = sheetsOf(await workbookOf(join(CORPUS, name))).map((s) => s.name.toLowerCase());
  const wb = await workbookOf(refreshed.get(name)!);
  const sheets = sheetsOf(wb);
  const titles = [...wb.matchAll(/<(?:\w+:)?definedName\b[^>]*name="_xlnm.Print_Titles"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m) => ({ sheet: sheets[Number(m[1])]?.name, ref: unescapeXml(m[2]) }));
  const added = PLAN_SHEETS.filter((s) => !had.includes(s.toLowerCase()));
  const printed = added.filter((s) => s !== "Lists");
  expect(titles.map((t) => t.sheet).sort()).toEqual(expect.arrayContaining(printed.sort()));
  for (const t of titles.filter((t) => printed.includes(t.sheet!))) expect(t.ref).toMatch(new RegExp(`^'${t.sheet!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'!\\$\\d+:\\$\\d+$`));
  if (added.includes("Lists")) expect(sheets.find((s) => s.name === "Lists")?.state).toBe("hidden");
});

test("a macro workbook stays one: its VBA project and its content type are kept", async () => {
  const name = files.find((f) => f.endsWith(".xlsm"));
  if (!name) return console.warn("skipped: no .xlsm in the corpus");
  const after = await parts(refreshed.get(name)!);
  expect(after.has("xl/vbaProject.bin")).toBe(true);
  expect(text(after.get("[Content_Types].xml"))).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
});

test.each(files)("%s refreshed is a complete plan", async (name) => {
  const result = await checkJson(refreshed.get(name)!);
  expect(result.error).toBeUndefined();
  expect(result.summary.errors).toBe(0);
  expect(result.findings.map((f) => f.rule)).not.toContain("no-plan");
});

test("LibreOffice opens every refreshed workbook and recalculates the plan's sheets without a formula error", async () => {
  const recalculated = recalculate(files.map((f) => refreshed.get(f)!));
  for (const [i, path] of recalculated.entries()) {
    const book = await readXlsx(path);
    // Sheet names compare without case, as in Excel (08_56644 has a "lists" sheet of its own).
    const names = book.sheets.map((s) => s.toLowerCase());
    // A plan laid out before its tables had sheets of their own keeps them where they are (found by name).
    const split = [ASSESSMENT_STAGE.sheets.sources, IMPLEMENTATION_STAGE.sheets.risks, MONITORING_STAGE.sheets.values].map((s) => s.name);
    const expected = HOLDS_PLAN.test(files[i]) ? PLAN_SHEETS.filter((s) => !split.includes(s)) : PLAN_SHEETS;
    for (const sheet of expected) expect([files[i], sheet, names.includes(sheet.toLowerCase())]).toEqual([files[i], sheet, true]);
    const planErrors = book.errors().filter((e) => PLAN_SHEETS.some((s) => e.toLowerCase().startsWith(`${s.toLowerCase()}!`)));
    expect([files[i], planErrors]).toEqual([files[i], []]);
  }
}, 600_000);
