/** `mdplan refresh` on workbooks of another contract version: older ones are upgraded, newer ones left as they are. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { editFile, setConstantName } from "../../corpus/edit-file";
import { readXlsx } from "../../support/xlsx-values";

async function refreshed(version: string) {
  const bytes = await editFile((ed) => setConstantName(ed.names, "mdContractVersion", version));
  const dir = mkdtempSync(join(tmpdir(), "mdplan-version-"));
  writeFileSync(join(dir, "before.xlsx"), bytes);
  const result = await refreshPlanWorkbook("before.xlsx", bytes);
  writeFileSync(join(dir, "after.xlsx"), result.bytes);
  return { before: await readXlsx(join(dir, "before.xlsx")), after: await readXlsx(join(dir, "after.xlsx")), notices: result.notices, bytes: { in: bytes, out: result.bytes } };
}

test("a version 0 workbook comes out recording version 1, once", async () => {
  const { before, after, notices } = await refreshed("0");
  expect(before.names.get("mdContractVersion")).toBe("0");
  expect(after.names.get("mdContractVersion")).toBe("1");
  expect([...after.names.keys()].filter((n) => n === "mdContractVersion")).toHaveLength(1);
  expect(notices.some((n) => /now records version 1/.test(n.message))).toBe(true);
}, 60_000);

test("a version 2 workbook comes out byte for byte as it went in", async () => {
  const { before, after, notices, bytes } = await refreshed("2");
  expect(bytes.out).toEqual(bytes.in);
  expect(after.names.get("mdContractVersion")).toBe("2");
  expect(after.table("tblDashboard").rows).toEqual(before.table("tblDashboard").rows);
  expect(notices).toEqual([expect.objectContaining({ level: "error" })]);
}, 60_000);
