/**
 * OPC lets a relationship name its target from the package root (`/xl/worksheets/sheet1.xml`) as
 * well as relative to its source part (`worksheets/sheet1.xml`); openpyxl, and so pandas, writes
 * the first. exceljs resolves only the second, so before it reads a package every absolute
 * internal target is rewritten relative to its source part. External targets are left alone.
 */
import type JSZip from "jszip";

/** The folder of the part a .rels file describes: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets`. */
function sourceFolder(relsPath: string): string[] {
  const parts = relsPath.split("/");
  parts.splice(parts.length - 2, 2); // "_rels" and the .rels file
  return parts.filter(Boolean);
}

export function relativeTarget(relsPath: string, absolute: string): string {
  const from = sourceFolder(relsPath);
  const to = absolute.replace(/^\/+/, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

const RELATIONSHIP = /<Relationship\b[^>]*>/g;

/** True when some target was rewritten (the package must then be written again). */
export async function relativizeTargets(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const xml = await zip.file(path)!.async("string");
    const rewritten = xml.replace(RELATIONSHIP, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      return tag.replace(/Target="(\/[^"]*)"/, (_m, target: string) => `Target="${relativeTarget(path, target)}"`);
    });
    if (rewritten !== xml) {
      zip.file(path, rewritten);
      changed = true;
    }
  }
  return changed;
}
