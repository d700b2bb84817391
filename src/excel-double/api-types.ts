/**
 * Ties each double to @types/office-js. `class RangeDouble implements Api<Excel.Range, "values" |
 * ...>` makes the compiler check every implemented member against the real declaration, with the
 * Excel proxy types in it swapped for their doubles (a RangeDouble is not a whole Excel.Range, so a
 * plain Pick could not be implemented without casts). Overloaded methods are checked against their
 * last declaration, which for enum parameters is the string-literal form tests use.
 *
 * Which double stands for which Excel type is said beside each double, e.g. in range.ts:
 *   declare module "./api-types" { interface Doubles { Range: [Excel.Range, RangeDouble] } }
 * so this module imports no double, and a double can name one it must not import (to keep the
 * modules free of import cycles) by its Excel type: `DoubleOf<"Worksheet">`.
 */
type IsAny<T> = 0 extends 1 & T ? true : false;
/** Mutual assignability: structural "is" would confuse look-alikes such as RangeFont and ConditionalRangeFont. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Every double, by the name of the Excel type it stands for: `Range: [Excel.Range, RangeDouble]`.
 * Each module adds its own doubles here (declaration merging), so this module imports none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules that declare the doubles
export interface Doubles {}

/** The double standing for an Excel type, by the type's name: `DoubleOf<"Worksheet">`. */
export type DoubleOf<K extends keyof Doubles> = Doubles[K][1];

type Match<T> = { [K in keyof Doubles]: Same<T, Doubles[K][0]> extends true ? Doubles[K][1] : never }[keyof Doubles];
type Swap<T> = [Match<T>] extends [never] ? T : Match<T>;

/** An Excel type with every proxy type inside it (also in arrays and unions) replaced by its double. */
export type Doubled<T> = IsAny<T> extends true ? T : T extends readonly (infer U)[] ? Doubled<U>[] : Swap<T>;

type DoubledArgs<A extends unknown[]> = { [I in keyof A]: Doubled<A[I]> };

type DoubledMember<M> = M extends (...args: infer A) => infer R ? (...args: DoubledArgs<A>) => Doubled<R> : Doubled<M>;

/** The members K of Excel type T as a double must implement them (readonly kept, as in Pick). */
export type Api<T, K extends keyof T> = { [P in K]: DoubledMember<T[P]> };
