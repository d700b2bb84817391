/**
 * Prints sheets of a workbook to PDF with LibreOffice, as a donor does with "Save as PDF", and
 * reads the pages back with Poppler (pdfinfo, pdftotext). Only the sheet asked for prints: every
 * other sheet is hidden in a copy (LibreOffice prints no hidden sheet) and the printed one made
 * the active tab.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { convert } from "./libreoffice";
import { escapeXml } from "../../src/model/xml-escape";

export interface PrintedPage {
  widthPts: number;
  heightPts: number;
  /** The page's text laid out as printed (pdftotext -layout). */
  text: string;
}

export interface Printed {
  pdf: string;
  pages: PrintedPage[];
}

/** A copy of the workbook in which only `sheet` is visible and active. */
async function onlySheet(bytes: Uint8Array, sheet: string, dir: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/workbook.xml";
  let xml = await zip.file(path)!.async("string");
  let index = -1;
  let i = 0;
  xml = xml.replace(/<sheet\b[^>]*\/>/g, (el) => {
    const mine = el.includes(` name="${escapeXml(sheet)}"`);
    if (mine) index = i;
    i++;
    const bare = el.replace(/\sstate="[^"]*"/, "");
    return mine ? bare : bare.replace("<sheet", '<sheet state="hidden"');
  });
  if (index < 0) throw new Error(`No sheet "${sheet}" in the workbook`);
  xml = /<bookViews\b/.test(xml)
    ? xml.replace(/\sactiveTab="\d+"/g, "").replace(/<workbookView\b/, `<workbookView activeTab="${index}"`)
    : xml.replace(/<sheets>/, `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  zip.file(path, xml);
  const file = join(dir, `${sheet.replace(/[^\w]+/g, "-")}.xlsx`);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
  return file;
}

function pageOf(pdf: string, page: number): PrintedPage {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const size = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  if (!size) throw new Error(`pdfinfo gave no size for page ${page} of ${pdf}`);
  const text = execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return { widthPts: Number(size[1]), heightPts: Number(size[2]), text };
}

export async function printSheet(bytes: Uint8Array, sheet: string): Promise<Printed> {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-print-"));
  const [pdf] = convert([await onlySheet(bytes, sheet, dir)], "pdf");
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  if (!count || !readFileSync(pdf).length) throw new Error(`LibreOffice printed nothing for "${sheet}"`);
  return { pdf, pages: Array.from({ length: count }, (_, i) => pageOf(pdf, i + 1)) };
}
