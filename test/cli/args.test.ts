/** mdplan's options as Node's util.parseArgs reads them, and the usage errors a user meets. */
import { parseArgs } from "../../src/cli/args";
import { CHECK_OPTIONS } from "../../src/cli/command-check";
import { COMBINE_OPTIONS } from "../../src/cli/command-combine";
import { EXPORT_OPTIONS } from "../../src/cli/command-export";
import { NEW_OPTIONS } from "../../src/cli/command-new";
import { main } from "../../src/cli/main";

describe("parseArgs", () => {
  test("positionals in order wherever they stand, options by name, flags as true", () => {
    expect(parseArgs(["a.xlsx", "--json", "b.xlsx", "--language", "fr", "dir/"], CHECK_OPTIONS)).toEqual({
      positional: ["a.xlsx", "b.xlsx", "dir/"],
      options: { json: true, language: "fr" },
    });
  });

  test("--json is a flag for check and takes OUT.json for export", () => {
    expect(parseArgs(["plan.xlsx", "--json", "out.json"], CHECK_OPTIONS)).toEqual({ positional: ["plan.xlsx", "out.json"], options: { json: true } });
    expect(parseArgs(["plan.xlsx", "--iati", "a.xml", "--json", "out.json"], EXPORT_OPTIONS)).toEqual({ positional: ["plan.xlsx"], options: { iati: "a.xml", json: "out.json" } });
  });

  test("--opt=value, with an = or a leading -- inside the value, or empty", () => {
    expect(parseArgs(["a.xlsx", "--title=A = B", "--country=--x", "--currency="], NEW_OPTIONS).options).toEqual({ title: "A = B", country: "--x", currency: "" });
  });

  test("a value may start with one dash (a negative number is the settings' check to refuse)", () => {
    expect(parseArgs(["a.xlsx", "--start", "-5", "--country", "-"], NEW_OPTIONS).options).toEqual({ start: "-5", country: "-" });
  });

  test("a repeated option keeps its last value", () => {
    expect(parseArgs(["dir", "--out", "a.xlsx", "--out", "b.xlsx", "--force", "--force"], COMBINE_OPTIONS)).toEqual({
      positional: ["dir"],
      options: { out: "b.xlsx", force: true },
    });
  });

  test("after --, everything is a PATH", () => {
    expect(parseArgs(["--out", "p.xlsx", "--", "--odd.xlsx", "-x"], COMBINE_OPTIONS)).toEqual({ positional: ["--odd.xlsx", "-x"], options: { out: "p.xlsx" } });
  });
});

test.each([
  [["check", "plan.xlsx", "--bogus"], "unknown option --bogus"],
  [["new", "a.xlsx", "--bogus=1"], "unknown option --bogus"],
  [["new", "a.xlsx", "--Country", "X"], "unknown option --Country"],
  [["check", "-j", "plan.xlsx"], "unknown option -j"],
  [["check", "-abc", "plan.xlsx"], "unknown option -abc"],
  [["combine", "dir", "--out"], "--out needs a value (FILE)"],
  [["new", "a.xlsx", "--country", "--title", "T"], "--country needs a value (NAME)"],
  [["refresh", "a.xlsx", "--output", "--force"], "--output needs a value (FILE)"],
  [["new", "a.xlsx", "--sample=yes"], "--sample takes no value"],
  [["check", "plan.xlsx", "--json=out.json"], "--json takes no value"],
  [["new", "a.xlsx", "--sample", "--max-goals", "three"], '--max-goals must be a whole number (got "three")'],
  [["check", "plan.xlsx", "--language", "de"], '--language must be one of en, fr, es (got "de")'],
])("%j: one line naming the option, exit 2", async (argv, message) => {
  expect(await main(argv)).toEqual({ code: 2, out: [`mdplan: ${message}. See mdplan --help.`] });
});
