#!/usr/bin/env node
/*
 * npm run start:desktop: sideload the add-in into desktop Excel (Windows or Mac) and open it,
 * with Microsoft's office-addin-debugging (which also starts `npm run dev-server`).
 * office-addin-debugging is fetched by npx on demand, not a dependency: its keytar native module
 * does not build on Linux. Stop with `npx office-addin-debugging@7.0.0 stop manifest.xml`.
 */
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEBUGGING = "office-addin-debugging@7.0.0";

async function main() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.error(
      `Desktop Excel is not available on ${process.platform}: run \`npm start\` and sideload manifest.xml into Excel on the web (Home > Add-ins > More add-ins > Upload my add-in).`,
    );
    return 1;
  }

  // Desktop Excel only loads https://localhost when the OS trusts the development CA: let
  // Microsoft's tool create and trust it (Windows shows a confirmation, Mac asks for a password).
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.ensureCertificatesAreInstalled();
  } catch (err) {
    console.error(`Could not install the development certificate: ${err instanceof Error ? err.message : err}`);
    console.error("Run `npx office-addin-dev-certs install` yourself, then `npm run start:desktop` again.");
    return 1;
  }

  const args = ["--yes", DEBUGGING, "start", "manifest.xml", "desktop", "--app", "excel"];
  console.log(`> npx ${args.join(" ")}`);
  console.log(`(When done: npx ${DEBUGGING} stop manifest.xml)`);
  const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32", // .cmd files need a shell on Windows
  });
  return new Promise((resolve) => {
    child.on("error", (err) => {
      console.error(`Could not run npx: ${err.message}`);
      resolve(1);
    });
    child.on("exit", (code) => resolve(code === null ? 1 : code));
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
