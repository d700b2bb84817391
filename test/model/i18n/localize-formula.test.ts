/** Formulas in the workbook's language: what changes (sheets, headers, compared values) and what must not. */
import { localizeFormula } from "../../../src/model/i18n/workbook/localize-formula";
import type { TermMap } from "../../../src/model/i18n/workbook/terms";

const TERMS: Record<string, Record<string, string>> = {
  sheets: { Settings: "Paramètres", "3 Plan of Action": "3 Plan d’action", Dashboard: "Tableau de bord" },
  headers: { Budget: "Budget prévu", Status: "Statut", "Action ID": "ID action", "Weird [1]": "Bizarre #1" },
  values: { Ongoing: "En cours", Yes: "Oui", 'Say "hi"': 'Dire "salut"' },
};
const map: TermMap = (kind, english) => TERMS[kind]?.[english] ?? english;
const fr = (f: string) => localizeFormula(f, map);

describe("a formula in the workbook's language", () => {
  it("renames the headers of structured references, in every form the model writes", () => {
    expect(fr("=SUM(tblActions[Budget])")).toBe("=SUM(tblActions[Budget prévu])");
    expect(fr("=tblActions[[#This Row],[Budget]]")).toBe("=tblActions[[#This Row],[Budget prévu]]");
    expect(fr("=SUM(tblActions[[#This Row],[Budget]:[Status]])")).toBe("=SUM(tblActions[[#This Row],[Budget prévu]:[Statut]])");
    expect(fr("=ROWS(tblActions[#Data])")).toBe("=ROWS(tblActions[#Data])");
  });

  it("escapes and unescapes the characters structured references reserve", () => {
    expect(fr("=tblX[Weird '[1']]")).toBe("=tblX[Bizarre '#1]");
  });

  it("renames sheets, quoting a name that needs it", () => {
    // Excel leaves a name of letters bare, accented ones too: only the space, the digit and the apostrophe call for quotes.
    expect(fr("=Settings!$B$3")).toBe("=Paramètres!$B$3");
    expect(fr("='3 Plan of Action'!A1:'3 Plan of Action'!B2")).toBe("='3 Plan d’action'!A1:'3 Plan d’action'!B2");
    expect(fr("=Dashboard!A1+1")).toBe("='Tableau de bord'!A1+1");
  });

  it("puts compared values in the language, and leaves other text, functions and names alone", () => {
    expect(fr('=COUNTIFS(tblActions[Status],"Ongoing",tblActions[Budget],"<>")')).toBe('=COUNTIFS(tblActions[Statut],"En cours",tblActions[Budget prévu],"<>")');
    expect(fr('=IF(A1="Yes","ongoing","Other")')).toBe('=IF(A1="Oui","ongoing","Other")');
    expect(fr('=IF(X1="Say ""hi""",1,0)')).toBe('=IF(X1="Dire ""salut""",1,0)');
    // A criterion: the operator stays, the value after it is translated.
    expect(fr('=COUNTIFS(tblX[Status],"<>Ongoing",tblX[Status],"=Yes",tblX[Budget],">=5")')).toBe('=COUNTIFS(tblX[Statut],"<>En cours",tblX[Statut],"=Oui",tblX[Budget prévu],">=5")');
    expect(fr("=_xlfn.MAXIFS(tblActions[Budget],tblActions[Status],planFrequency)*1E5+A1")).toBe("=_xlfn.MAXIFS(tblActions[Budget prévu],tblActions[Statut],planFrequency)*1E5+A1");
  });

  it("does not rename a header or a sheet inside a text, nor text inside a header", () => {
    expect(fr('="Budget"&tblActions[[#This Row],[Status]]')).toBe('="Budget"&tblActions[[#This Row],[Statut]]');
    expect(fr('="Settings!A1"')).toBe('="Settings!A1"');
  });

  it("says where a formula is broken rather than guessing", () => {
    expect(() => fr('=IF(A1="open,1)')).toThrow(/Unclosed "/);
    expect(() => fr("=tblActions[[#This Row],[Budget]")).toThrow(/Unclosed \[/);
  });
});
