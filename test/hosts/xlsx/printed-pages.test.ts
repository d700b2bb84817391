/**
 * The sample's Dashboard and IPTT as a donor prints them (LibreOffice with Carlito, Calibri's
 * metrics): landscape, one page wide, every figure readable (no "###"), the plan named in the
 * footer, and the Dashboard's headline and charts on its first page.
 */
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { DASHBOARD_SHEET } from "../../../src/model/stages/dashboard";
import { IPTT_SHEET } from "../../../src/model/derived/iptt";
import { MONITORING_STAGE } from "../../../src/model/registry";
import { printSheet, type Printed } from "../../support/print-pdf";

jest.setTimeout(240_000);

let dashboard: Printed;
let iptt: Printed;
let monitoring: Printed;

beforeAll(async () => {
  const { bytes } = await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA);
  dashboard = await printSheet(bytes, DASHBOARD_SHEET);
  iptt = await printSheet(bytes, IPTT_SHEET);
  monitoring = await printSheet(bytes, MONITORING_STAGE.sheets.main.name);
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

test("figures print as people write them: thousands separated, decimals only where typed, no trailing dot; helper columns do not print", () => {
  const lines = words(monitoring).split("\n");
  const row = (id: string) => lines.find((l) => new RegExp(`^${id}\\s`).test(l)) ?? "";
  // I3: baseline 2000, target 30000; I4: baseline 7.5, target 3.
  expect(row("I3")).toMatch(/\s2,000\s+2024\s+30,000\s+2028\s/);
  expect(row("I4")).toMatch(/\s7\.5\s+2024\s+3\s+2028\s/);
  expect(words(monitoring)).not.toMatch(/\d\.(\s|$)/m);
  expect(words(monitoring)).not.toContain("Latest period key");
  expect(words(monitoring)).toContain("Latest value");
});
