/** @jest-environment jsdom */
/**
 * The pane's words for places and sources, and the check's findings as the pane shows them: as the
 * check wrote them for the pane, with no rewriting, so a French finding stays French.
 */
import "./setup";
import { cleanup, render } from "@testing-library/react";
import { createElement } from "react";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/model/settings";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { cellWords, shortSource, tablePlace } from "../../src/taskpane/state/plain-words";
import { SDG_SOURCE } from "../../src/model/catalog/catalog";
import { catalogue as checkCatalogue } from "../../src/model/i18n/pane-check";
import { translator } from "../../src/model/i18n/translate";
import type { PlannerService } from "../../src/service/planner-service";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import type { Finding } from "../../src/model/check/plan-tables";
import type { Language } from "../../src/model/i18n/language";
import { toLanguage } from "../../src/model/i18n/workbook/terms";
import { fillTable } from "../../src/preview/scenarios";
import { FindingItem, findingPlace } from "../../src/taskpane/components/FindingItem";
import { loadOutline, outline, withOutline } from "../../src/taskpane/state/outline-loader";
import { createExcelDouble } from "../../src/excel-double";

const CODE_NAME = /\btbl[A-Z]/;

describe("the plan's outline, loaded apart from the first screen", () => {
  it("arrives with the first answer from the workbook, not after it", async () => {
    expect(outline()).toBeUndefined();
    // Before it is loaded there are no places to name.
    expect(tablePlace("tblGoals")).toBeUndefined();
    let answered = false;
    const service = withOutline({ readStatus: async () => ({ stages: [], workbook: { number: 0, name: "", status: "missing", details: [] }, notices: [] }) } as unknown as PlannerService);
    await service.readStatus().then(() => {
      answered = true;
      // Whoever receives the status can name places at once.
      expect(tablePlace("tblGoals")).toEqual({ caption: "Priority goals", sheet: "2 Priorities" });
    });
    expect(answered).toBe(true);
  });

  it("quotes the captions and sheet names of the workbook last read, in its language", async () => {
    const status = (language?: "fr" | "es") => ({ settings: language && { ...DEFAULT_SETTINGS, language }, stages: [], workbook: { number: 0, name: "", status: "ready", details: [] }, notices: [] });
    let answer = status("fr");
    const service = withOutline({ readStatus: async () => answer } as unknown as PlannerService);
    await service.readStatus();
    expect(tablePlace("tblGoals")).toEqual({ caption: "Objectifs prioritaires", sheet: "2 Priorités" });
    // Another workbook read, without the plan: back to English.
    answer = status();
    await service.readStatus();
    expect(tablePlace("tblGoals")).toEqual({ caption: "Priority goals", sheet: "2 Priorities" });
  });
});

describe("places and sources", () => {
  beforeAll(() => loadOutline());

  it("knows every table the plan lays out, by its caption and sheet", () => {
    for (const sheet of buildWorkbookSpec(DEFAULT_SETTINGS).sheets) {
      for (const placed of sheet.tables) {
        const place = tablePlace(placed.table.name)!;
        expect(place.sheet).toBe(sheet.name);
        expect(placed.table.caption.startsWith(place.caption)).toBe(true);
        expect(place.caption).not.toMatch(CODE_NAME);
      }
    }
  });

  it("writes a cell address as a sheet and a cell, in the Check tab's language", () => {
    const en = translator("en", checkCatalogue.en);
    expect(cellWords("'3 Plan of Action'!C7", en)).toBe("3 Plan of Action, cell C7");
    expect(cellWords("Settings!$B$4", en)).toBe("Settings, cell B4");
    expect(cellWords("'O''Brien'!A1:B2", en)).toBe("O'Brien, cells A1 to B2");
    expect(cellWords("nonsense", en)).toBe("nonsense");
    expect(cellWords("'3 Plan d’action'!C7", translator("fr", checkCatalogue.fr))).toBe("3 Plan d’action, cellule C7");
    expect(cellWords("'3 Plan de acción'!A1:B2", translator("es", checkCatalogue.es))).toBe("3 Plan de acción, celdas A1 a B2");
  });

  it("cites the catalogue's source without the file its names were copied from", () => {
    expect(shortSource(SDG_SOURCE)).toBe("UN global SDG indicator framework");
    expect(shortSource(SDG_SOURCE)).not.toMatch(/\.ya?ml|\//);
  });
});

type Row = Record<string, string | number>;

/**
 * The findings of the pane's own check (the Office service over the Excel double) on a plan set up
 * in `language` and typed with faults: action A1 serves goal G9 (not a goal), lists indicator I9
 * (not an indicator) and repeats in the next row; the capacity matrix and the dashboard were not
 * rebuilt after typing.
 */
async function paneFindings(language: Language): Promise<Finding[]> {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run, double.isSetSupported);
  const settings: PlanSettings = { ...DEFAULT_SETTINGS, country: "Kenya", title: "Kenya M&D plan", startYear: 2026, endYear: 2030, language };
  await planner.setUp({ settings });
  const term = toLanguage(language);
  // Typed as a planner types them: under the workbook's headers, in its drop-down values.
  const typed = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([h, v]) => [term("headers", h), typeof v === "string" ? term("values", v) : v]));
  const fill = (name: string, rows: Row[]) => fillTable(double.run, name, rows.map(typed));
  await fill("tblGoals", [{ "Goal ID": "G1", Objective: "Fair recruitment", Selected: "Yes" }]);
  const action = { Title: "Licensing", "Goal ID": "G9", "Lead agency": "Ministry of Labour", Budget: 1000, "Indicator IDs": "I9", Endorsed: "Yes", Status: "Ongoing" };
  await fill("tblActions", [
    { "Action ID": "A1", ...action },
    { "Action ID": "A1", ...action, "Goal ID": "G1" },
  ]);
  await fill("tblCapacity", [{ Stakeholder: "Central Bank", "Capacity area": "Data", Level: "Individual", Current: 1, Required: 4 }]);
  return (await planner.check()).findings;
}

/** The message as a finding's item shows it (its first line, without the place). */
function shown(finding: Finding): string {
  const { container } = render(createElement(FindingItem, { finding, place: "", current: false, onSelect: () => undefined }));
  const text = container.querySelector("span")?.textContent ?? "";
  cleanup();
  return text;
}

/** French writes a no-break space before « : » and inside « »; the expectations below use plain ones. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => spaced(shown(f)));

/** Words of the English findings and of the old rewriting that have no place in a French one. */
const ENGLISH = /\b(the|table|press|run|in|of|is|not|and|or|expected|row|cell|stage|add-in|blank|none)\b/i;

describe("findings, as the pane shows them", () => {
  beforeAll(() => loadOutline());

  it("shows a French finding in French only: captions in French, the pane's buttons, no mdplan", async () => {
    const findings = await paneFindings("fr");
    expect(byRule(findings, "action-goal-unknown")).toEqual([
      "Action A1 : ID objectif « G9 » n’est pas un objectif du tableau « Objectifs prioritaires » ; attendu : l’un des ID G1. Corrigez « ID objectif », ou ajoutez l’objectif G9 à l’étape 2.",
    ]);
    expect(byRule(findings, "capacity-matrix-out-of-date")[0]).toMatch(/\(d’après le tableau « Évaluation des capacités »\)\. Appuyez sur « Construire la matrice des capacités » \(étape 4\)\.$/);
    expect(byRule(findings, "dashboard-out-of-date")[0]).toMatch(/ Appuyez sur « Actualiser le tableau de bord »\.$/);
    expect(byRule(findings, "action-indicator-unknown")[0]).toContain("qui n’est pas un indicateur du tableau « Indicateurs »");
    expect(byRule(findings, "id-duplicate")).toEqual([
      "ID action « A1 » (ligne 2) répète A1 de la ligne 1 (3 Plan d’action, cellule A7) ; les ID doivent être uniques dans le tableau « Actions ». Donnez à cette ligne son propre ID, par exemple A2, et mettez à jour les lignes qui y renvoient.",
    ]);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    for (const finding of findings) {
      const text = shown(finding);
      expect(text).toBe(finding.message);
      expect(text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/mdplan|FICHIER|complément/);
      expect(text).not.toMatch(CODE_NAME);
      // The line under it, where the finding is, in French too ("3 Plan d’action, cellule A7").
      expect(findingPlace(finding, translator("fr", checkCatalogue.fr))).not.toMatch(ENGLISH);
    }
    expect(findings.map((f) => findingPlace(f, translator("fr", checkCatalogue.fr)))).toContainEqual(expect.stringMatching(/, cellule [A-Z]+\d+$/));
  });

  it("shows an English finding with captions and the pane's buttons, never mdplan", async () => {
    const findings = await paneFindings("en");
    expect(byRule(findings, "action-goal-unknown")).toEqual([
      'Action A1: Goal ID "G9" is not a goal in the "Priority goals" table; expected one of G1. Correct the Goal ID, or add goal G9 in stage 2.',
    ]);
    expect(byRule(findings, "capacity-matrix-out-of-date")[0]).toMatch(/ in the "Capacity assessment" table\. Press "Build capacity matrix" \(stage 4\)\.$/);
    expect(byRule(findings, "dashboard-out-of-date")[0]).toMatch(/ Press "Refresh dashboard"\.$/);
    expect(byRule(findings, "id-duplicate")[0]).toContain("repeats A1 of row 1 (3 Plan of Action, cell A7);");
    for (const text of findings.map(shown)) {
      expect(text).not.toMatch(/mdplan|FILE|in the add-in/);
      expect(text).not.toMatch(CODE_NAME);
    }
  });
});
