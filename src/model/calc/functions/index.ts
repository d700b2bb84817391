/** Every function the evaluator knows, by its English name without `_xlfn.`. */
import type { FunctionDef } from "../evaluate";
import { CONDITIONAL } from "./conditional";
import { DATES } from "./dates";
import { INFO } from "./info";
import { LOGICAL } from "./logical";
import { LOOKUP } from "./lookup";
import { MATH } from "./math";
import { TEXT_FUNCTIONS } from "./text";

export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(Object.entries({ ...LOGICAL, ...INFO, ...MATH, ...TEXT_FUNCTIONS, ...LOOKUP, ...CONDITIONAL, ...DATES }));
