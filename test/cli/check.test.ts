/** `mdplan check` as a donor runs it: over files and folders, as text, JSON and an HTML report. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { openWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { findTableModel } from "../../src/hosts/xlsx/tables";
import { parseRange, cellAddress, sheetPrefix } from "../../src/model/address";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";

const dir = mkdtempSync(join(tmpdir(), "mdplan-check-"));
const samplePath = join(dir, "sample.xlsx");
const faultyPath = join(dir, "faulty.xlsx");

/** The address of a body cell of a table, found by the row's first-column value and a header. */
function addressOf(tableRef: string, headers: string[], rowIndex: number, header: string, sheet: string): string {
  const p = parseRange(tableRef);
  return `${sheetPrefix(sheet)}${cellAddress(p.row + 1 + rowIndex, p.col + headers.indexOf(header))}`;
}

let goalCell = "";
let budgetCell = "";
let fundingCell = "";

beforeAll(async () => {
  writeFileSync(samplePath, (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  const { workbook } = await openWorkbook(samplePath, readFileSync(samplePath));
  const actions = findTableModel(workbook, "tblActions")!;
  const headers = actions.model.columns.map((c) => c.name);
  const set = (rowIndex: number, header: string, value: unknown) => {
    const p = parseRange(actions.model.tableRef!);
    actions.ws.getCell(p.row + 2 + rowIndex, p.col + 1 + headers.indexOf(header)).value = value as never;
  };
  set(1, "Goal ID", "<b>G9</b>");
  set(2, "Budget", "lots");
  goalCell = addressOf(actions.model.tableRef!, headers, 1, "Goal ID", "3 Plan of Action");
  budgetCell = addressOf(actions.model.tableRef!, headers, 2, "Budget", "3 Plan of Action");
  const funding = findTableModel(workbook, "tblFunding")!;
  const fHeaders = funding.model.columns.map((c) => c.name);
  const fp = parseRange(funding.model.tableRef!);
  funding.ws.getCell(fp.row + 2, fp.col + 1 + fHeaders.indexOf("Action ID")).value = "A99";
  fundingCell = addressOf(funding.model.tableRef!, fHeaders, 0, "Action ID", "4 Capacity & resources");
  await workbook.xlsx.writeFile(faultyPath);
}, 60_000);

test("the sample plan has no errors: exit 0 and a summary line", async () => {
  const r = await main(["check", samplePath]);
  expect(r.out.join("\n")).not.toMatch(/\berror\b {2}/);
  expect(r.code).toBe(0);
  const summary = r.out[r.out.length - 1];
  expect(summary).toMatch(/sample\.xlsx\s+0\s+\d+\s+4\s+7\s+5,910,000/);
});

test("a faulty copy: exit 1, each finding at the cell at fault, in JSON too", async () => {
  const text = await main(["check", faultyPath]);
  expect(text.code).toBe(1);
  const lines = text.out.join("\n");
  expect(lines).toContain(goalCell);
  const json = await main(["check", faultyPath, "--json"]);
  expect(json.code).toBe(1);
  const report = JSON.parse(json.out[0]);
  expect(report.file).toBe(faultyPath);
  const at = (cell: string) => report.findings.filter((f: { cell: string }) => f.cell === cell);
  expect(at(goalCell)[0]).toMatchObject({ severity: "error", table: "tblActions", id: "A2", column: "Goal ID" });
  expect(at(goalCell)[0].message).toContain("<b>G9</b>");
  expect(at(budgetCell)[0]).toMatchObject({ severity: "error", id: "A3", column: "Budget" });
  expect(at(budgetCell)[0].message).toContain("lots");
  expect(at(fundingCell)[0]).toMatchObject({ severity: "error", table: "tblFunding", column: "Action ID" });
  expect(report.summary.errors).toBeGreaterThanOrEqual(3);
});

test("a folder with a corrupt file and a non-workbook: exit 2, the others still checked, one array", async () => {
  const folder = join(dir, "submissions");
  mkdirSync(folder);
  writeFileSync(join(folder, "a-sample.xlsx"), readFileSync(samplePath));
  writeFileSync(join(folder, "b-corrupt.xlsx"), readFileSync(samplePath).subarray(0, 3000));
  writeFileSync(join(folder, "c-notes.xlsx"), "minutes of the meeting");
  writeFileSync(join(folder, "readme.txt"), "not a workbook, not checked");
  const r = await main(["check", folder, "--json"]);
  expect(r.code).toBe(2);
  const results = JSON.parse(r.out[0]);
  expect(results.map((x: { file: string }) => x.file.split("/").pop())).toEqual(["a-sample.xlsx", "b-corrupt.xlsx", "c-notes.xlsx"]);
  expect(results[0].summary.errors).toBe(0);
  expect(results[1].error).toMatch(/b-corrupt\.xlsx: is damaged/);
  expect(results[2].error).toMatch(/c-notes\.xlsx: is a text file, not an Excel workbook/);
});

test("--report writes a self-contained HTML page where cell text stays text", async () => {
  const report = join(dir, "report.html");
  const r = await main(["check", samplePath, faultyPath, "--report", report]);
  expect(r.code).toBe(1);
  const html = readFileSync(report, "utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).not.toMatch(/<(script|link|img)\b|src=|href=/i);
  expect(html).toContain("&lt;b&gt;G9&lt;/b&gt;");
  expect(html).not.toContain("<b>G9</b>");
  expect(html).toContain("faulty.xlsx");
});

test("usage errors of check exit 2", async () => {
  expect((await main(["check"])).code).toBe(2);
  expect((await main(["check", samplePath, "--html"])).out[0]).toMatch(/unknown option --html/);
});
