/**
 * A refresh that changes only what the plan owns. exceljs computes the plan's sheets (the same
 * model steps as in Excel) in a package of its own; this takes from that package only the plan's
 * sheets and their tables, and puts them into the user's package:
 * - the user's other parts (sheets, pivot tables, charts, macros, comments, embeddings, links,
 *   custom XML, properties...) go back byte for byte, untouched;
 * - the shared parts (content types, workbook, its relationships, styles, shared strings) are
 *   extended by adding: every entry already there keeps its place, id and text;
 * - in a plan sheet that already existed, what the user added there and exceljs does not keep
 *   (drawings with their charts and pictures, notes, hyperlinks, controls, printer settings,
 *   extensions) is carried over from the user's copy of the sheet.
 * What cannot be kept is refused, naming the part, before anything is written.
 */
import JSZip from "jszip";
import { relsPath } from "../opc-paths";
import { relationshipsOf, workbookPartOf } from "../package/part-graph";
import { readWorkbookPart, type WorkbookPart } from "../package/workbook-part";
import { ZipPackage } from "../package/zip-package";
import { addOverride, addRelationship, contentTypeOf, freshRelId, relIds, removeOverride } from "../package-text";
import { childrenNamed, rootChildren, withChild, withoutChildren, WORKSHEET_ORDER } from "./sheet-children";
import { mergeStrings } from "./strings-merge";
import { mergeStyles, type StyleMaps } from "./styles-merge";
import { attrOf, freshPartName, rootPrefix, setAttr } from "../xml-text";
import { GraftRefusal } from "./graft-refusal";
import { addSheetEntry, calculateOnLoad, mergeNames } from "./workbook-entries";

export { GraftRefusal };

const TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
};
const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
};

/** Children of a plan sheet that the user's copy supplies (exceljs drops or rewrites them). */
const FROM_USER = ["hyperlinks", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "extLst"];

export interface GraftInput {
  /** The user's workbook as received. */
  original: Uint8Array;
  /** The same workbook refreshed by exceljs (the plan's sheets as they must be). */
  planned: Uint8Array;
  /** The plan's sheet names. */
  ownedSheets: string[];
  /** The plan's defined names: set to the planned text, added when missing. */
  planNames: string[];
}

export interface GraftResult {
  zip: JSZip;
  workbookPart: string;
  /** The worksheet part of every sheet, by lower-case name (for the charts drawn afterwards). */
  sheetParts: Map<string, string>;
  /** Plan sheets that existed before (their old charts are replaced). */
  existingOwned: string[];
}

async function mustText(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new GraftRefusal(`${part} is missing`);
  return f.async("string");
}

export async function graftPlan(input: GraftInput): Promise<GraftResult> {
  const user = await ZipPackage.open(input.original);
  const plan = await ZipPackage.open(input.planned);
  const out = user.zip;
  const userWbPart = await workbookPartOf(user);
  if (!userWbPart) throw new GraftRefusal("its _rels/.rels names no workbook part, as a valid package must. Open it in Excel and save it again");
  const planWbPart = (await workbookPartOf(plan))!;
  const userWb = await readWorkbookPart(user, userWbPart);
  const planWb = await readWorkbookPart(plan, planWbPart);
  const taken = new Set(user.names());
  let types = (await user.text("[Content_Types].xml")) ?? "";
  const typesPart = user.find("[Content_Types].xml") ?? "[Content_Types].xml";
  const planTypes = (await plan.text("[Content_Types].xml")) ?? "";

  // Shared parts: styles and strings, merged on first use.
  const styles = await stylesFor(user, plan, userWb, planWb);
  const strings = mergeStrings(userWb.sharedStrings ? await user.text(userWb.sharedStrings) : undefined, planWb.sharedStrings ? await plan.text(planWb.sharedStrings) : undefined);
  let usedStrings = false;

  // Table ids are unique across the workbook: the plan's start above the user's.
  const userTableIds: number[] = [];
  const replacedTables = new Set<string>();
  const owned = new Set(input.ownedSheets.map((s) => s.toLowerCase()));
  for (const s of userWb.sheets) {
    if (!s.part) continue;
    for (const r of await relationshipsOf(user, s.part)) {
      if (r.kind !== "table" || r.external || !user.has(r.target)) continue;
      if (owned.has(s.name.toLowerCase())) replacedTables.add(user.find(r.target)!);
      else userTableIds.push(Number(attrOf(/<[^>]*table\b[^>]*>/.exec((await user.text(r.target)) ?? "")?.[0] ?? "", "id") ?? 0));
    }
  }
  let nextTableId = Math.max(0, ...userTableIds) + 1;

  let wbXml = await mustText(out, userWbPart);
  let wbRels = await user.text(relsPath(userWbPart));
  const sheetParts = new Map(userWb.sheets.filter((s) => s.part).map((s) => [s.name.toLowerCase(), s.part!]));
  const existingOwned: string[] = [];
  /** Sheets added at the end of <sheets>: their index in the plan's package and in the user's. */
  const addedSheets: { planIndex: number; index: number }[] = [];

  for (const planSheet of planWb.sheets) {
    if (!owned.has(planSheet.name.toLowerCase()) || !planSheet.part) continue;
    const userSheet = userWb.sheets.find((s) => s.name.toLowerCase() === planSheet.name.toLowerCase());
    if (userSheet && !userSheet.part) throw new GraftRefusal(`the sheet "${userSheet.name}" is a chart sheet, where the plan needs a worksheet of that name. Rename it, then run mdplan refresh again`);
    const target = userSheet?.part ?? freshPartName(taken, "xl/worksheets", "sheet");
    taken.add(target);
    const planRels = await relationshipsOf(plan, planSheet.part);
    const userRels = userSheet ? await relationshipsOf(user, target) : [];
    const keptUserRels = userRels.filter((r) => r.kind !== "table");
    let sheetXml = restyle(await mustText(plan.zip, planSheet.part), styles, (i) => {
      usedStrings = true;
      return strings.index(i);
    });
    let relsXml: string | undefined = userSheet ? await user.text(relsPath(target)) : undefined;
    if (relsXml !== undefined) relsXml = dropRelationships(relsXml, userRels.filter((r) => r.kind === "table").map((r) => r.id));

    // The plan's relationships: tables always; the rest only for a new sheet.
    const ids = new Set(keptUserRels.map((r) => r.id));
    const renames = new Map<string, string>();
    for (const rel of planRels) {
      if (userSheet && rel.kind !== "table") continue;
      const id = freshRelId(ids);
      ids.add(id);
      renames.set(rel.id, id);
      if (rel.external) {
        relsXml = addRelationship(relsXml, target, id, rel.type, rel.target, true);
        continue;
      }
      const copied = await copyPart(plan, rel.target, out, taken, planTypes, (part, ct) => (types = addOverride(types, part, ct)));
      if (rel.kind === "table") {
        const xml = await mustText(out, copied);
        out.file(copied, xml.replace(/(<table\b[^>]*?\sid=")(\d+)(")/, `$1${nextTableId++}$3`));
      }
      relsXml = addRelationship(relsXml, target, id, rel.type, copied);
    }
    sheetXml = sheetXml.replace(/(\sr:id=")([^"]*)(")/g, (whole, a: string, id: string, b: string) => (renames.has(id) ? `${a}${renames.get(id)}${b}` : whole));

    if (userSheet) {
      existingOwned.push(userSheet.name);
      const userXml = await mustText(out, target);
      refuseWhatWouldBeLost(userXml, userSheet.name, target);
      sheetXml = carryUserChildren(userXml, sheetXml);
    }
    out.file(target, sheetXml);
    if (relsXml !== undefined) out.file(relsPath(target), relsXml);
    types = addOverride(types, target, CONTENT.worksheet);
    if (!userSheet) {
      const id = freshRelId(relIds(wbRels));
      wbRels = addRelationship(wbRels, userWbPart, id, TYPE.worksheet, target);
      wbXml = addSheetEntry(wbXml, planSheet.name, id, planSheet.state);
      sheetParts.set(planSheet.name.toLowerCase(), target);
      addedSheets.push({ planIndex: planWb.sheets.indexOf(planSheet), index: userWb.sheets.length + addedSheets.length });
    }
  }
  // The plan's old table parts, now replaced.
  for (const part of replacedTables) {
    out.remove(part);
    types = removeOverride(types, part);
  }

  // Styles and strings.
  if (styles.userPart) out.file(styles.userPart, styles.maps.xml());
  else {
    const part = freshPartName(taken, "xl", "styles");
    out.file(part, styles.maps.xml());
    types = addOverride(types, part, CONTENT.styles);
    wbRels = addRelationship(wbRels, userWbPart, freshRelId(relIds(wbRels)), TYPE.styles, part);
  }
  if (usedStrings) {
    if (userWb.sharedStrings) out.file(userWb.sharedStrings, strings.xml());
    else {
      const part = freshPartName(taken, "xl", "sharedStrings");
      out.file(part, strings.xml());
      types = addOverride(types, part, CONTENT.sharedStrings);
      wbRels = addRelationship(wbRels, userWbPart, freshRelId(relIds(wbRels)), TYPE.sharedStrings, part);
    }
  }

  wbXml = mergeNames(wbXml, userWb, planWb, input.planNames, addedSheets);
  wbXml = calculateOnLoad(wbXml);
  out.file(userWbPart, wbXml);
  if (wbRels !== undefined) out.file(relsPath(userWbPart), wbRels);
  out.file(typesPart, types);
  return { zip: out, workbookPart: userWbPart, sheetParts, existingOwned };
}

interface Styles {
  maps: StyleMaps;
  userPart?: string;
}

async function stylesFor(user: ZipPackage, plan: ZipPackage, userWb: WorkbookPart, planWb: WorkbookPart): Promise<Styles> {
  const planXml = planWb.styles ? ((await plan.text(planWb.styles)) ?? "") : "";
  if (userWb.styles) return { maps: mergeStyles((await user.text(userWb.styles))!, planXml), userPart: userWb.styles };
  return { maps: { xf: (i) => i, dxf: (i) => i, xml: () => planXml } };
}

/** The plan sheet's style and shared-string indexes moved to the merged parts' (exceljs writes no prefixes). */
function restyle(xml: string, styles: Styles, stringIndex: (i: number) => number): string {
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_whole, attrs: string, _end: string, inner: string | undefined) => {
      const tag = `<c${attrs.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${styles.maps.xf(Number(s))}"`)}`;
      if (inner === undefined) return `${tag}/>`;
      const body = /\st="s"/.test(attrs) ? inner.replace(/<v>(\d+)<\/v>/, (_m, i: string) => `<v>${stringIndex(Number(i))}</v>`) : inner;
      return `${tag}>${body}</c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${styles.maps.xf(Number(s))}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_m, s: string) => ` style="${styles.maps.xf(Number(s))}"`))
    .replace(/(<cfRule\b[^>]*\sdxfId=")(\d+)(")/g, (_m, a: string, d: string, b: string) => `${a}${styles.maps.dxf(Number(d))}${b}`);
}


function dropRelationships(relsXml: string, ids: string[]): string {
  return relsXml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*\/>/g, (tag) => (ids.includes(/\sId="([^"]*)"/.exec(tag)?.[1] ?? "") ? "" : tag));
}

/** Copies a part of the plan's package (and the parts it refers to) under a fresh name; returns the name. */
async function copyPart(from: ZipPackage, part: string, to: JSZip, taken: Set<string>, fromTypes: string, override: (part: string, contentType: string) => void): Promise<string> {
  const dir = part.replace(/\/[^/]+$/, "");
  const stem = /([^/]*?)\d*\.[^./]+$/.exec(part)?.[1] ?? "part";
  const ext = part.slice(part.lastIndexOf(".") + 1);
  const name = freshPartName(taken, dir, stem, ext);
  taken.add(name);
  to.file(name, (await from.bytes(part))!);
  const ct = contentTypeOf(fromTypes, part);
  if (ct) override(name, ct);
  const rels = await relationshipsOf(from, part);
  let relsXml: string | undefined;
  for (const r of rels) {
    const target = r.external ? r.target : await copyPart(from, r.target, to, taken, fromTypes, override);
    relsXml = addRelationship(relsXml, name, r.id, r.type, target, r.external);
  }
  if (relsXml) to.file(relsPath(name), relsXml);
  return name;
}

/**
 * Cells that exceljs cannot carry through: a dynamic-array formula or a picture in a cell (their
 * `cm`/`vm` metadata would be dropped, turning the formula into a legacy one and the picture into
 * an error), and what-if data tables. Such a plan sheet is refused, naming the first such cell.
 */
function refuseWhatWouldBeLost(userXml: string, sheet: string, part: string): void {
  const cellTag = /<(?:[\w.-]+:)?c\b(?:"[^"]*"|'[^']*'|[^>"'])*>/g;
  for (const m of userXml.matchAll(cellTag)) {
    const tag = m[0];
    const what = /\s(?:cm|vm)\s*=/.test(tag) ? "a dynamic-array formula or a picture in a cell" : undefined;
    if (!what) continue;
    const cell = attrOf(tag, "r") ?? "a cell";
    throw new GraftRefusal(`${cell} on the plan sheet "${sheet}" (${part}) holds ${what}, which mdplan cannot keep while it rewrites that sheet. Nothing was written. Move it to a sheet of your own, or refresh the plan in Excel with the add-in`);
  }
  const formulas = /<(?:[\w.-]+:)?f\b[^>]*\st\s*=\s*"dataTable"/.exec(userXml);
  if (formulas) throw new GraftRefusal(`the plan sheet "${sheet}" (${part}) holds a what-if data table, which mdplan cannot keep while it rewrites that sheet. Nothing was written. Move it to a sheet of your own`);
}

/**
 * The plan's sheet with the user's own children of FROM_USER (and a page set-up that names
 * printer settings) in place of exceljs's; the namespaces they use are declared on the root.
 */
function carryUserChildren(userXml: string, planXml: string): string {
  const prefix = rootPrefix(userXml);
  // Besides FROM_USER, whatever exceljs wrote nothing of (custom views, protected ranges,
  // ignored errors, cell watches...) comes from the user's copy as it was.
  const planLocals = new Set(rootChildren(planXml).children.map((c) => c.local));
  const userLocals = [...new Set(rootChildren(userXml).children.map((c) => c.local))];
  const unwritten = userLocals.filter((l) => !planLocals.has(l) && !FROM_USER.includes(l) && l !== "pageSetup" && WORKSHEET_ORDER.includes(l));
  const carried = [...FROM_USER, ...unwritten].map((local) => ({ local, elements: childrenNamed(userXml, local) })).filter((c) => c.elements.length);
  const setup = childrenNamed(userXml, "pageSetup").filter((e) => /\s[\w.-]+:id=/.test(e));
  let xml = withoutChildren(planXml, [...FROM_USER, ...unwritten, ...(setup.length ? ["pageSetup"] : [])]);
  for (const c of [...carried, ...(setup.length ? [{ local: "pageSetup", elements: setup }] : [])]) {
    xml = withChild(xml, c.local, c.elements.join(""));
  }
  if (!carried.length && !setup.length) return xml;
  // The carried elements keep the user's prefixes: declare them all on the plan sheet's root.
  const userRoot = /<(?:[\w.-]+:)?worksheet\b(?:"[^"]*"|'[^']*'|[^>"'])*>/.exec(userXml)?.[0] ?? "";
  return xml.replace(/<worksheet\b(?:"[^"]*"|'[^']*'|[^>"'])*>/, (root) => {
    let out = root;
    for (const m of userRoot.matchAll(/\s(xmlns(?::[\w.-]+)?)="([^"]*)"/g)) {
      const existing = attrOf(out, m[1]);
      if (existing === undefined) out = setAttr(out, m[1], m[2]);
      else if (existing !== m[2] && m[1] !== "xmlns") throw new GraftRefusal(`the prefix ${m[1]} means two things in the sheet`);
    }
    if (prefix && attrOf(out, `xmlns:${prefix.slice(0, -1)}`) === undefined) throw new GraftRefusal("the sheet's namespace prefix is not declared");
    const ignorable = attrOf(userRoot, "mc:Ignorable");
    if (ignorable && attrOf(out, "mc:Ignorable") === undefined) out = setAttr(out, "mc:Ignorable", ignorable);
    return out;
  });
}
