/**
 * Part names and relationship targets as OPC (ECMA-376 part 2) has them: a .rels file describes
 * the part beside its `_rels` folder, and a target is either relative to that part's folder or,
 * with a leading "/", to the package root.
 */

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels" */
export const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** "xl/worksheets/_rels/sheet1.xml.rels" -> "xl/worksheets/sheet1.xml" ("_rels/.rels" -> ""). */
export const sourcePartOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");

export const dirOf = (part: string) => part.replace(/\/?[^/]+$/, "");

/** A relationship target resolved against the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = dirOf(fromPart).split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relative target from `fromPart` to the part `toPart` (both from the package root). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirOf(fromPart).split("/").filter(Boolean);
  const to = toPart.replace(/^\/+/, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
