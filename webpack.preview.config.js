/*
 * Build of the preview page (npm run preview, npm run test:e2e): the real task pane over the
 * in-memory Excel double, beside a view of its sheets. Separate from webpack.config.js so the
 * add-in's own build stays as it is. Output: test-output/preview/ (git-ignored), or PREVIEW_OUT.
 *
 *   npx webpack -c webpack.preview.config.js --mode production
 */
"use strict";

const path = require("path");
const { messagesAlias, messagesRules } = require("./scripts/webpack/messages");
const { typescriptRule } = require("./scripts/webpack/typescript-rule");

const ROOT = __dirname;
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const OUT = process.env.PREVIEW_OUT ? path.resolve(process.env.PREVIEW_OUT) : path.join(ROOT, "test-output", "preview");

/**
 * The .xlsx writer's chunk is mostly exceljs' own minified browser build: minifying it again takes
 * most of the build's time and gains little. Assets marked minimized are left alone by the minimizer.
 */
class SkipMinifying {
  constructor(pattern) {
    this.pattern = pattern;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.compilation.tap("SkipMinifying", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SkipMinifying", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, (assets) => {
        for (const name of Object.keys(assets)) if (this.pattern.test(name)) compilation.updateAsset(name, (source) => source, { minimized: true });
      });
    });
  }
}

module.exports = (_env = {}, argv = {}) => {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");
  const production = (argv.mode || "production") === "production";
  return {
    mode: production ? "production" : "development",
    context: ROOT,
    devtool: production ? false : "eval-source-map",
    // "bare": a Fluent UI page with nothing of ours, the bench's yardstick for the pane's first render.
    entry: { preview: "./src/preview/index.tsx", bare: "./src/preview/bare-fluent.tsx" },
    output: { path: OUT, filename: "[name].js", publicPath: "auto", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".jsx", ".json"], alias: messagesAlias },
    module: {
      rules: [
        ...messagesRules,
        typescriptRule({ sourceMap: !production }),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new HtmlWebpackPlugin({ filename: "bare.html", title: "Bare Fluent UI page", chunks: ["bare"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "src/preview/excel-client.html", to: "excel-client.html" },
          ...["office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js"].map((name) => ({ from: path.join(OFFICE_JS_DIST, name), to: "office/[name][ext]", info: { minimized: true }, noErrorOnMissing: true })),
        ],
      }),
      new SkipMinifying(/^xlsx\./),
    ],
    optimization: { splitChunks: false },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};

module.exports.PREVIEW_OUT = OUT;
