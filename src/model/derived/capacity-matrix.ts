/**
 * tblCapacityMatrix: stakeholders down, capacity areas across. Its rows and columns come from
 * tblCapacity when the matrix is built or refreshed; each cell stays a formula, so changed
 * ratings show at once without a refresh.
 */
import { col, rowOf, str } from "../formulas";
import { stageSheet } from "../spec/sheet-layout";
import type { ColumnSpec, SheetSpec, TableRow, TableSpec } from "../spec/types";
import { distinctTexts } from "./distinct";

export const CAPACITY_MATRIX_SHEET = "4 Capacity matrix";

const guidance = {
  purpose: "the capacity-gap matrix: for each stakeholder and capacity area, the largest gap over all levels, so the biggest needs stand out.",
  fillIn: "nothing: it is built from the capacity assessment. After adding a stakeholder or an area there, press Build capacity matrix in the add-in (or run mdplan refresh).",
  goodLooksLike: "dark cells have a costed response in the capacity assessment.",
};

/** Header text for an area; a name clashing with the Stakeholder column or blank gets a suffix. */
function areaHeader(area: string): string {
  return area.toLowerCase() === "stakeholder" ? `${area} (area)` : area;
}

export function capacityMatrixTable(capacityRows: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const stakeholders = distinctTexts(capacityRows.map((r) => r["Stakeholder"] ?? null));
  const areas = distinctTexts(capacityRows.map((r) => r["Capacity area"] ?? null));
  const m = rowOf("tblCapacityMatrix");
  const areaColumns: ColumnSpec[] = areas.map((area) => ({
    header: areaHeader(area),
    kind: "integer",
    width: Math.min(Math.max(area.length + 2, 10), 24),
    numberFormat: "0",
    formula: `=IF(${m("Stakeholder")}="","",MAXIFS(${col("tblCapacity", "Gap")},${col("tblCapacity", "Stakeholder")},${m("Stakeholder")},${col("tblCapacity", "Capacity area")},${str(area)}))`,
    conditionalFormats: [{ kind: "colorScale", minColor: "#FFFFFF", maxColor: "#C0504D" }],
  }));
  return {
    table: {
      name: "tblCapacityMatrix",
      caption: "Capacity-gap matrix (largest gap over all levels)",
      derived: true,
      columns: [{ header: "Stakeholder", kind: "text", width: 26, numberFormat: "@" }, ...areaColumns],
    },
    rows: stakeholders.map((s) => ({ Stakeholder: s })),
  };
}

export function capacityMatrixSheet(capacityRows: TableRow[]): SheetSpec {
  const { table, rows } = capacityMatrixTable(capacityRows);
  const sheet = stageSheet({ name: CAPACITY_MATRIX_SHEET, stage: 4, title: "Stage 4 · Capacity-gap matrix", guidance, tabColor: "#8064A2", tables: [table] });
  sheet.tables[0].rows = rows;
  return sheet;
}
