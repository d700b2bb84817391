/**
 * A hand-made plan's export equals the file worked out by hand (expected/small-plan.xml), element
 * by element: A1's budget of 1,000 over 2026-07-01..2027-06-30 is 184/365 in 2026 (504.11) and the
 * rest in 2027 (495.89); I1 moves from 10 (2025) to 30 (2027), so the IPTT's 2026 target is 20;
 * 2026's total is 18 with 20 for women and 16 for men; the State budget's nil disbursement is no
 * transaction. Its JSON holds the same content as its XML.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { buildIatiActivities, iatiJson, iatiXml, type IatiActivities } from "../../../src/model/iati";
import { fromXml } from "./read-back";
import { planOf, schemaErrors } from "./iati-support";
import { SMALL_DATA, SMALL_SETTINGS } from "./small-plan";

const now = new Date("2026-12-01T12:00:00Z");
let file: IatiActivities;
let xml: string;
beforeAll(async () => {
  file = buildIatiActivities(await planOf(SMALL_SETTINGS, SMALL_DATA), { now });
  xml = iatiXml(file);
}, 60000);

const lines = (text: string) => text.split("\n");

test("the small plan's export equals the file worked out by hand, line by line", () => {
  const expected = readFileSync(join(__dirname, "expected", "small-plan.xml"), "utf8");
  // Line by line first, so a difference names its element.
  lines(expected).forEach((line, i) => expect(`${i + 1}: ${lines(xml)[i]}`).toBe(`${i + 1}: ${line}`));
  expect(xml).toBe(expected);
});

test("the small plan's export is valid against the IATI 2.03 schema", () => {
  expect(schemaErrors(xml)).toBe("");
});

test("the JSON holds the XML's content, no more and no less", () => {
  const json = JSON.parse(iatiJson(file)) as IatiActivities;
  expect(json).toEqual(fromXml(xml));
  // toEqual leaves out undefined keys: the same keys, both ways, too.
  expect(JSON.stringify(json)).toBe(JSON.stringify(fromXml(xml)));
});

test("the file worked out by hand reads back as the JSON says", () => {
  const expectedFile = readFileSync(join(__dirname, "expected", "small-plan.xml"), "utf8");
  expect(fromXml(expectedFile)).toEqual(JSON.parse(iatiJson(file)));
});
