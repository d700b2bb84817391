/**
 * Plans in French and Spanish through the command line: `mdplan new --language`, a refresh that
 * keeps the workbook's language, and a check that finds the same planted faults at the same cells
 * in an English, a French and a Spanish plan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main as runCli } from "../../src/cli/main";
import { refreshPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { readPlanFromPackage as readPlanFile } from "../../src/hosts/xlsx/package/read-plan";
import { checkPlan } from "../../src/model/check/check-plan";
import { toLanguage } from "../../src/model/i18n/workbook/terms";
import type { Language } from "../../src/model/i18n/language";
import { readXlsx } from "../support/xlsx-values";
import { typeOver } from "../support/type-over";

const dir = mkdtempSync(join(tmpdir(), "mdplan-languages-cli-"));
const LANGUAGES: Language[] = ["en", "fr", "es"];

async function newSample(language: Language): Promise<string> {
  const file = join(dir, `sample-${language}.xlsx`);
  const result = await runCli(["new", file, "--sample", "--language", language, "--force"]);
  expect(result.code).toBe(0);
  return file;
}

describe("plans in three languages through mdplan", () => {
  it("writes the sample in the language asked, and refuses one it does not write", async () => {
    const fr = await readXlsx(await newSample("fr"));
    expect(fr.sheets).toContain("3 Plan d’action");
    expect(fr.table("tblActions").headers).toContain(toLanguage("fr")("headers", "Action ID"));
    const bad = await runCli(["new", join(dir, "x.xlsx"), "--sample", "--language", "de"]);
    expect(bad.code).toBe(2);
    expect(bad.out.join("\n")).toMatch(/--language must be one of en, fr, es \(got "de"\)/);
  });

  it("keeps a French plan French through a refresh, with what was typed", async () => {
    const file = await newSample("fr");
    const before = await readXlsx(file);
    const title = before.table("tblActions").rows[0][toLanguage("fr")("headers", "Title")];
    const refreshed = await refreshPlanWorkbook(file, readFileSync(file));
    const out = join(dir, "refreshed-fr.xlsx");
    writeFileSync(out, refreshed.bytes);
    const after = await readXlsx(out);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names.get("planLanguage")).toBe('"fr"');
    for (const t of before.tables()) expect([t.name, after.table(t.name).headers]).toEqual([t.name, t.headers]);
    expect(after.table("tblActions").rows[0][toLanguage("fr")("headers", "Title")]).toBe(title);
  });

  it("refuses to refresh a plan whose planLanguage holds no language it writes, leaving it unchanged", async () => {
    const file = await newSample("es");
    const zip = await JSZip.loadAsync(readFileSync(file));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    const changed = wb.replace(/(<definedName name="planLanguage"[^>]*>)&quot;es&quot;(<\/definedName>)/, "$1&quot;de&quot;$2");
    expect(changed).not.toBe(wb);
    zip.file("xl/workbook.xml", changed);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(refreshPlanWorkbook(file, bytes)).rejects.toThrow(/planLanguage holds "de", not a language M&D Planner writes \(en, fr, es\)/);
  });

  it("finds the same planted faults at the same cells in an English, a French and a Spanish plan", async () => {
    const found = new Map<Language, string[]>();
    for (const language of LANGUAGES) {
      const file = await newSample(language);
      const map = toLanguage(language);
      // A goal that does not exist, a budget in words, a status not in the list.
      await typeOver(file, map("sheets", "3 Plan of Action"), "C7", "G9");
      await typeOver(file, map("sheets", "3 Plan of Action"), "I8", "lots");
      const plan = await readPlanFile(file, readFileSync(file));
      // The same cell: its sheet's name is in the plan's language, its address is not.
      found.set(language, checkPlan(plan).map((f) => `${f.rule} ${f.severity} ${f.cell?.replace(/^.*!/, "") ?? ""}`));
    }
    const en = found.get("en")!;
    expect(en).toEqual(expect.arrayContaining(["action-goal-unknown error C7", "number-invalid error I8"]));
    expect(found.get("fr")).toEqual(en);
    expect(found.get("es")).toEqual(en);
  });
});
