/** One pattern for where table parts live, for the reader's clean-up and the writer's fix-ups alike. */
import { isTablePartPath } from "../../../../src/hosts/xlsx/package/table-parts";

test.each([
  ["xl/tables/table1.xml", true],
  ["xl/tables/table12.xml", true],
  // Other tools name table parts as they like: the fix-ups' own pattern (table\d+) skipped these.
  ["xl/tables/tblActions.xml", true],
  ["xl/Tables/TABLE1.xml", true],
  ["xl/tables/_rels/table1.xml.rels", false],
  ["xl/tables/sub/table1.xml", false],
  ["xl/worksheets/sheet1.xml", false],
  ["xl/tables/table1.xml.bak", false],
])("%s is a table part: %s", (path, expected) => {
  expect(isTablePartPath(path)).toBe(expected);
});
