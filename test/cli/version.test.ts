/** mdplan's version is package.json's, from the sources and from the built tool (lib/, as installed). */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

test("--version and --help say package.json's version", async () => {
  expect(await main(["--version"])).toEqual({ code: 0, out: [PACKAGE_VERSION] });
  expect((await main(["--help"])).out[0]).toMatch(new RegExp(`^mdplan ${PACKAGE_VERSION.replace(/\./g, "\\.")}: `));
});

test("the built tool says package.json's version", () => {
  expect(existsSync(join(ROOT, "lib", "cli", "main.js"))).toBe(true);
  expect(execFileSync("node", [join(ROOT, "bin", "mdplan.js"), "--version"], { encoding: "utf8" })).toBe(`${PACKAGE_VERSION}\n`);
});
