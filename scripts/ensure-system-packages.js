#!/usr/bin/env node
// Installs the Debian packages the tests need (LibreOffice to recalculate workbooks, xmllint to
// validate the manifest) when they are missing, or says plainly how to get them.
const { execFileSync, spawnSync } = require("child_process");
const { existsSync } = require("fs");

const NEEDS = [
  { what: "LibreOffice (recalculates workbooks in tests)", found: () => existsSync("/usr/bin/soffice") || existsSync("/usr/lib/libreoffice/program/soffice"), pkg: "libreoffice-calc-nogui" },
  { what: "xmllint (validates manifest.xml)", found: () => spawnSync("xmllint", ["--version"]).status === 0, pkg: "libxml2-utils" },
];
const extra = (process.env.MDPLAN_SYSTEM_PACKAGES || "").split(",").filter(Boolean);

function main() {
  const missing = NEEDS.filter((n) => !n.found());
  if (!missing.length && !extra.length) return 0;
  const pkgs = [...missing.map((m) => m.pkg), ...extra];
  const hasApt = spawnSync("apt-get", ["--version"]).status === 0;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasSudo = spawnSync("sudo", ["-n", "true"]).status === 0;
  if (!hasApt || (!isRoot && !hasSudo)) {
    console.error(`Missing: ${missing.map((m) => m.what).join("; ")}.`);
    console.error(hasApt ? `Install them as root: sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")}` : `This is not a Debian/Ubuntu machine: install LibreOffice (Calc) and libxml2's xmllint with your system's package manager.`);
    return 1;
  }
  const run = (args) => execFileSync(isRoot ? args[0] : "sudo", isRoot ? args.slice(1) : args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  console.log(`Installing ${pkgs.join(", ")} from Debian's packages...`);
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "--no-install-recommends", ...pkgs]);
  return 0;
}

process.exitCode = main();
