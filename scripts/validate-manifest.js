#!/usr/bin/env node
/*
 * Offline check of the add-in manifest against Microsoft's published XSDs, with xmllint.
 * (`office-addin-manifest validate` posts the file to a Microsoft web service instead.)
 *
 *   npm run validate                 checks manifest.xml, and dist/manifest.xml when it exists
 *   node scripts/validate-manifest.js FILE...
 *
 * Schemas: the folder named by MDPLAN_SCHEMAS, else ../shared/schemas next to the project; either
 * holds office-manifest/OfficeAppManifestV1_1.xsd (MDPLAN_SCHEMAS may also name office-manifest/
 * itself). Exit 0 when every file is valid, 1 otherwise or when schemas or xmllint are missing.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const XSD_NAME = "OfficeAppManifestV1_1.xsd";

const HOW_TO_GET_XMLLINT =
  "xmllint is missing: install it (Debian/Ubuntu: `apt-get install -y --no-install-recommends libxml2-utils`; " +
  "macOS: it ships with the system; Windows: use WSL or the libxml2 binaries) and run again.";
const HOW_TO_GET_SCHEMAS =
  "The Office add-in manifest XSDs are missing. Put Microsoft's published schemas (OfficeAppManifestV1_1.xsd, " +
  "OfficeAppBasicTypesV1_0.xsd, TaskPaneAppVersionOverridesV1_0.xsd, MailAppVersionOverridesV1_0.xsd/V1_1.xsd, " +
  "ContentAppVersionOverridesV1_0.xsd, as published in Microsoft's open specification of the add-in manifest " +
  "format [MS-OWEMXML], with the XML Schema namespace written with http:// so libxml2 accepts them) in " +
  "<schemas>/office-manifest/, where <schemas> is $MDPLAN_SCHEMAS or else ../shared/schemas next to the project.";

/** Where the schemas are looked for: $MDPLAN_SCHEMAS when set (and then only there), else ../shared/schemas. */
function candidates() {
  if (process.env.MDPLAN_SCHEMAS) return [path.resolve(process.env.MDPLAN_SCHEMAS)];
  return [path.resolve(ROOT, "..", "shared", "schemas")];
}

/**
 * The folder holding the manifest XSDs (…/office-manifest), or null when there is none.
 * @returns {string | null}
 */
function schemaDir() {
  for (const base of candidates()) {
    for (const dir of [path.join(base, "office-manifest"), base]) {
      if (fs.existsSync(path.join(dir, XSD_NAME))) return dir;
    }
  }
  return null;
}

/** Whether xmllint can be run. */
function hasXmllint() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

/**
 * What stops validation from running ("" when nothing does).
 * @returns {string}
 */
function missingPrerequisites() {
  const missing = [];
  if (!schemaDir()) missing.push(`${HOW_TO_GET_SCHEMAS} (looked in: ${candidates().join(", ")})`);
  if (!hasXmllint()) missing.push(HOW_TO_GET_XMLLINT);
  return missing.join("\n");
}

/**
 * Validates one manifest file against OfficeAppManifestV1_1.xsd.
 * @param {string} file
 * @returns {{ ok: boolean, output: string }}
 */
function validateManifest(file) {
  if (!fs.existsSync(file)) return { ok: false, output: `${file}: no such file` };
  const missing = missingPrerequisites();
  if (missing) return { ok: false, output: missing };
  const xsd = path.join(/** @type {string} */ (schemaDir()), XSD_NAME);
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, file], { encoding: "utf8" });
  if (r.error) return { ok: false, output: `xmllint could not run: ${r.error.message}` };
  const output = `${r.stdout || ""}${r.stderr || ""}`.trim();
  return { ok: r.status === 0, output };
}

function main(argv) {
  const files = argv.length
    ? argv.map((f) => path.resolve(f))
    : [path.join(ROOT, "manifest.xml"), path.join(ROOT, "dist", "manifest.xml")].filter(
        (f, i) => i === 0 || fs.existsSync(f),
      );
  const missing = missingPrerequisites();
  if (missing) {
    console.error(`Cannot validate the manifest offline:\n${missing}`);
    return 1;
  }
  let failures = 0;
  for (const file of files) {
    const { ok, output } = validateManifest(file);
    const name = path.relative(process.cwd(), file) || file;
    if (ok) {
      console.log(`OK    ${name} (against ${path.join(schemaDir() || "", XSD_NAME)})`);
    } else {
      failures++;
      console.error(`FAIL  ${name}\n${output}`);
    }
  }
  return failures ? 1 : 0;
}

module.exports = { validateManifest, schemaDir, hasXmllint, missingPrerequisites };

if (require.main === module) process.exit(main(process.argv.slice(2)));
