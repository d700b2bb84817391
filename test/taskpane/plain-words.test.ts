/** The model's and hosts' messages, as the pane shows them: captions and sheet names, not code names. */
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { buildWorkbookSpec } from "../../src/model/workbook";
import { cellWords, plainWords, shortSource, tablePlace } from "../../src/taskpane/state/plain-words";
import { SDG_SOURCE } from "../../src/model/catalog/catalog";
import type { PlannerService } from "../../src/hosts/office/planner-service";
import { loadOutline, outline, withOutline } from "../../src/taskpane/state/outline-loader";

const CODE_NAME = /\btbl[A-Z]/;

describe("the plan's outline, loaded apart from the first screen", () => {
  it("arrives with the first answer from the workbook, not after it", async () => {
    expect(outline()).toBeUndefined();
    // Before it is loaded the words have no captions: code names would show.
    expect(plainWords("Table tblGoals is missing.")).toBe("Table tblGoals is missing.");
    let answered = false;
    const service = withOutline({ readStatus: async () => ({ stages: [], workbook: { number: 0, name: "", status: "missing", details: [] }, notices: [] }) } as unknown as PlannerService);
    await service.readStatus().then(() => {
      answered = true;
      // Whoever receives the status can say it in captions at once.
      expect(plainWords("Table tblGoals is missing.")).toBe('The "Priority goals" table is missing.');
    });
    expect(answered).toBe(true);
  });

  it("quotes the captions and sheet names of the workbook last read, in its language", async () => {
    const status = (language?: "fr" | "es") => ({ settings: language && { ...DEFAULT_SETTINGS, language }, stages: [], workbook: { number: 0, name: "", status: "ready", details: [] }, notices: [] });
    let answer = status("fr");
    const service = withOutline({ readStatus: async () => answer } as unknown as PlannerService);
    await service.readStatus();
    expect(tablePlace("tblGoals")).toEqual({ caption: "Objectifs prioritaires", sheet: "2 Priorités" });
    expect(plainWords("Table tblGoals is missing.")).toBe('The "Objectifs prioritaires" table is missing.');
    // Another workbook read, without the plan: back to English.
    answer = status();
    await service.readStatus();
    expect(tablePlace("tblGoals")).toEqual({ caption: "Priority goals", sheet: "2 Priorities" });
  });
});

describe("plainWords", () => {
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

  it("names tables by their captions in findings", () => {
    const goals = tablePlace("tblGoals")!.caption;
    const actions = tablePlace("tblActions")!.caption;
    expect(plainWords("Goal G2 is selected (Selected = Yes) but no action in tblActions has Goal ID G2; expected at least one action.")).toBe(
      `Goal G2 is selected (Selected = Yes) but no action in the "${actions}" table has Goal ID G2; expected at least one action.`,
    );
    expect(plainWords('Action 2: Goal ID "G9" is not a goal in tblGoals; expected one of G1, G2.')).toBe(`Action 2: Goal ID "G9" is not a goal in the "${goals}" table; expected one of G1, G2.`);
    expect(plainWords("tblIndicatorValues row 3 (indicator I9, period 2026): x")).toMatch(/^"Indicator values" row 3/);
  });


  it("drops the command line from messages the add-in shows", () => {
    const text = plainWords('The capacity-gap matrix lacks X in tblCapacity. Press "Build capacity matrix" in the add-in (stage 4), or run mdplan refresh FILE.');
    expect(text).not.toMatch(/mdplan|in the add-in|tblCapacity/);
    expect(text).toContain('Press "Build capacity matrix" (stage 4).');
  });


  it("leaves unknown names and plain text alone", () => {
    expect(plainWords("tblSomethingElse is odd.")).toBe("tblSomethingElse is odd.");
    expect(plainWords("Nothing to say.")).toBe("Nothing to say.");
  });

  it("writes a cell address as a sheet and a cell", () => {
    expect(cellWords("'3 Plan of Action'!C7")).toBe("3 Plan of Action, cell C7");
    expect(cellWords("Settings!$B$4")).toBe("Settings, cell B4");
    expect(cellWords("'O''Brien'!A1:B2")).toBe("O'Brien, cells A1 to B2");
    expect(cellWords("nonsense")).toBe("nonsense");
    expect(plainWords("Action ID \"A1\" (row 4) repeats A1 of row 1 ('3 Plan of Action'!A7).")).toBe('Action ID "A1" (row 4) repeats A1 of row 1 (3 Plan of Action, cell A7).');
  });

  it("cites the catalogue's source without the file its names were copied from", () => {
    expect(shortSource(SDG_SOURCE)).toBe("UN global SDG indicator framework");
    expect(shortSource(SDG_SOURCE)).not.toMatch(/\.ya?ml|\//);
  });
});
