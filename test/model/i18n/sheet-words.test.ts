/**
 * The workbook's sentences in its language (issue 14): built in French or Spanish, the sample plan
 * keeps no English text where English would be read, and quotes the terms as the workbook
 * translates them. Only texts that are the same in both languages by nature stay the same.
 */
import { buildWorkbookSpec } from "../../../src/model/workbook";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import type { SheetSpec, WorkbookSpec } from "../../../src/model/spec/types";
import { catalogue } from "../../../src/model/i18n/sheets";
import { messages as paneEn } from "../../../src/model/i18n/pane/en";
import { messages as paneFr } from "../../../src/model/i18n/pane/fr";
import { messages as paneEs } from "../../../src/model/i18n/pane/es";
import { WORKBOOK_TERMS } from "../../../src/model/i18n/workbook/terms";
import { CATALOG_LISTS } from "../../../src/model/lists";
import { planOutline } from "../../../src/taskpane/state/plan-outline";
import { stages } from "../../../src/model/workbook";
import type { Language } from "../../../src/model/i18n/language";

const OTHERS = ["fr", "es"] as const;
const english = buildWorkbookSpec(SAMPLE_SETTINGS, SAMPLE_DATA);
const built = { fr: buildWorkbookSpec({ ...SAMPLE_SETTINGS, language: "fr" }, SAMPLE_DATA), es: buildWorkbookSpec({ ...SAMPLE_SETTINGS, language: "es" }, SAMPLE_DATA) };

/** Every text a planner reads, by where it is: sheet (by its English name) and cell, or column. */
function texts(spec: WorkbookSpec): Map<string, string> {
  const out = new Map<string, string>();
  spec.sheets.forEach((sheet: SheetSpec, i) => {
    const where = english.sheets[i].name;
    for (const c of sheet.cells) if ("value" in c.content && typeof c.content.value === "string") out.set(`${where}!R${c.row + 1}C${c.col + 1}`, c.content.value);
    sheet.tables.forEach((placed, t) => {
      placed.table.columns.forEach((column, k) => {
        const name = `${where}!${english.sheets[i].tables[t].table.columns[k].header}@${placed.col + k + 1}`;
        if (column.validation?.prompt) out.set(`${name} prompt`, column.validation.prompt);
        if (column.validation?.error) out.set(`${name} error`, column.validation.error);
      });
      if (placed.table.name === "tblSettings") {
        (placed.rows ?? []).forEach((row, r) => {
          const [setting, , , about] = Object.values(row);
          out.set(`${where} setting ${r + 1} label`, String(setting));
          out.set(`${where} setting ${r + 1} about`, String(about));
        });
      }
    });
  });
  return out;
}

/**
 * Same in both languages by nature: the Lists sheet's column heads are the drop-downs' defined
 * names (lstStatus), codes every language shares; the catalogue lists (GCM objectives, SDG
 * targets) are codes and the GCM's own short labels, whose official French and Spanish texts are
 * not taken in yet (README, Languages); and a drop-down value whose term is the same word in the
 * language (French "Impact", "Action"; Spanish "Individual", "No").
 */
function sameByNature(language: Language, where: string, text: string): boolean {
  if (/^Lists!R3C/.test(where) && /^lst[A-Z]\w+$/.test(text)) return true;
  if (/^Lists!/.test(where) && (Object.values(CATALOG_LISTS) as readonly (readonly string[])[]).some((list) => list.includes(text))) return true;
  return WORKBOOK_TERMS[language].values[text] === text || WORKBOOK_TERMS[language].labels[text] === text;
}

describe.each(OTHERS)("the sample plan built in %s", (language) => {
  const en = texts(english);
  const local = texts(built[language]);

  it("has the same places to read as in English", () => {
    expect([...local.keys()]).toEqual([...en.keys()]);
  });

  it("leaves no text cell, prompt, error alert, setting label or About as it is in English", () => {
    const same = [...en].filter(([where, text]) => local.get(where) === text && !sameByNature(language, where, text));
    expect(same).toEqual([]);
  });

  it("writes prompts and alerts Excel keeps whole (255 and 225 characters)", () => {
    const long = [...local].filter(([where, text]) => (where.endsWith(" prompt") && text.length > 255) || (where.endsWith(" error") && text.length > 225));
    expect(long).toEqual([]);
  });

  it("quotes the headers as the workbook translates them", () => {
    const poa = built[language].sheets.find((s) => s.key === "3 Plan of Action")!;
    const budget = poa.tables[0].table.columns.find((c) => c.header === WORKBOOK_TERMS[language].headers["Budget"])!;
    expect(budget.validation!.error!.startsWith(`${WORKBOOK_TERMS[language].headers["Budget"]} `)).toBe(true);
    const values = built[language].sheets.find((s) => s.key === "6 IPTT")!;
    const fillIn = values.cells.find((c) => c.row === 2 && "value" in c.content)!;
    expect(String((fillIn.content as { value: string }).value)).toContain(WORKBOOK_TERMS[language].sheets["6 Indicator values"]);
  });
});

describe("the sheets' catalogue", () => {
  it("is never a structural term: localize-spec would rename it", () => {
    const terms = new Set(Object.values(WORKBOOK_TERMS).flatMap((t) => Object.values(t).flatMap((kind: Record<string, string>) => [...Object.keys(kind), ...Object.values(kind)])));
    const clash = (["en", ...OTHERS] as const).flatMap((l) => Object.entries(catalogue[l]).filter(([, text]) => terms.has(String(text))).map(([key]) => `${l} ${key}`));
    expect(clash).toEqual([]);
  });

  it("names the rebuild buttons as the pane does, in each language", () => {
    const pane = { en: paneEn, fr: paneFr, es: paneEs };
    for (const language of ["en", ...OTHERS] as const) {
      for (const target of ["capacity", "dashboard"] as const) {
        expect(catalogue[language][`rebuild.${target}`]).toContain(String(pane[language][`rebuild.${target}.label`]));
      }
    }
  });

  it("writes French apostrophes as ’", () => {
    expect(Object.entries(catalogue.fr).filter(([, text]) => String(text).includes("'"))).toEqual([]);
  });
});

describe("the pane's stage guidance", () => {
  it("is in the pane's language, whatever the workbook's", () => {
    const outline = planOutline();
    const settings = { ...SAMPLE_SETTINGS, language: "es" as const };
    expect(outline.guidance(settings, "fr").get(2)).toEqual(stages({ ...SAMPLE_SETTINGS, language: "fr" })[1].guidance);
    expect(outline.guidance(settings, "fr").get(2)!.fillIn).toMatch(/Sélectionné = Oui.*\(5 au plus\)/);
    expect(outline.guidance(settings, "en").get(2)!.fillIn).toContain("(at most 5)");
  });
});
