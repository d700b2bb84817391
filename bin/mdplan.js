#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm install` (the prepare script); say so plainly if it is missing.
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "cli", "main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error("mdplan: the command line tool is not built yet. Run `npm install` (or `npm run build:cli`) in the project folder.");
    process.exit(1);
  }
  throw e;
}
// `mdplan check ... | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
    throw e;
  });
}
cli.main(process.argv.slice(2)).then((r) => {
  // A report is the result, even when it finds errors; other lines on failure are error messages.
  const stream = r.code === 0 || r.report ? process.stdout : process.stderr;
  for (const line of r.out) stream.write(line + "\n");
  process.exitCode = r.code;
});
