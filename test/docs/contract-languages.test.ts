/** The contract's words in three languages (docs/) say what the model writes: regenerate with npm run docs:languages. */
import { readFileSync } from "fs";
import { join } from "path";
import { contractLanguagesMarkdown, CONTRACT_LANGUAGES_DOC } from "../../scripts/docs/contract-languages";
import { KEY_COLUMNS } from "../../src/model/contract";

test("docs/workbook-contract-languages.md is up to date with the model's terms", () => {
  const written = readFileSync(join(__dirname, "..", "..", CONTRACT_LANGUAGES_DOC), "utf8");
  expect(written).toBe(contractLanguagesMarkdown());
});

test("it gives every key column of every contract table in English, French and Spanish", () => {
  const doc = contractLanguagesMarkdown();
  const keyRows = doc.split("## Value sets")[0].split("\n").filter((l) => l.startsWith("| `tbl"));
  expect(keyRows.length).toBe(Object.values(KEY_COLUMNS).flat().length);
  // Each row: table, English, French, Spanish, none blank; most headers do change.
  const cells = keyRows.map((l) => l.slice(2, -2).split(" | "));
  expect(cells.every((c) => c.length === 4 && c.every((x) => x.trim()))).toBe(true);
  expect(cells.filter((c) => c[2] !== c[1]).length).toBeGreaterThan(cells.length * 0.8);
  expect(doc).toContain("| `tblActions` | Action ID | ID action |");
});
