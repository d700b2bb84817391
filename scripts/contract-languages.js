#!/usr/bin/env node
// npm run docs:languages: writes docs/workbook-contract-languages.md from the model's terms.
require("./ts-register");
const { writeFileSync } = require("fs");
const { join } = require("path");
const { contractLanguagesMarkdown, CONTRACT_LANGUAGES_DOC } = require("./docs/contract-languages.ts");
writeFileSync(join(__dirname, "..", CONTRACT_LANGUAGES_DOC), contractLanguagesMarkdown());
console.log(`Wrote ${CONTRACT_LANGUAGES_DOC}.`);
