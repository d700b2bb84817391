#!/usr/bin/env node
// npm run bench [-- --json]: speed and request figures of both hosts. See scripts/bench/*.ts.
// One part alone: --pane-only (the pane's loading figures), --combine-only (mdplan combine of 20 and 200 plans).
require("./ts-register");
// Every Excel double runs behind Microsoft's office.js client, as in the tests.
require("../test/support/office-js/setup.ts");
require("./bench/main.ts")
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(`bench failed: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
