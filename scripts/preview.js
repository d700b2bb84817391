#!/usr/bin/env node
// npm run preview: builds the preview page and serves it on http://localhost:<free port>/.
// The real task pane over an in-memory workbook, without Excel. Options: --no-build (serve the last
// build), --port N. Query parameters are listed in src/preview/index.tsx (?theme=dark, ?api=1.3, ...).
"use strict";

const fs = require("fs");
const path = require("path");
const { buildPreview } = require("./build-preview");
const { serveStatic } = require("./serve-static");
const { PREVIEW_OUT } = require("../webpack.preview.config.js");

async function main(argv) {
  const portAt = argv.indexOf("--port");
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  const out = argv.includes("--no-build") && fs.existsSync(path.join(PREVIEW_OUT, "index.html")) ? PREVIEW_OUT : await buildPreview();
  const server = await serveStatic(out, { port });
  console.log(`M&D Planner preview: ${server.url}`);
  console.log(`  themes: ${server.url}?theme=dark  ${server.url}?theme=contrast`);
  console.log(`  a filled plan: ${server.url}?workbook=user-rows   with faults to check: ${server.url}?workbook=faulty`);
  console.log(`  an Excel without ExcelApi 1.4: ${server.url}?api=1.3`);
  console.log("Press Ctrl+C to stop.");
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e.message || e);
  process.exitCode = 1;
});
