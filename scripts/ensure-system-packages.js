#!/usr/bin/env node
// Installs the Debian packages the tests need (LibreOffice to recalculate workbooks, xmllint to
// validate the manifest, Chromium for the browser tests) when they are missing, or says plainly how
// to get them. With package names as arguments (`node scripts/ensure-system-packages.js chromium`),
// only those are checked.
const { execFileSync, spawnSync } = require("child_process");
const { existsSync } = require("fs");

const NEEDS = [
  { what: "LibreOffice (recalculates workbooks in tests)", found: () => existsSync("/usr/bin/soffice") || existsSync("/usr/lib/libreoffice/program/soffice"), pkg: "libreoffice-calc-nogui" },
  { what: "xmllint (validates manifest.xml)", found: () => spawnSync("xmllint", ["--version"]).status === 0, pkg: "libxml2-utils" },
  // openpyxl (the engine pandas writes Excel with) edits a plan in tests; Debian's own Python, not a pyenv one.
  { what: "openpyxl for Debian's Python (tests: a plan edited by openpyxl)", found: () => spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0, pkg: "python3-openpyxl" },
  // Carlito has Calibri's widths: LibreOffice lays out and prints the plan's sheets as Excel does (PDF tests).
  { what: "Carlito font (Calibri's metrics, for LibreOffice's PDF of the sheets)", found: () => existsSync("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"), pkg: "fonts-crosextra-carlito" },
  { what: "Poppler's pdftotext, pdfinfo and pdftoppm (tests read the printed pages)", found: () => spawnSync("pdfinfo", ["-v"]).status === 0, pkg: "poppler-utils" },
  // playwright-core drives Debian's Chromium; `npx playwright install` cannot download browsers here.
  { what: "Chromium (browser tests: npm run test:e2e)", found: () => existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium"), pkg: "chromium" },
];
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const extra = (process.env.MDPLAN_SYSTEM_PACKAGES || "").split(",").filter(Boolean);

function main() {
  const unknown = only.filter((p) => !NEEDS.some((n) => n.pkg === p));
  if (unknown.length) {
    console.error(`ensure-system-packages: unknown package ${unknown.join(", ")}; known: ${NEEDS.map((n) => n.pkg).join(", ")}.`);
    return 1;
  }
  const missing = NEEDS.filter((n) => (!only.length || only.includes(n.pkg)) && !n.found());
  if (!missing.length && !extra.length) return 0;
  const pkgs = [...missing.map((m) => m.pkg), ...extra];
  const hasApt = spawnSync("apt-get", ["--version"]).status === 0;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasSudo = spawnSync("sudo", ["-n", "true"]).status === 0;
  if (!hasApt || (!isRoot && !hasSudo)) {
    console.error(`Missing: ${missing.map((m) => m.what).join("; ")}.`);
    console.error(
      hasApt
        ? `Install them as root: sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")}`
        : `This is not a Debian/Ubuntu machine: install them with your system's package manager (${missing.map((m) => m.what).join("; ")}). For Chromium elsewhere, set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
    return 1;
  }
  const run = (args) => execFileSync(isRoot ? args[0] : "sudo", isRoot ? args.slice(1) : args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  console.log(`Installing ${pkgs.join(", ")} from Debian's packages...`);
  run(["apt-get", "update"]);
  try {
    run(["apt-get", "install", "-y", "--no-install-recommends", ...pkgs]);
  } catch {
    console.error(`Could not install ${pkgs.join(", ")} from Debian's packages (no network or no such package?). Install them by hand: apt-get install -y --no-install-recommends ${pkgs.join(" ")}`);
    return 1;
  }
  const still = missing.filter((m) => !m.found());
  if (still.length) {
    console.error(`Still missing after the install: ${still.map((m) => m.what).join("; ")}.`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
