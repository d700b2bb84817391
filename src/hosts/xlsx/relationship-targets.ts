/**
 * OPC lets a relationship name its target from the package root (`/xl/worksheets/sheet1.xml`) as
 * well as relative to its source part (`worksheets/sheet1.xml`); openpyxl, and so pandas, writes
 * the first. exceljs resolves only the second, so before it reads a package every absolute
 * internal target is rewritten relative to its source part. External targets are left alone.
 */
import type JSZip from "jszip";
import { relativeTarget, sourcePartOf } from "./opc-paths";

const RELATIONSHIP = /<Relationship\b[^>]*>/g;

/** True when some target was rewritten (the package must then be written again). */
export async function relativizeTargets(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const xml = await zip.file(path)!.async("string");
    const rewritten = xml.replace(RELATIONSHIP, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      return tag.replace(/Target="(\/[^"]*)"/, (_m, target: string) => `Target="${relativeTarget(sourcePartOf(path), target)}"`);
    });
    if (rewritten !== xml) {
      zip.file(path, rewritten);
      changed = true;
    }
  }
  return changed;
}
