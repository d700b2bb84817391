/** Rebuilding the capacity matrix in Excel (through the double) for 200 stakeholders × 30 areas. */
import { createExcelDouble } from "../../src/excel-double";
import { fillTables } from "../../test/support/fill-tables";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { DEFAULT_SETTINGS } from "../../src/model/settings";

export async function matrixFigures(stakeholders = 200, areas = 30) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings: { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" } });
  const rows = [];
  for (let s = 0; s < stakeholders; s++) {
    for (let a = 0; a < areas; a++) rows.push({ Stakeholder: `Agency ${s + 1}`, "Capacity area": `Area ${a + 1}`, Level: "Organisational", Current: 1 + ((s + a) % 4), Required: 5 });
  }
  await fillTables(double, { tblCapacity: rows });
  double.stats.reset();
  const t = performance.now();
  const report = await planner.refresh(["tblCapacityMatrix"]);
  return {
    matrixStakeholders: stakeholders,
    matrixAreas: areas,
    matrixRebuildSyncs: report.syncs,
    matrixRebuildMaxRequestBytes: double.stats.maxRequestBytes,
    matrixRebuildMs: Math.round(performance.now() - t),
  };
}
