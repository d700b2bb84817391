/**
 * The 5 × 5 risk heat map: how many risks sit at each likelihood and impact, coloured by the
 * score band the plan's thresholds give (riskHigh, riskMedium), so changing a threshold in the
 * settings recolours it. Plain cells beside the stage's tables, all formulas.
 */
import { col } from "../formulas";
import type { TextCell } from "../spec/types";

const HIGH = { fill: "#F8696B", font: "#3F0000" };
const MEDIUM = { fill: "#FFEB84", font: "#3F3000" };
const LOW = { fill: "#A9D08E", font: "#0F3000" };

export function riskHeatMap(top: number, left: number): TextCell[] {
  const cells: TextCell[] = [
    { row: top - 1, col: left, content: { value: "Risk heat map (number of risks)" }, style: "caption" },
    { row: top, col: left, content: { value: "Likelihood \\ Impact" }, style: "label" },
  ];
  for (let impact = 1; impact <= 5; impact++) cells.push({ row: top, col: left + impact, content: { value: impact }, style: "label" });
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row = top + 6 - likelihood;
    cells.push({ row, col: left, content: { value: likelihood }, style: "label" });
    for (let impact = 1; impact <= 5; impact++) {
      const score = likelihood * impact;
      cells.push({
        row,
        col: left + impact,
        content: { formula: `=COUNTIFS(${col("tblRisks", "Likelihood")},${likelihood},${col("tblRisks", "Impact")},${impact})` },
        numberFormat: "0",
        conditionalFormats: [
          { formula: `=${score}>=riskHigh`, ...HIGH },
          { formula: `=AND(${score}<riskHigh,${score}>=riskMedium)`, ...MEDIUM },
          { formula: `=${score}<riskMedium`, ...LOW },
        ],
      });
    }
  }
  return cells;
}
