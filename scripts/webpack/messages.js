/**
 * The message catalogues in a browser build (webpack.config.js, webpack.preview.config.js): each
 * catalogue's JSON parsed at build time (precompile-messages.js) and FormatJS's parser replaced by
 * its no-parser build (the ES module one, lib/), which formats parsed messages only (about 10 KB gzip less in the pane).
 * FormatJS imports its helpers from tslib, whose "import" entry re-exports the whole CommonJS
 * file: its ES module build lets webpack keep only the helpers used (about 4 KB gzip less).
 */
"use strict";

const path = require("path");

const messagesRule = {
  test: /[\\/]src[\\/]model[\\/]i18n[\\/][^\\/]+[\\/][a-z]{2}\.json$/,
  // The workbook's terms are plain words (sheet names, headers, values), not ICU messages.
  exclude: /[\\/]i18n[\\/]workbook[\\/]/,
  type: "json",
  use: [{ loader: path.join(__dirname, "precompile-messages.js") }],
};

const messagesAlias = {
  "@formatjs/icu-messageformat-parser$": require.resolve("@formatjs/icu-messageformat-parser/lib/no-parser.js"),
};

/** For FormatJS's own modules only: Griffel's loader runs our style modules in Node, where tslib must stay CommonJS. */
const formatjsRule = {
  test: /[\\/]node_modules[\\/](intl-messageformat|@formatjs)[\\/]/,
  resolve: { alias: { tslib$: require.resolve("tslib/tslib.es6.mjs") } },
};

module.exports = { messagesRules: [messagesRule, formatjsRule], messagesAlias };
