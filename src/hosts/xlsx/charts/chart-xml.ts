/**
 * DrawingML for one chart part (xl/charts/chartN.xml): a clustered bar or column chart with a
 * category and a value axis, or a pie. Series point at sheet cells by reference only; Excel and
 * LibreOffice read the values from the cells when they open the file. Points may carry their own
 * colours (c:dPt), values their labels (c:dLbls), the value axis a number format and, for
 * counts, whole-number steps from 0.
 */
import type { ResolvedChart } from "./resolve";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

import { escapeXml } from "../../../model/xml-escape";

/** "#2E75B6" or "2e75b6" to "2E75B6"; undefined when it is not a six-digit hex colour. */
export function hexColor(color: string | undefined): string | undefined {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color?.trim() ?? "");
  return m ? m[1].toUpperCase() : undefined;
}

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

const solidFill = (color: string) => `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;

/** A number format as a chart part holds it: our own (not the cells'), or the cells' when none is given. */
function numFmt(format: string | undefined): string {
  return format ? `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
}

/** Each point's value beside it (outside the bar's end; a pie's best fit), nothing else. */
function dataLabels(chart: ResolvedChart): string {
  if (!chart.dataLabels) return "";
  const pos = chart.type === "pie" ? "bestFit" : "outEnd";
  return (
    `<c:dLbls>${numFmt(chart.dataLabels.numberFormat)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function series(chart: ResolvedChart): string {
  return chart.series
    .map((s, i) => {
      const color = hexColor(s.color);
      // Pie slices take the theme's colours (varyColors); one fill would paint them all alike.
      const fill = color && chart.type !== "pie" ? solidFill(color) : "";
      const invert = chart.type === "pie" ? "" : `<c:invertIfNegative val="0"/>`;
      // Points coloured one by one (bars by status), in the schema's order: idx, invertIfNegative, bubble3D, spPr.
      const points = (s.pointColors ?? [])
        .slice(0, s.rows)
        .map((c, p) => [p, hexColor(c)] as const)
        .filter((pc): pc is readonly [number, string] => pc[1] !== undefined)
        .map(([p, c]) => `<c:dPt><c:idx val="${p}"/>${invert}<c:bubble3D val="0"/>${solidFill(c)}</c:dPt>`)
        .join("");
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}${invert}${points}${dataLabels(chart)}` +
        `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
}

function axes(chart: ResolvedChart): string {
  const horizontal = chart.type === "bar";
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  const axis = chart.valueAxis ?? {};
  // Counts start at 0 and step by 1: never an axis of 0.5, 1.5...
  const min = axis.wholeNumbers ? `<c:min val="0"/>` : "";
  const unit = axis.wholeNumbers ? `<c:majorUnit val="1"/>` : "";
  // Bars read top-down in the cells' order (Excel draws the first at the bottom); the value axis
  // then crosses at the last category, so it stays below the bars.
  const order = horizontal ? "maxMin" : "minMax";
  const crosses = horizontal ? "max" : "autoZero";
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${order}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${min}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/>${numFmt(axis.numberFormat)}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="${crosses}"/><c:crossBetween val="between"/>${unit}</c:valAx>`
  );
}

function plot(chart: ResolvedChart): string {
  if (chart.type === "pie") {
    return `<c:pieChart><c:varyColors val="1"/>${series(chart)}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  const dir = chart.type === "bar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart)}` +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${axes(chart)}`
  );
}

/** The whole chart part, in the element order of the chartSpace schema. */
export function chartXml(chart: ResolvedChart): string {
  // One series needs no legend: the title says what the bars are.
  const legend = chart.type === "pie" || chart.series.length > 1 ? `<c:legend><c:legendPos val="${chart.type === "pie" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}
