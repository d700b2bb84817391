/**
 * Webpack loader for the message catalogues (src/model/i18n/<area>/<language>.json): each ICU
 * message parsed at build time, so the pane's bundle takes FormatJS without its parser
 * (webpack.config.js aliases it to no-parser) and starts formatting at once. A message that does
 * not parse fails the build, naming the file and key. Jest and the command line read the JSON
 * as written and parse on first use.
 */
"use strict";

const { parse } = require("@formatjs/icu-messageformat-parser");

module.exports = function precompileMessages(source) {
  const messages = JSON.parse(source);
  const parsed = {};
  for (const [key, text] of Object.entries(messages)) {
    try {
      parsed[key] = parse(text, { ignoreTag: true });
    } catch (e) {
      throw new Error(`${this.resourcePath}: message "${key}" is not valid ICU MessageFormat: ${e.message}`);
    }
  }
  return JSON.stringify(parsed);
};
