/*
 * Build of the Excel add-in (task pane + ribbon function file) into dist/.
 *
 *   npm run build        production: minified; dist/manifest.xml points at config.productionUrl
 *   npm run build:dev    development build, manifest unchanged (https://localhost:3000/)
 *   npm start            development server on https://localhost:3000 (scripts/start.js)
 *
 * office.js: the pages load Microsoft's CDN copy in production (Microsoft asks store add-ins to do
 * so) and the local copy office/office.js in development. OFFICE_JS=local forces the local copy in
 * any build (browser tests without network); OFFICE_JS=cdn forces the CDN.
 * Only office.js (+ o15apptofilemappingtable.js) is copied into dist/office/; inside Office,
 * office.js loads host-specific files from its own folder, so the development server also serves
 * the whole @microsoft/office-js/dist folder at /office/ (no copying, no minifying).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const pkg = require("./package.json");
const { messagesAlias, messagesRules } = require("./scripts/webpack/messages");
const { typescriptRule } = require("./scripts/webpack/typescript-rule");

const ROOT = __dirname;
const DEV_URL = pkg.config.devUrl; // https://localhost:3000/
const PROD_URL = pkg.config.productionUrl;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office/office.js";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const DEV_PORT = Number(new URL(DEV_URL).port || 443);

/** Which office.js the HTML pages load. */
function officeJsUrl(production, env = process.env) {
  const choice = (env.OFFICE_JS || "").toLowerCase();
  if (choice === "local") return OFFICE_JS_LOCAL;
  if (choice === "cdn") return OFFICE_JS_CDN;
  if (choice) throw new Error(`OFFICE_JS must be "local" or "cdn", not "${env.OFFICE_JS}"`);
  return production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
}

/**
 * The manifest as deployed: in production every development URL is replaced by the production
 * one (and the bare development origin, as used in AppDomains, by the production origin), and
 * <Version> follows package.json.
 * @param {string} xml manifest.xml text
 * @param {boolean} production
 * @param {{devUrl?: string, productionUrl?: string, version?: string}} [opts]
 */
function transformManifest(xml, production, opts = {}) {
  const devUrl = opts.devUrl || DEV_URL;
  const prodUrl = opts.productionUrl || PROD_URL;
  const version = opts.version || pkg.version;
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (production) {
    const devOrigin = new URL(devUrl).origin;
    const prodOrigin = new URL(prodUrl).origin;
    out = out.split(devUrl).join(prodUrl).split(devOrigin).join(prodOrigin);
  }
  return out;
}

/** "0.1.0" -> "0.1.0.0" (Office wants four numeric parts). */
function manifestVersion(semver) {
  const parts = String(semver).split(/[.+-]/).slice(0, 3).map((p) => String(parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

const SUPPORT_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>M&amp;D Planner: help</title>
  <style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}</style>
</head>
<body>
  <h1><img src="assets/icon-32.png" alt="" width="32" height="32" style="vertical-align:middle" /> M&amp;D Planner</h1>
  <p>An Excel add-in that helps plan how migration is mainstreamed into development planning.</p>
  <p>Open it in Excel from <strong>Home &gt; M&amp;D Planner</strong>. It needs Excel with ExcelApi 1.4 or later
  (Excel 2016 with updates, Microsoft 365, Excel on the web, Excel for Mac). Some features (conditional formats,
  freeze panes, tab colours, data validation) need newer Excel versions; the add-in tells you when one is missing.</p>
  <p>The same planning workbooks can be built and checked without Excel with the command line tool:
  <code>npx mdplan --help</code>.</p>
</body>
</html>
`;

module.exports = async (env = {}, argv = {}) => {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");

  const mode = argv.mode || (process.env.NODE_ENV === "production" ? "production" : "development");
  const production = mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE || process.env.WEBPACK_SERVE);
  const officeJs = officeJsUrl(production);

  const officeCopies = ["office.js", "o15apptofilemappingtable.js"]
    .map((name) => path.join(OFFICE_JS_DIST, name))
    .filter((file) => fs.existsSync(file))
    .map((from) => ({ from, to: "office/[name][ext]", info: { minimized: true } }));

  const config = {
    mode,
    context: ROOT,
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (src/taskpane/lazy-views.tsx, lazy-office-planner.ts) sit beside
      // taskpane.js, wherever it is served from ("auto": the folder of the script that loads them).
      // In production their names carry their content's hash: a taskpane.js cached from an earlier
      // release asks for its own chunks, never a newer one built against other module ids (and one
      // gone from the server is said in plain words, with a way to try again).
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
      alias: messagesAlias,
    },
    module: {
      rules: [
        ...messagesRules,
        typescriptRule({ sourceMap: true }),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs },
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        templateContent: SUPPORT_HTML,
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          ...officeCopies,
          {
            from: "manifest.xml",
            to: "manifest.xml",
            info: { minimized: true },
            transform: (content) => transformManifest(content.toString("utf8"), production),
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: production ? "normal" : "minimal",
  };

  if (serving) {
    const { ensureDevCerts } = require("./scripts/dev-certs");
    const certs = await ensureDevCerts();
    config.devServer = {
      port: DEV_PORT,
      host: "localhost",
      server: {
        type: "https",
        options: { key: fs.readFileSync(certs.key), cert: fs.readFileSync(certs.cert), ca: fs.readFileSync(certs.ca) },
      },
      headers: { "Access-Control-Allow-Origin": "*" },
      // All of office.js' host files, so the local office.js also works inside Office.
      static: [{ directory: OFFICE_JS_DIST, publicPath: "/office", watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      hot: true,
      open: false,
    };
  }

  return config;
};

module.exports.transformManifest = transformManifest;
module.exports.officeJsUrl = officeJsUrl;
module.exports.manifestVersion = manifestVersion;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
