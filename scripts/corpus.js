#!/usr/bin/env node
// npm run corpus [-- DIR] [--big]: writes the bad-workbook corpus and prints how both hosts answer it.
require("./ts-register");
require("../test/corpus/report.ts")
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(`corpus failed: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
