/**
 * The sample's Dashboard and IPTT as a donor prints them (LibreOffice with Carlito, Calibri's
 * metrics): landscape, one page wide, every figure readable (no "###"), the plan named in the
 * footer, and the Dashboard's headline and charts on its first page.
 */
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { DASHBOARD_SHEET } from "../../../src/model/stages/dashboard";
import { IPTT_SHEET } from "../../../src/model/derived/iptt";
import { printSheet, type Printed } from "../../support/print-pdf";

jest.setTimeout(240_000);

let dashboard: Printed;
let iptt: Printed;

beforeAll(async () => {
  const { bytes } = await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA);
  dashboard = await printSheet(bytes, DASHBOARD_SHEET);
  iptt = await printSheet(bytes, IPTT_SHEET);
});

const words = (p: Printed) => p.pages.map((page) => page.text).join("\n");

describe.each([
  ["Dashboard", () => dashboard],
  ["IPTT", () => iptt],
])("%s printed", (_name, printed) => {
  test("every page is landscape", () => {
    for (const page of printed().pages) expect(page.widthPts).toBeGreaterThan(page.heightPts);
  });

  test("no figure shows as ###", () => {
    expect(words(printed())).not.toMatch(/#{3,}/);
  });

  test("each page's footer names the plan and counts the pages", () => {
    const n = printed().pages.length;
    printed().pages.forEach((page, i) => {
      expect(page.text).toContain(SAMPLE_SETTINGS.title);
      expect(page.text).toContain(`Page ${i + 1} of ${n}`);
    });
  });
});

test("the IPTT is one page wide: its first and last columns print on the same page, the header on every page", () => {
  const lastYear = SAMPLE_SETTINGS.endYear;
  // Each indicator's ID and name share a line with its last period's "% achieved" header above.
  expect(iptt.pages[0].text).toMatch(/I1\s+Recruitment cost/);
  for (const page of iptt.pages) expect(page.text).toContain(`${lastYear} %`);
});

test("the Dashboard prints on at most 2 pages, its headline figures and both charts' titles on the first", () => {
  expect(dashboard.pages.length).toBeLessThanOrEqual(2);
  const first = dashboard.pages[0].text;
  for (const label of ["Items under way", "Budget under way", "Funding gap", "Indicators off track"]) expect(first).toContain(label);
  expect(first).toContain("Indicators by status");
  expect(first).toContain("Budget under way by priority goal");
});
