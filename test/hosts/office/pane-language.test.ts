/**
 * The Office host speaks the pane's language: set-up's notices, a stage's state, Excel's errors and
 * progress, through Microsoft's office.js client in front of the double. What the words quote (a
 * sheet's name, a table's caption) is the workbook's own, whatever the pane's language.
 */
import { createExcelDouble, type ExcelDouble } from "../../../src/excel-double";
import { createOfficePlanner } from "../../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../../src/model/settings";
import { PlannerError, type Progress } from "../../../src/service/planner-service";
import type { Language } from "../../../src/model/i18n/language";

const settings: PlanSettings = { ...DEFAULT_SETTINGS, country: "Sénégal", title: "Plan national M&D" };

function planner(double: ExcelDouble, language: Language) {
  return createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double), { language });
}

describe("a French pane over an English workbook", () => {
  test("a protected sheet: the notice is French, quotes the sheet's English name and names the pane's button", async () => {
    const double = createExcelDouble();
    double.seedSheet("1 Assessment");
    double.protectSheet("1 Assessment");
    const report = await planner(double, "fr").setUp({ settings });
    const notice = report.notices.find((n) => n.sheet === "1 Assessment")!;
    expect(notice.message).toBe("La feuille « 1 Assessment » est protégée : rien n’y est modifié. Ôtez la protection (Révision > Ôter la protection de la feuille), puis appuyez sur Configurer cette étape.");
    // The stage card says the same, and the stage is blocked.
    expect(report.status.stages[0].status).toBe("blocked");
    expect(report.status.stages[0].details).toContain(notice.message);
  });

  test("progress is French from the first label to the last", async () => {
    const double = createExcelDouble();
    const labels: string[] = [];
    await planner(double, "fr").setUp({ settings }, (p: Progress) => labels.push(p.label));
    expect(labels[0]).toBe("Lecture du classeur");
    expect(labels).toContainEqual(expect.stringMatching(/^Écriture de \d+ modifications$/));
    expect(labels.at(-1)).toBe("Terminé");
  });

  test("Excel's error codes and refused settings come in French", async () => {
    const double = createExcelDouble();
    double.setCellEditMode(true);
    const editing = await planner(double, "fr").setUp({ settings }).catch((e: unknown) => e);
    expect((editing as PlannerError).code).toBe("InvalidOperationInCellEditMode");
    expect((editing as PlannerError).message).toBe("Excel attend que vous finissiez la saisie dans une cellule. Appuyez sur Entrée ou Échap, puis réessayez.");
    double.setCellEditMode(false);
    const refused = await planner(double, "fr").setUp({ settings: { ...settings, startYear: 2030, endYear: 2026 } }).catch((e: unknown) => e);
    expect((refused as PlannerError).code).toBe("InvalidSettings");
    expect((refused as PlannerError).message).toMatch(/2026.*2030/);
    expect((refused as PlannerError).message).not.toMatch(/\b(before|year)\b/);
  });
});

describe("a Spanish pane in Excel 2019 (ExcelApi 1.7)", () => {
  test("says in Spanish what was left out, and a second change meanwhile is refused in Spanish", async () => {
    const double = createExcelDouble({ supportedApiVersion: "1.7" });
    const service = planner(double, "es");
    const first = service.setUp({ settings });
    const second = await service.check().catch((e: unknown) => e);
    const report = await first;
    expect(report.notices.map((n) => n.message)).toContainEqual(expect.stringMatching(/^No se agregaron las listas desplegables.*ExcelApi 1\.8\)\. El libro sigue funcionando/));
    expect((second as PlannerError).code).toBe("Busy");
    expect((second as PlannerError).message).toBe("El complemento sigue ocupado (configurando el libro). Espere a que termine y vuelva a intentarlo.");
  });
});

describe("an English pane over a French workbook", () => {
  test("a column set-up cannot add: English sentences around the workbook's French caption and header", async () => {
    const double = createExcelDouble();
    const french = { ...settings, language: "fr" as const };
    await planner(double, "en").setUp({ settings: french });
    const goals = double.state.tables.find((t) => t.name === "tblGoals")!;
    // A table flush against the goals' right edge leaves no room for a column the goals lack.
    await double.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(goals.sheet);
      const header = ctx.workbook.tables.getItem("tblGoals").getHeaderRowRange().load("columnCount,columnIndex,rowIndex,values");
      await ctx.sync();
      const last = header.getCell(0, header.columnCount - 1);
      last.values = [["Remarque"]];
      sheet.getRangeByIndexes(header.rowIndex, header.columnIndex + header.columnCount, 2, 1).values = [["Voisin"], [1]];
      ctx.workbook.tables.add(sheet.getRangeByIndexes(header.rowIndex, header.columnIndex + header.columnCount, 2, 1), true).name = "tblNeighbour";
      await ctx.sync();
      void header.values;
    });
    const status = await planner(double, "en").readStatus();
    const stage = status.stages.find((s) => s.number === 2)!;
    expect(stage.status).toBe("blocked");
    expect(stage.details.join(" ")).toMatch(/^The "Objectifs prioritaires" table lacks "[^"]+", but "tblNeighbour" stands to its right on "2 Priorités"\. Move "tblNeighbour" 1 column further right \(cut and paste it\), then press Set up this stage\.$/);
  });
});

describe.each(["en", "fr"] as const)("a %s workbook set up again from the pane", (lang) => {
  test("writes the settings changed into its Value cells, « Valeur » in French, read back as the plan's settings", async () => {
    const double = createExcelDouble();
    const planned = { ...settings, language: lang };
    await planner(double, "fr").setUp({ settings: planned });
    const report = await planner(double, "fr").setUp({ settings: { ...planned, title: "Plan national M&D 2027", currency: "EUR" } });
    expect(report.status.settings).toMatchObject({ title: "Plan national M&D 2027", currency: "EUR", language: lang });
    const status = await planner(double, "en").readStatus();
    expect(status.settings).toMatchObject({ title: "Plan national M&D 2027", currency: "EUR" });
  });
});
