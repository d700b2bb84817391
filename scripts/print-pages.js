#!/usr/bin/env node
// npm run print-pages: the sample's Dashboard and IPTT printed by LibreOffice (as a donor saves
// them as PDF), each page as a PNG in docs/images/ for the README. Needs LibreOffice, Carlito and
// Poppler (node scripts/ensure-system-packages.js installs them).
require("./ts-register");
const { execFileSync } = require("child_process");
const { copyFileSync } = require("fs");
const { join } = require("path");
const { newPlanWorkbook } = require("../src/hosts/xlsx/plan-file.ts");
const { SAMPLE_DATA, SAMPLE_SETTINGS } = require("../src/model/sample/sample-plan.ts");
const { printSheet } = require("../test/support/print-pdf.ts");

const OUT = join(__dirname, "..", "docs", "images");
const SHEETS = [
  ["Dashboard", "print-dashboard"],
  ["6 IPTT", "print-iptt"],
];

async function main() {
  const { bytes } = await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA);
  for (const [sheet, stem] of SHEETS) {
    const printed = await printSheet(bytes, sheet);
    copyFileSync(printed.pdf, join(OUT, `${stem}.pdf`));
    // 70 dpi: a landscape letter page 770 px wide, readable on GitHub, small in the repository.
    execFileSync("pdftoppm", ["-png", "-r", "70", printed.pdf, join(OUT, stem)]);
    console.log(`${sheet}: ${printed.pages.length} page(s) -> docs/images/${stem}-*.png`);
  }
}

main().catch((e) => {
  console.error(`print-pages failed: ${e && e.stack ? e.stack : e}`);
  process.exitCode = 1;
});
