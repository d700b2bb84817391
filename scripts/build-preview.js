#!/usr/bin/env node
// Builds the preview page (webpack.preview.config.js) into test-output/preview/, production mode.
"use strict";

const path = require("path");

/** @returns {Promise<string>} the output folder */
function buildPreview({ quiet = false } = {}) {
  const webpack = require("webpack");
  const makeConfig = require(path.join(__dirname, "..", "webpack.preview.config.js"));
  const config = makeConfig({}, { mode: "production" });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(`The preview build failed:\n${stats.toString("errors-only")}`));
      if (!quiet) console.log(`Built the preview into ${path.relative(process.cwd(), config.output.path) || "."} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      resolve(config.output.path);
    });
  });
}

module.exports = { buildPreview };

if (require.main === module) {
  buildPreview().catch((e) => {
    console.error(e.message || e);
    process.exitCode = 1;
  });
}
