/** A small, strict argument parser: unknown options and bad values are usage errors (exit 2). */
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
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const spec = specs.find((s) => s.name === rawName);
    if (!spec) throw new UsageError(`unknown option --${rawName}`);
    if (spec.flag) {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`);
      options[spec.name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`--${spec.name} needs a value (${spec.valueName ?? "value"})`);
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
