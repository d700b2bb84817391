/**
 * The check's package reader (readPlanFromPackage): on the sample plan, and on the sample as
 * openpyxl saved it, it reads exactly what the exceljs reader read. On packages a writer other
 * than Excel could make (the workbook part elsewhere, absolute and relative targets, an `x:`
 * prefix, Strict namespaces, rich text, inline strings, every cell type, cells without `r`, the
 * 1904 date system) it reads each cell's kind and value exactly. Damage is named by part and sheet.
 */
import { existsSync, readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readPlanFromPackage } from "../../../../src/hosts/xlsx/package/read-plan";
import { PlanFileError } from "../../../../src/hosts/xlsx/plan-file-error";
import { escapeXml } from "../../../../src/model/xml-escape";
import { newPlanWorkbook } from "../../../../src/hosts/xlsx/plan-file";
import { readPlanTables } from "../../../support/exceljs-plan-tables";
import { openWorkbook } from "../../../../src/hosts/xlsx/read-workbook";
import { TABLE_NAMES } from "../../../../src/model/contract";
import type { PlanTables } from "../../../../src/model/check/plan-tables";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../../src/model/sample/sample-plan";
import { DEFAULT_SETTINGS } from "../../../../src/model/settings";

const CORPUS = join(__dirname, "../../../../../shared/corpus/real-world");
const OPENPYXL = join(CORPUS, "31_openpyxl-3.0.9-roundtrip-of-mdplan-sample.xlsx");

/** Everything a check sees of the tables, addresses made: plain data to compare whole. */
function plain(t: PlanTables) {
  const tables = Object.entries(t.tables)
    .filter(([, table]) => table !== undefined)
    .map(([key, table]) => ({
      key,
      name: table!.name,
      sheet: table!.sheet,
      headers: table!.headers,
      address: table!.address,
      rows: table!.rows.map((r) => ({
        index: r.index,
        cells: Object.fromEntries(Object.entries(r.cells).map(([h, c]) => [h, { kind: c.kind, value: c.value, address: c.address }])),
      })),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { tables, settings: t.settings, settingsFound: t.settingsFound, contractVersion: t.contractVersion, language: t.language };
}

async function throughExcelJs(file: string, bytes: Uint8Array): Promise<PlanTables> {
  const { workbook, rawNames } = await openWorkbook(file, bytes);
  return readPlanTables(workbook, rawNames);
}

/**
 * The sample without its formulas' cached results: exceljs drops a result that is 0, "" or FALSE
 * when it reads (Cell._copyModel keeps only truthy ones), which the package reader rightly keeps.
 */
async function withoutCachedResults(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(path, xml.replace(/(<c\b[^>]*?)(?: t="(?:str|b|e)")?([^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1$2$3"));
  }
  return zip.generateAsync({ type: "uint8array" });
}

describe("the same tables as the exceljs reader", () => {
  let sample: Uint8Array;
  beforeAll(async () => {
    sample = await withoutCachedResults((await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  });

  test("on the sample plan: every table, header, cell kind, value and address, the settings and the contract version", async () => {
    const fromPackage = plain(await readPlanFromPackage("sample.xlsx", sample));
    const fromExcelJs = plain(await throughExcelJs("sample.xlsx", sample));
    expect(fromPackage).toEqual(fromExcelJs);
    // What was compared is the whole plan, filled.
    expect(fromPackage.tables.map((t) => t.key).sort()).toEqual([...TABLE_NAMES, "tblSettings"].sort());
    const cells = fromPackage.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)));
    expect(cells.length).toBeGreaterThan(1000);
    for (const kind of ["text", "number", "empty"]) expect(cells.some((c) => c.kind === kind)).toBe(true);
    expect(fromPackage.settingsFound).toBe(true);
    expect(fromPackage.settings).toEqual({ ...SAMPLE_SETTINGS, language: "en" });
    expect(fromPackage.contractVersion).toBeDefined();
    const actions = fromPackage.tables.find((t) => t.key === "tblActions")!;
    expect(actions.rows[0].cells["Action ID"]).toEqual({ kind: "text", value: SAMPLE_DATA.tblActions![0]["Action ID"], address: expect.stringMatching(/!\$?[A-Z]+\$?\d+$/) });
  });

  (existsSync(OPENPYXL) ? test : test.skip)("on the sample as openpyxl 3.0.9 saved it (absolute targets, other prefixes)", async () => {
    const bytes = new Uint8Array(readFileSync(OPENPYXL));
    const fromPackage = plain(await readPlanFromPackage("openpyxl.xlsx", bytes));
    const fromExcelJs = plain(await throughExcelJs("openpyxl.xlsx", bytes));
    expect(fromPackage).toEqual(fromExcelJs);
    expect(fromPackage.tables.map((t) => t.key).sort()).toEqual([...TABLE_NAMES, "tblSettings"].sort());
    // Saved before the sample carried an IATI publisher: its Settings table has no rows for one.
    const beforeIati = { reportingOrgName: "", reportingOrgId: "", reportingOrgType: "", countryCode: "", activityPrefix: "" };
    expect(fromPackage.settings).toEqual({ ...SAMPLE_SETTINGS, ...beforeIati, language: "en" });
    // And it is the sample: the typed tables hold what the file mdplan writes today holds (the
    // corpus file keeps the layout of its day, so addresses and derived tables may differ).
    const typed = (p: ReturnType<typeof plain>) =>
      p.tables
        .filter((t) => t.key in SAMPLE_DATA)
        .map((t) => {
          const typedHeaders = Object.keys(SAMPLE_DATA[t.key as keyof typeof SAMPLE_DATA]![0]);
          return { key: t.key, rows: t.rows.map((r) => Object.fromEntries(typedHeaders.map((h) => [h, r.cells[h]?.value ?? null]))) };
        });
    expect(typed(fromPackage)).toEqual(typed(plain(await readPlanFromPackage("sample.xlsx", sample))));
  });

  test("the openpyxl file is there (else the test above was skipped)", () => {
    if (!existsSync(OPENPYXL)) console.warn(`skipped: ${OPENPYXL} is absent`);
    else expect(readFileSync(OPENPYXL).subarray(0, 2).toString("latin1")).toBe("PK");
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made packages

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = { transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships", strict: "http://purl.oclc.org/ooxml/officeDocument/relationships" };
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Rel {
  id: string;
  kind: string;
  target: string;
  external?: boolean;
}

function relsXml(rels: Rel[], strict = false): string {
  const base = strict ? REL_NS.strict : REL_NS.transitional;
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${base}/${r.kind}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ""}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}">${items.join("")}</Relationships>`;
}

interface Style {
  /** "x" writes every SpreadsheetML element as <x:name> with no default namespace. */
  prefix?: string;
  strict?: boolean;
}

/** A SpreadsheetML part: `body` is written unprefixed and gets the prefix when the style has one. */
function spreadsheetPart(root: string, rootAttributes: string, body: string, style: Style): string {
  const ns = style.strict ? STRICT : MAIN;
  const rel = style.strict ? REL_NS.strict : REL_NS.transitional;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root} ${style.prefix ? `xmlns:${style.prefix}` : "xmlns"}="${ns}" xmlns:r="${rel}"${rootAttributes}>${body}</${root}>`;
  return style.prefix ? xml.replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, `<$1${style.prefix}:$2`) : xml;
}

interface SheetSpec {
  name: string;
  part: string;
  /** The target as the workbook's relationships write it. */
  target: string;
  rows: string;
  table?: { name: string; ref: string; headers: string[]; part: string; target: string; totalsRowCount?: number; headerRowCount?: number };
}

interface PackageSpec extends Style {
  workbook: string;
  /** The workbook's target as _rels/.rels writes it. */
  workbookTarget: string;
  sheets: SheetSpec[];
  sharedStrings?: string[];
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  compression?: "DEFLATE" | "STORE";
  /** Every XML part with a byte-order mark, and a line break (CRLF) and indent between tags outside <t> and <v>. */
  pretty?: boolean;
  /** Parts to leave out or replace after the package is made. */
  override?: Record<string, string | null>;
}

async function zipOf(files: Record<string, string>, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression });
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

function packageFiles(spec: PackageSpec): Record<string, string> {
  const files: Record<string, string> = {};
  files["[Content_Types].xml"] =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  files["_rels/.rels"] = relsXml([
    { id: "rId9", kind: "extended-properties", target: "docProps/app.xml" },
    { id: "rId1", kind: "officeDocument", target: spec.workbookTarget },
  ], spec.strict);
  const wbRels: Rel[] = spec.sheets.map((s, i) => ({ id: `rId${i + 1}`, kind: "worksheet", target: s.target }));
  if (spec.sharedStrings) {
    files["shared/strings.xml"] = spreadsheetPart("sst", ` count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}"`, spec.sharedStrings.map((s) => `<si>${s}</si>`).join(""), spec);
    wbRels.push({ id: "rIdS", kind: "sharedStrings", target: "/shared/strings.xml" });
  }
  if (spec.styles) {
    files["xl/styles.xml"] = spreadsheetPart("styleSheet", "", spec.styles, spec);
    wbRels.push({ id: "rIdT", kind: "styles", target: spec.workbook.startsWith("xl/") ? "styles.xml" : "/xl/styles.xml" });
  }
  wbRels.push({ id: "rIdH", kind: "hyperlink", target: "https://example.org/plan.xlsx", external: true });
  const sheetList = spec.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  files[spec.workbook] = spreadsheetPart("workbook", "", `${spec.workbookPr ?? ""}<bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>${spec.definedNames ?? ""}`, spec);
  files[relsOf(spec.workbook)] = relsXml(wbRels, spec.strict);
  for (const s of spec.sheets) {
    const tablePart = s.table ? '<tableParts count="1"><tablePart r:id="rIdTbl"/></tableParts>' : "";
    files[s.part] = spreadsheetPart("worksheet", "", `<dimension ref="A1"/><sheetData>${s.rows}</sheetData>${tablePart}`, spec);
    if (!s.table) continue;
    const t = s.table;
    files[relsOf(s.part)] = relsXml([{ id: "rIdTbl", kind: "table", target: t.target }], spec.strict);
    const counts = `${t.totalsRowCount ? ` totalsRowCount="${t.totalsRowCount}"` : ""}${t.headerRowCount !== undefined ? ` headerRowCount="${t.headerRowCount}"` : ""}`;
    const columns = t.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("");
    files[t.part] = spreadsheetPart("table", ` id="1" name="${t.name}" displayName="${t.name}" ref="${t.ref}"${counts}`, `<autoFilter ref="${t.ref}"/><tableColumns count="${t.headers.length}">${columns}</tableColumns>`, spec);
  }
  if (spec.pretty) {
    const indent = (xml: string) => xml.replace(/(<[^<>]*>)(?=<)/g, (tag) => (/^<(\w+:)?[tv](\s[^>]*)?>$/.test(tag) ? tag : `${tag}\r\n  `));
    for (const name of Object.keys(files)) files[name] = `\uFEFF${indent(files[name])}`;
  }
  for (const [name, text] of Object.entries(spec.override ?? {})) {
    if (text === null) delete files[name];
    else files[name] = text;
  }
  return files;
}

const build = (spec: PackageSpec) => zipOf(packageFiles(spec), spec.compression);

// The table every layout below holds: tblActions with some of the contract's columns.
const HEADERS = ["Action ID", "Title", "Start", "End", "Budget", "Endorsed", "Status", "Committed"];

const SHARED = [
  // 0: rich text, runs joined; the phonetic guide (<rPh>) and its properties are not text.
  '<r><rPr><b/><sz val="11"/></rPr><t>A</t></r><r><t xml:space="preserve">-01</t></r><rPh sb="0" eb="1"><t>エー</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
  // 1: _xHHHH_ escapes; _x005F_ is a literal underscore, so _x005F_x000D_ is the text "_x000D_".
  "<t>Line one_x000D_\nline two &amp; _x005F_x000D_ é</t>",
  // 2: the empty string: an empty cell to the check.
  "<t/>",
  // 3: plain.
  "<t>Ministry of Labour</t>",
];

/** Row 1 the header row; rows 2-4 filled in every way; row 5 absent; rows past the table ignored. */
const ROWS = [
  '<row r="1">' + HEADERS.map((h, i) => `<c r="${"ABCDEFGH"[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("") + "</row>",
  '<row r="2" spans="1:9">',
  '<c r="A2" t="s"><v>0</v></c>',
  '<c r="B2" t="s" s="0"><v>1</v></c>',
  '<c r="C2" t="d"><v>2025-03-01</v></c>',
  '<c r="D2" t="d"><v>2025-03-01T12:00:00</v></c>',
  '<c r="E2"><v>1500.5</v></c>',
  '<c r="F2" t="b"><v>1</v></c>',
  '<c r="G2" t="e"><f>NA()</f><v>#N/A</v></c>',
  '<c r="H2" t="str"><f>"a "&amp;"&amp; b"</f><v>a &amp; b</v></c>',
  '<c r="I2" t="inlineStr"><is><t>outside the table</t></is></c>',
  "</row>",
  // A row and cells with no r: the row follows the last, each cell the one before it.
  "<row>",
  '<c t="inlineStr"><is><t>A-02</t></is></c>',
  '<c t="inlineStr"><is><r><rPr><i/></rPr><t xml:space="preserve">Rich </t></r><r><t>inline</t></r><rPh sb="0" eb="4"><t>リッチ</t></rPh></is></c>',
  "<c/>",
  '<c t="b"><v>0</v></c>',
  "<c><v>0</v></c>",
  '<c t="e"><v>#DIV/0!</v></c>',
  '<c t="s"><v>2</v></c>',
  '<c t="inlineStr"><is><t>_x0009_tab</t></is></c>',
  "</row>",
  // r on the row and on one cell; the cell after it has none. Formulas without a result (openpyxl
  // writes <v></v>) are empty, as is a text formula whose result is "".
  '<row r="4"><c r="B4" t="s"><v>3</v></c><c t="n"><v>-7.25E-3</v></c><c r="D4"><f>1+1</f><v></v></c><c r="E4" s="0"><f>2+2</f><v/></c><c r="F4"><f>3+3</f></c><c r="G4" t="str"><v></v></c><c r="H4" t="inlineStr"><is><t xml:space="preserve">  </t></is></c></row>',
  '<row r="6"><c r="A6" t="inlineStr"><is><t>below the table</t></is></c></row>',
].join("");

const cell = (kind: string, value: unknown, address: string) => ({ kind, value, address });

/** The rows of tblActions each layout must read, addresses on sheet `prefix`. */
function expectedRows(prefix: string) {
  const row = (index: number, values: [string, unknown][]) => ({
    index,
    cells: Object.fromEntries(HEADERS.map((h, c) => [h, cell(values[c][0], values[c][1], `${prefix}${"ABCDEFGH"[c]}${index + 2}`)])),
  });
  return [
    row(0, [["text", "A-01"], ["text", "Line one\r\nline two & _x000D_ é"], ["number", 45717], ["number", 45717.5], ["number", 1500.5], ["boolean", true], ["error", "#N/A"], ["text", "a & b"]]),
    row(1, [["text", "A-02"], ["text", "Rich inline"], ["empty", null], ["boolean", false], ["number", 0], ["error", "#DIV/0!"], ["empty", null], ["text", "\ttab"]]),
    row(2, [["empty", null], ["text", "Ministry of Labour"], ["number", -0.00725], ["empty", null], ["empty", null], ["empty", null], ["empty", null], ["text", "  "]]),
    row(3, HEADERS.map((): [string, unknown] => ["empty", null])),
  ];
}

interface Layout {
  what: string;
  spec: PackageSpec;
  sheet: string;
  prefix: string;
}

const actionsSheet = (name: string, part: string, target: string, table: string, tableTarget: string): SheetSpec => ({
  name,
  part,
  target,
  rows: ROWS,
  table: { name: "tblActions", ref: "A1:H5", headers: HEADERS, part: table, target: tableTarget },
});

const LAYOUTS: Layout[] = [
  {
    what: "Excel's layout: xl/workbook.xml, relative targets",
    spec: { workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", sheets: [actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml")], sharedStrings: SHARED },
    sheet: "Actions",
    prefix: "Actions!",
  },
  {
    what: "the workbook part at wb/book.xml, every target absolute, stored without compression",
    spec: {
      workbook: "wb/book.xml",
      workbookTarget: "/wb/book.xml",
      sheets: [actionsSheet("3 Plan of Action", "wb/sheets/plan.xml", "/wb/sheets/plan.xml", "parts/tbl.xml", "/parts/tbl.xml")],
      sharedStrings: SHARED,
      compression: "STORE",
    },
    sheet: "3 Plan of Action",
    prefix: "'3 Plan of Action'!",
  },
  {
    what: "wb/book.xml named by a ./ target, the sheet as Apple Numbers names it (xl/worksheets/sheet.xml), reached with ../",
    spec: {
      workbook: "wb/book.xml",
      workbookTarget: "./wb/book.xml",
      sheets: [
        { name: "Notes", part: "wb/notes.xml", target: "notes.xml", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        actionsSheet("Plan d'action", "xl/worksheets/sheet.xml", "../xl/worksheets/sheet.xml", "xl/tables/table.xml", "../tables/table.xml"),
      ],
      sharedStrings: SHARED,
    },
    sheet: "Plan d'action",
    prefix: "'Plan d''action'!",
  },
  {
    what: "targets that differ in case from the part names, and %20 for a space",
    spec: {
      workbook: "xl/workbook.xml",
      workbookTarget: "XL/Workbook.xml",
      sheets: [actionsSheet("Actions", "xl/worksheets/my sheet.xml", "Worksheets/My%20Sheet.xml", "xl/tables/table1.xml", "../Tables/TABLE1.xml")],
      sharedStrings: SHARED,
    },
    sheet: "Actions",
    prefix: "Actions!",
  },
  {
    what: "every part with a byte-order mark, line breaks (CRLF) and indents between tags",
    spec: { workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", pretty: true, sheets: [actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml")], sharedStrings: SHARED },
    sheet: "Actions",
    prefix: "Actions!",
  },
  {
    what: "SpreadsheetML under an x: prefix in every part",
    spec: { workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", prefix: "x", sheets: [actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml")], sharedStrings: SHARED },
    sheet: "Actions",
    prefix: "Actions!",
  },
  {
    what: "ISO 29500 Strict namespaces, with an x: prefix",
    spec: { workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", strict: true, prefix: "x", sheets: [actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml")], sharedStrings: SHARED },
    sheet: "Actions",
    prefix: "Actions!",
  },
  {
    what: "ISO 29500 Strict namespaces, as the default namespace",
    spec: { workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", strict: true, sheets: [actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml")], sharedStrings: SHARED },
    sheet: "Actions",
    prefix: "Actions!",
  },
];

describe("hand-made packages", () => {
  test.each(LAYOUTS.map((l) => [l.what, l] as const))("%s: every cell's kind and value", async (_what, layout) => {
    const tables = plain(await readPlanFromPackage("made.xlsx", await build(layout.spec)));
    expect(tables.tables).toEqual([{ key: "tblActions", name: "tblActions", sheet: layout.sheet, headers: HEADERS, address: `${layout.prefix}A1`, rows: expectedRows(layout.prefix) }]);
    expect(tables.settingsFound).toBe(false);
    // A workbook without planLanguage reads as English.
    expect(tables.settings).toEqual({ ...DEFAULT_SETTINGS, language: "en" });
    expect(tables.contractVersion).toBeUndefined();
  });

  test("the layouts are what they say: no xl/workbook.xml, no sheet1.xml where so described", () => {
    const files = (i: number) => Object.keys(packageFiles(LAYOUTS[i].spec));
    expect(files(1)).not.toContain("xl/workbook.xml");
    expect(files(1)).toContain("wb/book.xml");
    expect(files(2)).toContain("xl/worksheets/sheet.xml");
    const pretty = packageFiles(LAYOUTS[4].spec);
    expect(pretty["xl/worksheets/sheet1.xml"].startsWith("\uFEFF<?xml")).toBe(true);
    expect(pretty["xl/worksheets/sheet1.xml"]).toContain('<c r="A2" t="s">\r\n  <v>0</v>\r\n  </c>');
    expect(pretty["shared/strings.xml"]).toContain('<t xml:space="preserve">-01</t>\r\n  </r>');
    expect(pretty["_rels/.rels"]).toContain("\r\n  <Relationship ");
    const prefixed = packageFiles(LAYOUTS[5].spec)["xl/worksheets/sheet1.xml"];
    expect(prefixed).toContain('<x:c r="A2" t="s"><x:v>0</x:v></x:c>');
    expect(prefixed).not.toContain("<c ");
  });

  test("a table whose name differs in case, a settings table on another sheet, the contract version as a defined name", async () => {
    const settingsRows = [
      '<row r="1"><c r="B1" t="inlineStr"><is><t>Name</t></is></c><c r="C1" t="inlineStr"><is><t>Value</t></is></c></row>',
      '<row r="2"><c r="B2" t="inlineStr"><is><t>planCountry</t></is></c><c r="C2" t="inlineStr"><is><t>Testland &amp; Co</t></is></c></row>',
      '<row r="3"><c r="B3" t="inlineStr"><is><t>planStartYear</t></is></c><c r="C3"><v>2026</v></c></row>',
      '<row r="4"><c r="B4" t="inlineStr"><is><t>planEndYear</t></is></c><c r="C4"><v>2030</v></c></row>',
    ].join("");
    const bytes = await build({
      workbook: "xl/workbook.xml",
      workbookTarget: "xl/workbook.xml",
      sheets: [
        { ...actionsSheet("Actions", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml", "xl/tables/table1.xml", "../tables/table1.xml"), table: { name: "TBLACTIONS", ref: "A1:H5", headers: HEADERS, part: "xl/tables/table1.xml", target: "../tables/table1.xml" } },
        { name: "Settings", part: "xl/worksheets/sheet2.xml", target: "worksheets/sheet2.xml", rows: settingsRows, table: { name: "tblSettings", ref: "B1:C4", headers: ["Name", "Value"], part: "xl/tables/table2.xml", target: "../tables/table2.xml" } },
      ],
      sharedStrings: SHARED,
      definedNames: '<definedNames><definedName name="mdContractVersion" localSheetId="0">99</definedName><definedName name="MDCONTRACTVERSION">1</definedName></definedNames>',
    });
    const read = await readPlanFromPackage("made.xlsx", bytes);
    expect(read.tables.tblActions?.name).toBe("TBLACTIONS");
    expect(plain(read).tables[0].rows).toEqual(expectedRows("Actions!"));
    expect(read.tables.tblSettings?.address).toBe("Settings!B1");
    expect(read.tables.tblSettings?.rows.map((r) => [r.cells.Name.value, r.cells.Value.value, r.cells.Value.address])).toEqual([
      ["planCountry", "Testland & Co", "Settings!C2"],
      ["planStartYear", 2026, "Settings!C3"],
      ["planEndYear", 2030, "Settings!C4"],
    ]);
    expect(read.settingsFound).toBe(true);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, country: "Testland & Co", startYear: 2026, endYear: 2030, language: "en" });
    // The workbook-scoped name, not the one local to a sheet.
    expect(read.contractVersion).toBe("1");
  });

  test("a table with a totals row and one without a header row", async () => {
    const rows = [
      '<row r="2"><c r="A2" t="inlineStr"><is><t>A-01</t></is></c><c r="B2"><v>10</v></c></row>',
      '<row r="3"><c r="A3" t="inlineStr"><is><t>Total</t></is></c><c r="B3"><f>SUBTOTAL(109,B2)</f><v>10</v></c></row>',
      '<row r="7"><c r="A7" t="inlineStr"><is><t>G1</t></is></c><c r="B7" t="inlineStr"><is><t>Objective</t></is></c></row>',
    ].join("");
    const sheet: SheetSpec = { name: "S", part: "xl/worksheets/sheet1.xml", target: "worksheets/sheet1.xml", rows, table: { name: "tblActions", ref: "A1:B3", headers: ["Action ID", "Budget"], part: "xl/tables/table1.xml", target: "../tables/table1.xml", totalsRowCount: 1 } };
    const goals: SheetSpec = { name: "G", part: "xl/worksheets/sheet2.xml", target: "worksheets/sheet2.xml", rows, table: { name: "tblGoals", ref: "A7:B7", headers: ["Goal ID", "Objective"], part: "xl/tables/table2.xml", target: "../tables/table2.xml", headerRowCount: 0 } };
    const read = plain(await readPlanFromPackage("made.xlsx", await build({ workbook: "xl/workbook.xml", workbookTarget: "xl/workbook.xml", sheets: [sheet, goals] })));
    expect(read.tables.find((t) => t.key === "tblActions")!.rows).toEqual([{ index: 0, cells: { "Action ID": cell("text", "A-01", "S!A2"), Budget: cell("number", 10, "S!B2") } }]);
    const g = read.tables.find((t) => t.key === "tblGoals")!;
    expect(g.rows).toEqual([{ index: 0, cells: { "Goal ID": cell("text", "G1", "G!A7"), Objective: cell("text", "Objective", "G!B7") } }]);
  });
});

describe("long texts, inflated in pieces of 64 KB", () => {
  // 10 bytes a unit: the cuts between pieces (every 65,536 bytes) fall at 5 phases of it, cutting
  // an entity, a three-byte and a two-byte character somewhere in each long text.
  const UNIT_XML = "&amp;中é";
  const UNIT = "&中é";
  const LONG = 30000;
  /** "same", or where a long text first differs (a failure should not print 300 KB). */
  const mismatch = (got: unknown, want: string): string => {
    if (got === want) return "same";
    if (typeof got !== "string") return `not text: ${typeof got}`;
    let i = 0;
    while (i < got.length && got[i] === want[i]) i++;
    return `length ${got.length} for ${want.length}; from ${i}: ${JSON.stringify(got.slice(i, i + 12))} for ${JSON.stringify(want.slice(i, i + 12))}`;
  };

  test("entities and characters across the cuts are read whole, in shared strings, inline strings and values", async () => {
    const rows = [
      `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f>REPT("x",2)</f><v>${UNIT_XML.repeat(LONG)}</v></c>`,
      `<c r="C2" t="inlineStr"><is><r><t>${UNIT_XML.repeat(LONG)}</t></r><r><t>${UNIT_XML.repeat(LONG)}</t></r></is></c></row>`,
    ].join("");
    for (const compression of ["DEFLATE", "STORE"] as const) {
      const bytes = await build({
        workbook: "xl/workbook.xml",
        workbookTarget: "xl/workbook.xml",
        compression,
        sheets: [{ name: "Long", part: "xl/worksheets/sheet1.xml", target: "worksheets/sheet1.xml", rows, table: { name: "tblActions", ref: "A1:C2", headers: ["Action ID", "Title", "Partners"], part: "xl/tables/table1.xml", target: "../tables/table1.xml" } }],
        sharedStrings: [`<t>${UNIT_XML.repeat(LONG)}</t>`],
      });
      const row = (await readPlanFromPackage("long.xlsx", bytes)).tables.tblActions!.rows[0].cells;
      expect({
        compression,
        shared: mismatch(row["Action ID"].value, UNIT.repeat(LONG)),
        value: mismatch(row["Title"].value, UNIT.repeat(LONG)),
        inline: mismatch(row["Partners"].value, UNIT.repeat(2 * LONG)),
      }).toEqual({ compression, shared: "same", value: "same", inline: "same" });
    }
  });
});

describe("the 1904 date system", () => {
  const STYLES = [
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/><numFmt numFmtId="165" formatCode="&quot;USD&quot;\\ #,##0.00;[Red]\\-#,##0.00"/></numFmts>',
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs>',
  ].join("");
  const HEAD = ["Action ID", "Start", "End", "Budget", "Committed", "Funding gap", "Endorsed"];
  const rows = '<row r="2"><c r="A2" t="inlineStr"><is><t>A-01</t></is></c><c r="B2" s="1"><v>43890</v></c><c r="C2" s="2"><v>43890.25</v></c><c r="D2" s="3"><v>43890</v></c><c r="E2"><v>43890</v></c><c r="F2" s="4"><v>43890</v></c><c r="G2" t="d" s="1"><v>2025-03-01</v></c></row>';
  const spec = (date1904: string | undefined, style: Style = {}): PackageSpec => ({
    ...style,
    workbook: "xl/workbook.xml",
    workbookTarget: "xl/workbook.xml",
    workbookPr: date1904 === undefined ? undefined : `<workbookPr date1904="${date1904}" defaultThemeVersion="124226"/>`,
    styles: STYLES,
    sheets: [{ name: "Mac", part: "xl/worksheets/sheet1.xml", target: "worksheets/sheet1.xml", rows, table: { name: "tblActions", ref: "A1:G2", headers: HEAD, part: "xl/tables/table1.xml", target: "../tables/table1.xml" } }],
  });
  const values = async (s: PackageSpec) => {
    const t = (await readPlanFromPackage("mac.xlsx", await build(s))).tables.tblActions!;
    return HEAD.map((h) => [t.rows[0].cells[h].kind, t.rows[0].cells[h].value]);
  };

  test.each([
    ["1", {}],
    ["true", {}],
    ["1", { prefix: "x" }],
    ["1", { strict: true }],
  ] as [string, Style][])('date1904="%s" (%j): date-formatted serials move 1462 days, plain and currency numbers do not', async (flag, style) => {
    expect(await values(spec(flag, style))).toEqual([
      ["text", "A-01"],
      ["number", 43890 + 1462],
      ["number", 43890.25 + 1462],
      ["number", 43890],
      ["number", 43890],
      ["number", 43890],
      // An ISO date is a date whatever the system: its serial in the 1900 system the check uses.
      ["number", 45717],
    ]);
  });

  test.each([[undefined], ["0"], ["false"]])("date1904 %s: nothing moves", async (flag) => {
    expect(await values(spec(flag))).toEqual([
      ["text", "A-01"],
      ["number", 43890],
      ["number", 43890.25],
      ["number", 43890],
      ["number", 43890],
      ["number", 43890],
      ["number", 45717],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Messages

async function failure(promise: Promise<unknown>): Promise<PlanFileError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof PlanFileError) return e;
    throw new Error(`not a PlanFileError: ${(e as Error).stack}`);
  }
  throw new Error("no error");
}

describe("messages", () => {
  const base = (): PackageSpec => ({
    workbook: "xl/workbook.xml",
    workbookTarget: "xl/workbook.xml",
    sheets: [
      { name: "Lists", part: "xl/worksheets/sheet1.xml", target: "worksheets/sheet1.xml", rows: "" },
      actionsSheet("3 Plan of Action", "xl/worksheets/sheet2.xml", "worksheets/sheet2.xml", "xl/tables/table1.xml", "../tables/table1.xml"),
    ],
    sharedStrings: SHARED,
  });
  const damaged = (detail: string) => `made.xlsx: is damaged (${detail}). Ask the sender for a new copy, or open it in Excel and let it repair the file.`;

  test("the undamaged package reads (so each damage below is what fails)", async () => {
    expect(plain(await readPlanFromPackage("made.xlsx", await build(base()))).tables[0].rows).toEqual(expectedRows("'3 Plan of Action'!"));
  });

  test("a sheet that is not well-formed inside the table's rows names the part and the sheet", async () => {
    const files = packageFiles(base());
    files["xl/worksheets/sheet2.xml"] = files["xl/worksheets/sheet2.xml"].replace('<c r="E2"><v>1500.5</v></c>', '<c r="E2"><v>1500.5</c>');
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toBe(damaged('xl/worksheets/sheet2.xml, the part of sheet "3 Plan of Action": </c> closes <v>'));
  });

  test("a sheet cut short names the part and the sheet", async () => {
    const files = packageFiles(base());
    const xml = files["xl/worksheets/sheet2.xml"];
    files["xl/worksheets/sheet2.xml"] = xml.slice(0, xml.indexOf('<c r="C2"') + 5);
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toBe(damaged('xl/worksheets/sheet2.xml, the part of sheet "3 Plan of Action": the part ends inside a tag'));
  });

  test("a sheet with an undeclared prefix names the part and the sheet", async () => {
    const files = packageFiles(base());
    files["xl/worksheets/sheet2.xml"] = files["xl/worksheets/sheet2.xml"].replace('<c r="E2">', '<y:c r="E2">').replace("<v>1500.5</v></c>", "<v>1500.5</v></y:c>");
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toBe(damaged('xl/worksheets/sheet2.xml, the part of sheet "3 Plan of Action": the prefix "y" of <y:c> is not declared'));
  });

  test("a sheet's relationships part that is not well-formed names it and the sheet", async () => {
    const files = packageFiles(base());
    files["xl/worksheets/_rels/sheet2.xml.rels"] = files["xl/worksheets/_rels/sheet2.xml.rels"].replace("</Relationships>", "");
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toMatch(/^made\.xlsx: is damaged \(xl\/worksheets\/sheet2\.xml, the part of sheet "3 Plan of Action": xl\/worksheets\/_rels\/sheet2\.xml\.rels is not well-formed XML \(.+\)\)\. Ask the sender/);
  });

  test("a shared strings part that is not well-formed is named", async () => {
    const files = packageFiles(base());
    files["shared/strings.xml"] = files["shared/strings.xml"].replace("<si><t>Ministry of Labour</t></si>", "<si><t>Ministry of Labour</si>");
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toBe(damaged("shared/strings.xml: </si> closes <t>"));
  });

  test("a workbook part that is not well-formed is named", async () => {
    const files = packageFiles(base());
    files["xl/workbook.xml"] = files["xl/workbook.xml"].replace("</sheets>", "</sheet>");
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toMatch(/^made\.xlsx: is damaged \(xl\/workbook\.xml: .+\)\. Ask the sender/);
  });

  test("a cell that names a shared string the workbook does not hold names the part and the sheet", async () => {
    const files = packageFiles(base());
    files["xl/worksheets/sheet2.xml"] = files["xl/worksheets/sheet2.xml"].replace('<c r="A2" t="s"><v>0</v></c>', '<c r="A2" t="s"><v>40</v></c>');
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf(files)));
    expect(e.message).toBe(damaged('xl/worksheets/sheet2.xml, the part of sheet "3 Plan of Action": a cell refers to shared string 40, which the workbook does not hold'));
  });

  const NOT_A_WORKBOOK = "made.xlsx: is a zip file but not an Excel workbook (its _rels/.rels names no workbook part). Save it from Excel as .xlsx.";

  test("a zip whose _rels/.rels names no workbook gets the 'not an Excel workbook' message", async () => {
    const files = packageFiles(base());
    files["_rels/.rels"] = relsXml([{ id: "rId1", kind: "extended-properties", target: "docProps/app.xml" }]);
    expect((await failure(readPlanFromPackage("made.xlsx", await zipOf(files)))).message).toBe(NOT_A_WORKBOOK);
  });

  test("a zip with xl/workbook.xml but no _rels/.rels, or a workbook relationship to a missing part, or an external one", async () => {
    const noRels = packageFiles(base());
    delete noRels["_rels/.rels"];
    expect((await failure(readPlanFromPackage("made.xlsx", await zipOf(noRels)))).message).toBe(NOT_A_WORKBOOK);
    const missing = packageFiles(base());
    missing["_rels/.rels"] = relsXml([{ id: "rId1", kind: "officeDocument", target: "xl/book.xml" }]);
    expect((await failure(readPlanFromPackage("made.xlsx", await zipOf(missing)))).message).toBe(NOT_A_WORKBOOK);
    const external = packageFiles(base());
    external["_rels/.rels"] = relsXml([{ id: "rId1", kind: "officeDocument", target: "xl/workbook.xml", external: true }]);
    expect((await failure(readPlanFromPackage("made.xlsx", await zipOf(external)))).message).toBe(NOT_A_WORKBOOK);
  });

  test("a zip of other files gets the 'not an Excel workbook' message", async () => {
    const e = await failure(readPlanFromPackage("made.xlsx", await zipOf({ "readme.txt": "hello", "data/report.csv": "a,b\n1,2\n" })));
    expect(e.message).toBe(NOT_A_WORKBOOK);
  });
});
