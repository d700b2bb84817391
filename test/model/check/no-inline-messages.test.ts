/**
 * Issue 14: every sentence a finding says lives in the check's catalogue (src/model/i18n/check) in
 * three languages; no rule keeps one inline. A sentence is a string literal or template of 4 or
 * more words of letters, outside comments. The rules' `summary` texts are documentation of the
 * rules, not messages a planner reads, and are left out.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..", "..");
const CHECK = join(ROOT, "src", "model", "check");
const FILES = [...readdirSync(CHECK).map((f) => join(CHECK, f)), ...readdirSync(join(CHECK, "rules")).map((f) => join(CHECK, "rules", f))].filter((f) => f.endsWith(".ts"));

const SENTENCE = /\p{L}[\p{L}'’-]*(?:[\s,;:]+\p{L}[\p{L}'’-]*){3,}/u;

function sentences(file: string, source = readFileSync(file, "utf8")): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2020, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    // A rule's summary documents it; the findings' words are the catalogue's.
    if (ts.isPropertyAssignment(node) && node.name.getText(sf) === "summary") return;
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => `{x}${s.literal.text}`)].join("") : undefined;
    if (text !== undefined && SENTENCE.test(text)) out.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${text}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

test("the check's files are found", () => {
  expect(FILES.map((f) => relative(CHECK, f))).toEqual(expect.arrayContaining(["context.ts", "words.ts", "rules/structure.ts", "rules/required.ts"]));
});

test("no check file says a finding's sentence inline", () => {
  expect(FILES.flatMap((f) => sentences(f))).toEqual([]);
});

test("a planted sentence is found, and a summary and a comment are not", () => {
  const planted = `// Says why in a whole sentence, which is fine.
const rules = [{ id: "x", summary: "A rule documented in words." }];
ctx.report("x", where, \`\${row.label} is not a goal in tblGoals.\`);`;
  expect(sentences(join(CHECK, "rules", "x.ts"), planted).map((s) => s.replace(/^.*:\d+: /, ""))).toEqual(["{x} is not a goal in tblGoals."]);
});
