/**
 * The IATI code lists the export writes from (a copy of the shared catalogue's, with their source).
 * Every code the export writes is taken through `code`, so a code outside its list fails at once,
 * where it is written, rather than in a donor's validator.
 */
import lists from "./codelists.json";

type Lists = typeof lists;
export type CodeListName = { [K in keyof Lists]: Lists[K] extends readonly { code: string; name: string }[] ? K : never }[keyof Lists];

export const CODE_LIST_SOURCE = lists.source;

/** Whether a code is in an IATI code list. */
export function inList(list: CodeListName, value: string): boolean {
  return lists[list].some((c) => c.code === value);
}

/** A code of an IATI code list, checked: a code the list lacks is a programming error. */
export function code(list: CodeListName, value: string): string {
  if (!inList(list, value)) throw new Error(`IATI code ${value} is not in the ${list} code list`);
  return value;
}

/** The English name a code list gives a code. */
export function codeName(list: CodeListName, value: string): string | undefined {
  return lists[list].find((c) => c.code === value)?.name;
}

/** DAC 5-digit purpose codes related to migration that an action may name beside 15190. */
export const SECTOR_CODES: readonly string[] = lists.sectors.items.map((s) => s.code);

/** 15190: facilitation of orderly, safe, regular and responsible migration and mobility. */
export const MIGRATION_SECTOR = "15190";
