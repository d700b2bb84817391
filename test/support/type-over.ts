/** Typing over a cell of a saved workbook, as a person would, for tests that plant faults. */
import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { escapeXml } from "../../src/model/xml-escape";

/** Replaces one cell's shared or inline text in a sheet, as a person typing over it would. */
export async function typeOver(file: string, sheetName: string, address: string, text: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = escapeXml(sheetName);
  const rid = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const xml = await zip.file(part)!.async("string");
  const cell = new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
  expect(cell.test(xml)).toBe(true);
  zip.file(part, xml.replace(cell, `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`));
  writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
}
