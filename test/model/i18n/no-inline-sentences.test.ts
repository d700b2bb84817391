/**
 * Issue 14: no sentence a planner reads stays inline in a stage or spec file; it lives in the
 * sheets' catalogue (src/model/i18n/sheets), in three languages. A sentence here is a string
 * literal or template of 4 or more words of letters, outside comments. The structural terms (keys
 * of the workbook area's en.json: captions, headers, labels, "Stage n · " titles) may stay: they
 * are the contract's English identity, renamed after the build by localize-spec. Formulas have no
 * spaces between their names, so they do not read as sentences.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import en from "../../../src/model/i18n/workbook/en.json";

const ROOT = join(__dirname, "..", "..", "..");
const MODEL = join(ROOT, "src", "model");
const FILES = [
  ...["stages", "derived", "spec"].flatMap((dir) =>
    readdirSync(join(MODEL, dir))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(MODEL, dir, f)),
  ),
  join(MODEL, "lists.ts"),
];

/** Four words of letters in a row, separated by spaces and the punctuation of a sentence. */
const SENTENCE = /\p{L}[\p{L}'’-]*(?:[\s,;:]+\p{L}[\p{L}'’-]*){3,}/u;

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
/** Text with placeholders ("{period} target", "Gaps of {x} or more") as a pattern: each placeholder any text. */
const pattern = (text: string) => new RegExp(`^${text.split(/\{\w+\}/).map(escape).join(".+")}$`);

/** The structural terms, and each stage title's heading without "Stage n · " (a stage file passes the heading). */
const KEYS = Object.values(en as Record<string, Record<string, string>>)
  .flatMap((kind) => Object.keys(kind))
  .flatMap((key) => [key, key.replace(/^Stage \d+ · /, "")]);
const KEY_PATTERNS = KEYS.map(pattern);

/** A term as it is, or a template whose expressions stand where a term has a placeholder or a figure. */
const isTerm = (text: string) => KEY_PATTERNS.some((k) => k.test(text)) || (/\{x\}/.test(text) && KEYS.some((k) => pattern(text).test(k)));

/** Every string literal and template's text in a file, comments excluded, with its line. */
export function literals(file: string, source = readFileSync(file, "utf8")): { text: string; line: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2020, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    const at = () => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ text: node.text, line: at() });
    else if (ts.isTemplateExpression(node)) {
      // The expressions stand as {x}, as a structural term's placeholders do.
      out.push({ text: [node.head.text, ...node.templateSpans.map((s) => `{x}${s.literal.text}`)].join(""), line: at() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function inlineSentences(file: string, source?: string): string[] {
  return literals(file, source)
    .filter(({ text }) => SENTENCE.test(text) && !isTerm(text))
    .map(({ text, line }) => `${relative(ROOT, file)}:${line}: ${text}`);
}

test("the stage, derived, spec and lists files are found", () => {
  expect(FILES.map((f) => relative(MODEL, f))).toEqual(expect.arrayContaining(["stages/priorities.ts", "derived/iptt.ts", "spec/columns.ts", "lists.ts"]));
});

test("no stage, derived, spec or lists file holds an inline English sentence", () => {
  expect(FILES.flatMap((f) => inlineSentences(f))).toEqual([]);
});

test("a planted sentence is found, in a literal and in a template, and a comment is not", () => {
  const file = join(MODEL, "stages", "priorities.ts");
  const planted = `${readFileSync(file, "utf8")}
// A comment says why in whole sentences, which is fine.
const prompt = "Pick the goal the action serves.";
const hint = \`After adding goals or partners, \${prompt}.\`;
`;
  expect(inlineSentences(file, planted).map((s) => s.replace(/^.*:\d+: /, ""))).toEqual(["Pick the goal the action serves.", "After adding goals or partners, {x}."]);
});

test("structural terms may stay: a caption, a label, a stage heading, a header with a placeholder", () => {
  const file = join(MODEL, "stages", "x.ts");
  const source = `const a = "Resources needed and available"; const b = "Activities ending within 90 days"; const c = "Assessment and situation analysis"; const d = \`\${p} % achieved\`;`;
  expect(inlineSentences(file, source)).toEqual([]);
});
