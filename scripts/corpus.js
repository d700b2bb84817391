#!/usr/bin/env node
// npm run corpus [-- DIR] [--big]: writes the bad-workbook corpus and prints how both hosts answer it.
require("./ts-register");
// Every Excel double runs behind Microsoft's office.js client, as in the tests.
require("../test/support/office-js/setup.ts");
require("../test/corpus/report.ts")
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(`corpus failed: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
