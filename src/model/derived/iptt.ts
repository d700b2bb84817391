/**
 * The Indicator Performance Tracking Table: one row per indicator, and for each reporting period
 * of the plan its target, its actual (the total reported in tblIndicatorValues) and the percent
 * achieved. Columns follow the plan period and frequency (rebuilt by refresh when they change);
 * figures are formulas, so typed values show without a rebuild.
 */
import type { Frequency, PlanSettings } from "../settings";
import { col, lookup, rowOf } from "../formulas";
import type { ColumnSpec, ConditionalFormatSpec, SheetSpec, TableRow, TableSpec } from "../spec/types";
import { distinctTexts } from "./distinct";
import { FIGURE_FORMAT } from "../spec/columns";
import { MONITORING_STAGE } from "../registry";
import { sheetWords } from "../i18n/sheets";
import { guidanceOf, guidanceRows, rebuildWords } from "../spec/sheet-layout";

/** % achieved against the plan's thresholds (Settings), coloured as the Status column's On track, At risk and Off track. */
const ACHIEVED_COLOURS: ConditionalFormatSpec[] = [
  { kind: "compare", operator: "greaterThanOrEqual", formula1: "thrOnTrack", fill: "#C6EFCE", font: "#006100" },
  { kind: "compare", operator: "between", formula1: "thrAtRisk", formula2: "thrOnTrack", fill: "#FFEB9C", font: "#9C5700" },
  { kind: "compare", operator: "lessThan", formula1: "thrAtRisk", fill: "#FFC7CE", font: "#9C0006" },
];

export const IPTT_SHEET = MONITORING_STAGE.sheets.iptt.name;
const HEADER_ROW = 5;

export interface Period {
  label: string;
  year: number;
  /** year * 100 + the period's last month: the workbook's Period key. */
  key: number;
}

const PARTS: Record<Frequency, { count: number; label: (i: number) => string; months: number }> = {
  Annual: { count: 1, label: () => "", months: 12 },
  "Semi-annual": { count: 2, label: (i) => `-S${i}`, months: 6 },
  Quarterly: { count: 4, label: (i) => `-Q${i}`, months: 3 },
  Monthly: { count: 12, label: (i) => `-${String(i).padStart(2, "0")}`, months: 1 },
};

export function planPeriods(settings: Pick<PlanSettings, "startYear" | "endYear" | "frequency">): Period[] {
  const part = PARTS[settings.frequency];
  const out: Period[] = [];
  for (let year = settings.startYear; year <= settings.endYear; year++) {
    for (let i = 1; i <= part.count; i++) out.push({ label: `${year}${part.label(i)}`, year, key: year * 100 + i * part.months });
  }
  return out;
}

export function ipttTable(settings: PlanSettings, indicators: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const r = rowOf("tblIPTT");
  const id = r("Indicator ID");
  const values = (h: string) => col("tblIndicatorValues", h);
  const info = (header: string, width: number, numberFormat = "General"): ColumnSpec => ({
    header,
    kind: "text",
    width,
    numberFormat,
    formula: `=IF(${id}="","",${lookup("tblIndicators", "Indicator ID", header, id)})`,
  });
  const columns: ColumnSpec[] = [
    { header: "Indicator ID", kind: "id", width: 9, numberFormat: "@" },
    info("Indicator", 34),
    info("Unit", 10),
    // General: whole numbers without a trailing dot, decimals where the indicator has them.
    info("Baseline", 9),
    info("Baseline year", 8, "0"),
    info("Target", 9),
    info("Target year", 8, "0"),
  ];
  const blank = `OR(${id}="",${r("Baseline")}="",${r("Target")}="",${r("Baseline year")}="",${r("Target year")}="")`;
  // Period targets in the indicator's unit: whole numbers (1,667 households, not 1,666.67) unless
  // the baseline or target has decimals, then as many as they have (up to 2).
  const whole = (x: string) => `${x}=INT(${x})`;
  const tenths = (x: string) => `${x}*10=INT(${x}*10)`;
  const digits = `IF(AND(${whole(r("Baseline"))},${whole(r("Target"))}),0,IF(AND(${tenths(r("Baseline"))},${tenths(r("Target"))}),1,2))`;
  for (const p of planPeriods(settings)) {
    const share = `MIN(1,MAX(0,IF(${r("Target year")}=${r("Baseline year")},1,(${p.year}-${r("Baseline year")})/(${r("Target year")}-${r("Baseline year")}))))`;
    const totals = `${values("Indicator ID")},${id},${values("Period key")},${p.key},${values("Total row")},"Yes"`;
    columns.push(
      { header: `${p.label} target`, kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: `=IF(${blank},"",ROUND(${r("Baseline")}+(${r("Target")}-${r("Baseline")})*${share},${digits}))` },
      { header: `${p.label} actual`, kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: `=IF(${id}="","",IF(COUNTIFS(${totals},${values("Value")},"<>")=0,"",SUMIFS(${values("Value")},${totals})))` },
      {
        header: `${p.label} % achieved`,
        kind: "percent",
        width: 9,
        numberFormat: "0%",
        conditionalFormats: ACHIEVED_COLOURS,
        formula: `=IF(OR(${r(`${p.label} actual`)}="",${r(`${p.label} target`)}=""),"",IF(${r(`${p.label} target`)}=${r("Baseline")},"",(${r(`${p.label} actual`)}-${r("Baseline")})/(${r(`${p.label} target`)}-${r("Baseline")})))`,
      },
    );
  }
  return {
    table: { name: "tblIPTT", caption: `Indicator Performance Tracking Table, ${settings.startYear}-${settings.endYear}, ${settings.frequency.toLowerCase()}`, derived: true, columns },
    rows: distinctTexts(indicators.map((i) => i["Indicator ID"] ?? null)).map((x) => ({ "Indicator ID": x })),
  };
}

/**
 * The latest period's values by sex for the indicators marked for sex disaggregation, beside the
 * IPTT: total, female, male, and what the total holds beyond them (unknown or other).
 */
export function bySexTable(indicators: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const r = rowOf("tblIndicatorsBySex");
  const id = r("Indicator ID");
  const values = (h: string) => col("tblIndicatorValues", h);
  const key = `${lookup("tblIndicators", "Indicator ID", "Latest period key", id)}`;
  // The latest period as people write it (2026, 2026-S2, 2026-Q4, 2026-12), from its key
  // (year * 100 + last month) and the plan's reporting frequency.
  const y = `INT(${key}/100)`;
  const m = `MOD(${key},100)`;
  const label =
    `IF(AND(planFrequency="Annual",${m}=12),${y}&"",IF(AND(planFrequency="Semi-annual",MOD(${m},6)=0),${y}&"-S"&${m}/6,` +
    `IF(AND(planFrequency="Quarterly",MOD(${m},3)=0),${y}&"-Q"&${m}/3,${y}&"-"&TEXT(${m},"00"))))`;
  // Rows of that period for one sex, whole (Age group blank or Total): blank when none was reported.
  const sexRows = (sex: string, age: string, fn: "SUMIFS" | "COUNTIFS") =>
    `${fn}(${fn === "SUMIFS" ? `${values("Value")},` : ""}${values("Indicator ID")},${id},${values("Period key")},${key},${values("Sex")},"${sex}",${values("Age group")},"${age}"${fn === "COUNTIFS" ? `,${values("Value")},"<>"` : ""})`;
  const bySex = (sex: string) =>
    `=IF(OR(${id}="",${r("Latest period")}=""),"",IF(${sexRows(sex, "", "COUNTIFS")}+${sexRows(sex, "Total", "COUNTIFS")}=0,"",${sexRows(sex, "", "SUMIFS")}+${sexRows(sex, "Total", "SUMIFS")}))`;
  const rest = `${r("Total")}-N(${r("Female")})-N(${r("Male")})`;
  const marked = indicators.filter((i) => /sex|gender/i.test(String(i["Disaggregation"] ?? "")));
  return {
    table: {
      name: "tblIndicatorsBySex",
      caption: "Latest values by sex (indicators disaggregated by sex)",
      derived: true,
      columns: [
        { header: "Indicator ID", kind: "id", width: 9, numberFormat: "@" },
        { header: "Latest period", kind: "text", width: 9, numberFormat: "General", formula: `=IF(${id}="","",IF(N(${key})=0,"",${label}))` },
        { header: "Total", kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: `=IF(${id}="","",${lookup("tblIndicators", "Indicator ID", "Latest value", id)})` },
        { header: "Female", kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: bySex("Female") },
        { header: "Male", kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: bySex("Male") },
        // What the total holds beyond the values by sex: blank when nothing was reported by sex,
        // or when those values exceed the total (rates such as a %, which do not add up).
        { header: "Not by sex", kind: "number", width: 9, numberFormat: FIGURE_FORMAT, formula: `=IF(OR(${r("Total")}="",${r("Latest period")}="",AND(${r("Female")}="",${r("Male")}="")),"",IF(${rest}<0,"",${rest}))` },
      ],
    },
    rows: distinctTexts(marked.map((i) => i["Indicator ID"] ?? null)).map((x) => ({ "Indicator ID": x })),
  };
}

export function ipttSheet(settings: PlanSettings): SheetSpec {
  const { table, rows } = ipttTable(settings, []);
  const bySex = bySexTable([]);
  const words = sheetWords(settings.language);
  const guidance = guidanceOf(words, "stage.6.iptt", { sheet: words.term("sheets", MONITORING_STAGE.sheets.values.name), rebuild: rebuildWords(words, "tblIPTT") });
  return {
    name: IPTT_SHEET,
    stage: MONITORING_STAGE.number,
    tabColor: MONITORING_STAGE.sheets.iptt.tabColor,
    freezeRows: HEADER_ROW + 1,
    cells: [
      { row: 0, col: 0, content: { value: MONITORING_STAGE.title("Indicator Performance Tracking Table (IPTT)") }, style: "title" },
      ...guidanceRows(words, guidance),
      { row: HEADER_ROW - 1, col: 0, content: { value: bySex.table.caption }, style: "caption" },
      { row: HEADER_ROW - 1, col: bySex.table.columns.length + 1, content: { value: table.caption }, style: "caption" },
    ],
    // The by-sex table is first: the IPTT's columns change with the plan period, its do not.
    tables: [
      { table: bySex.table, row: HEADER_ROW, col: 0, rows: bySex.rows },
      { table, row: HEADER_ROW, col: bySex.table.columns.length + 1, rows },
    ],
  };
}
