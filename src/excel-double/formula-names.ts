/**
 * The tables and defined names a formula names, found by a small tokenizer (string literals,
 * quoted sheet names and the insides of structured references are skipped), and the rules
 * Excel applies to them:
 * - A structured reference to a table the workbook lacks is refused: Excel cannot parse it
 *   (typing `=SUM(tblNone[X])` gives "There's a problem with this formula"; through the API the
 *   write fails, as plan-setup has long assumed). InvalidArgument.
 * - An unknown defined name in a cell formula is accepted and shows #NAME? (Microsoft support,
 *   "How to correct a #NAME? error"), so cells and table columns take it.
 * - In a conditional format, a validation rule or a defined name, no source settles what Excel
 *   does with an unknown name through the API: the double refuses (InvalidArgument), the stricter
 *   choice.
 * - Deleting a table turns every reference to it into #REF! (Microsoft support, "Delete an
 *   Excel table": formulas that refer to it show #REF!).
 */
import { excelError } from "./errors";
import { type WorkbookState, findName, findTable } from "./state";

export interface FormulaNames {
  tables: string[];
  names: string[];
}

const IDENT_START = /[\p{L}_\\]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\]/u;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const COLUMN_OR_ROW_PART = /^\$?[A-Za-z]{1,3}$/;
const R1C1 = /^R\d*C\d*$/i;

/** Skips a bracketed structured-reference body from `i` (at "["), nested brackets included. */
function skipBrackets(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    if (text[i] === "'" && depth > 0) {
      i++; // an escaped character inside a column name
      continue;
    }
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Formulas repeat down whole columns: each distinct text is tokenized once. */
const parsed = new Map<string, FormulaNames>();

export function namesInFormula(formula: string): FormulaNames {
  let names = parsed.get(formula);
  if (!names) {
    if (parsed.size > 5_000) parsed.clear();
    names = tokenize(formula);
    parsed.set(formula, names);
  }
  return names;
}

function tokenize(formula: string): FormulaNames {
  const tables: string[] = [];
  const names: string[] = [];
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    } else if (ch === "'") {
      // A quoted sheet name: 'Sheet one'!A1
      i++;
      while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === "'" ? 2 : 1;
      i++;
    } else if (ch === "[") {
      i = skipBrackets(text, i);
    } else if (ch === "#") {
      // An error literal (#REF!, #N/A) or a special item.
      i++;
      while (i < text.length && /[A-Za-z0-9/!?]/.test(text[i])) i++;
    } else if (/\d/.test(ch)) {
      while (i < text.length && /[\d.eE]/.test(text[i])) i++;
    } else if (IDENT_START.test(ch)) {
      const start = i;
      while (i < text.length && (IDENT_PART.test(text[i]) || (text[i] === "$" && i > start))) i++;
      const word = text.slice(start, i).replace(/\$/g, "");
      const before = text[start - 1];
      const next = text[i];
      if (next === "(" || next === "!" || before === "!" || before === ":" || next === ":") continue;
      if (next === "[") {
        tables.push(word);
        i = skipBrackets(text, i);
        continue;
      }
      const raw = text.slice(start, i);
      if (CELL_REF.test(raw) || COLUMN_OR_ROW_PART.test(raw) && (next === ":" || before === ":")) continue;
      if (R1C1.test(word) || /^(TRUE|FALSE)$/i.test(word)) continue;
      names.push(word);
    } else {
      i++;
    }
  }
  return { tables, names };
}

/**
 * Refuses a formula that names a table the workbook lacks; with `namesMustExist` also one that
 * names an unknown defined name (a bare table name counts as known).
 */
export function assertFormulaResolves(state: WorkbookState, formula: string, location: string, namesMustExist: boolean): void {
  const { tables, names } = namesInFormula(formula);
  const missingTable = tables.find((t) => !findTable(state, t));
  if (missingTable) {
    throw excelError("InvalidArgument", `The formula ${formula} names table '${missingTable}', which the workbook lacks.`, location);
  }
  if (!namesMustExist) return;
  const missingName = names.find((n) => !findName(state, n) && !findTable(state, n));
  if (missingName) {
    throw excelError("InvalidArgument", `The formula ${formula} names '${missingName}', which is neither a defined name nor a table of the workbook.`, location);
  }
}

/** The formula with every reference to `table` (structured or bare) replaced by #REF!. */
export function dropTableReferences(formula: string, table: string): string {
  const lower = table.toLowerCase();
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const start = i++;
      while (i < formula.length && !(formula[i] === ch && formula[i + 1] !== ch)) i += formula[i] === ch ? 2 : 1;
      i++;
      out += formula.slice(start, i);
    } else if (IDENT_START.test(ch) && !IDENT_PART.test(formula[i - 1] ?? " ")) {
      const start = i;
      while (i < formula.length && IDENT_PART.test(formula[i])) i++;
      const word = formula.slice(start, i);
      const next = formula[i];
      if (word.toLowerCase() === lower && next !== "(" && next !== "!") {
        if (next === "[") i = skipBrackets(formula, i);
        out += "#REF!";
      } else out += word;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
