// Before the browser tests: Chromium must be there (fail with how to get it, never skip), and the
// preview page is built once for all test files (E2E_SKIP_BUILD=1 reuses the last build).
"use strict";

const fs = require("fs");
const path = require("path");

module.exports = async function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `The browser tests need Chromium at ${chromium}, and it is missing. Install it with ` +
        "`node scripts/ensure-system-packages.js chromium` (as root: apt-get install -y --no-install-recommends chromium), " +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary. `npx playwright install` cannot download browsers here.",
    );
  }
  const { PREVIEW_OUT } = require("../../webpack.preview.config.js");
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(PREVIEW_OUT, "index.html"))) return;
  const { buildPreview } = require("../../scripts/build-preview.js");
  await buildPreview();
};
