/**
 * mdplan's options, read by Node's util.parseArgs. Unknown options and bad values are usage errors
 * (exit 2) worded by us, naming the option, rather than Node's messages, which suggest `--` and
 * `--opt=-XYZ` to someone who only mistyped a name.
 */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "util";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  name: string;
  /** Flags take no value. */
  flag?: boolean;
  help: string;
  valueName?: string;
}

export interface Parsed {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: string[], specs: OptionSpec[]): Parsed {
  const config: ParseArgsConfig["options"] = {};
  for (const s of specs) config[s.name] = { type: s.flag ? "boolean" : "string" };
  // Not strict: Node then hands every option over as a token, and the checks below word the errors.
  const { tokens } = nodeParseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const spec = specs.find((s) => s.name === token.name);
    // A short option is named as typed: "-abc" is three to Node, one mistake to the user.
    if (!spec) throw new UsageError(`unknown option ${token.rawName.startsWith("--") ? token.rawName : argv[token.index]}`);
    if (spec.flag) {
      if (token.inlineValue) throw new UsageError(`--${spec.name} takes no value`);
      options[spec.name] = true;
      continue;
    }
    // "--out --force" is a forgotten value, not a file named "--force"; "--start -5" is a value.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("--"))) throw new UsageError(`--${spec.name} needs a value (${spec.valueName ?? "value"})`);
    options[spec.name] = value;
  }
  return { positional, options };
}

export function integerOption(options: Parsed["options"], name: string): number | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  if (raw === true || !/^-?\d+$/.test(raw.trim())) throw new UsageError(`--${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}

export function formatOptions(specs: OptionSpec[]): string {
  const left = specs.map((s) => (s.flag ? `--${s.name}` : `--${s.name} ${s.valueName ?? "VALUE"}`));
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `  ${left[i].padEnd(width)}${s.help}`).join("\n");
}
