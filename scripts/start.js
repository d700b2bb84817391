#!/usr/bin/env node
/*
 * npm start: development server for the add-in on https://localhost:3000 (webpack-dev-server,
 * development build, live reload), then how to sideload manifest.xml into Excel.
 * Stop with Ctrl+C.
 */
"use strict";

const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const pkg = require(path.join(ROOT, "package.json"));
const DEV_URL = pkg.config.devUrl;
const MANIFEST = path.join(ROOT, "manifest.xml");
const MAC_WEF = "~/Library/Containers/com.microsoft.Excel/Data/Documents/wef";

function sideloadingSteps() {
  return [
    "",
    `M&D Planner is served at ${DEV_URL}taskpane.html`,
    `Sideload the add-in with ${MANIFEST}:`,
    "  Excel on the web:",
    "    open a workbook, Home > Add-ins > More add-ins > Upload my add-in (or My add-ins > Upload), choose manifest.xml.",
    "  Excel on Windows:",
    "    `npm run start:desktop` (sideloads and opens Excel), or: share a folder holding manifest.xml, add its",
    "    \\\\machine\\share address under File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs",
    "    (tick Show in Menu), restart Excel, then Home > Add-ins > More add-ins > SHARED FOLDER > M&D Planner.",
    "  Excel on Mac:",
    `    mkdir -p ${MAC_WEF} && cp "${MANIFEST}" ${MAC_WEF}/`,
    "    then restart Excel and pick M&D Planner under Home > Add-ins (or run `npm run start:desktop`).",
    "  The add-in adds an \"M&D Planner\" button to the Home tab. Excel must trust the development certificate (see above).",
    "Without Excel, the command line tool builds and checks the same workbooks: `npx mdplan --help`",
    "Stop the server with Ctrl+C.",
    "",
  ].join("\n");
}

async function main() {
  process.env.WEBPACK_SERVE = "true";
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));

  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const { devServer, ...webpackConfig } = config;
  const compiler = webpack(webpackConfig);

  let printed = false;
  compiler.hooks.done.tap("md-planner-start", (stats) => {
    if (printed) return;
    printed = true;
    if (stats.hasErrors()) {
      console.error("The first build has errors (see above); the server keeps running and rebuilds on save.");
    }
    // After webpack-dev-server's own build summary, so the steps are the last thing on screen.
    setImmediate(() => console.log(sideloadingSteps()));
  });

  const server = new WebpackDevServer(devServer, compiler);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the development server ...`);
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  try {
    await server.start();
  } catch (err) {
    const e = /** @type {NodeJS.ErrnoException} */ (err);
    if (e && e.code === "EADDRINUSE") {
      console.error(`Port ${devServer.port} is already in use: stop the other server (another \`npm start\`?) and run again.`);
    } else {
      console.error(`The development server could not start: ${e && e.message ? e.message : e}`);
    }
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

module.exports = { sideloadingSteps };
