/**
 * The values a formula works with, as Excel has them: numbers, text, booleans, blank (an empty
 * cell, which is not the empty text ""), error values, arrays and references to cell boxes.
 */

export type ErrorCode = "#N/A" | "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!";

export class CalcError {
  constructor(readonly code: ErrorCode) {}
}

const errors = new Map<string, CalcError>();
/** One object per code, so errors compare by identity. */
export function calcError(code: ErrorCode): CalcError {
  let e = errors.get(code);
  if (!e) errors.set(code, (e = new CalcError(code)));
  return e;
}

export const NA = calcError("#N/A");
export const VALUE = calcError("#VALUE!");
export const DIV0 = calcError("#DIV/0!");
export const REF = calcError("#REF!");
export const NUM = calcError("#NUM!");

export const ERROR_CODES: readonly ErrorCode[] = ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

/** null is a blank cell. */
export type Scalar = number | string | boolean | null | CalcError;

/** A rectangle of cells on one sheet, 0-based. */
export interface Box {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A reference: what a cell address, a range, a structured reference or INDEX gives. */
export class RefValue {
  constructor(readonly box: Box) {}
}

/** An array computed in an array context (inside SUMPRODUCT), row by row. */
export class ArrayValue {
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly values: Scalar[],
  ) {}
}

export type Value = Scalar | RefValue | ArrayValue;

/**
 * Thrown, never returned, when the evaluator cannot be sure of Excel's answer: an unknown
 * function, syntax it does not parse, a reference it cannot resolve, a cycle, or a case where
 * Excel's rule is not known well enough here. The cell then gets no cached value, and neither
 * does any cell that reads it: a blank in a viewer is better than a wrong figure.
 */
export class NotKnown extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

export const isError = (v: unknown): v is CalcError => v instanceof CalcError;

export function boxKey(b: Box): string {
  return `${b.sheet.toLowerCase()}!${b.row},${b.col},${b.rows},${b.cols}`;
}
