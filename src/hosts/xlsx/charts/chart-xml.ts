/**
 * DrawingML for one chart part (xl/charts/chartN.xml): a clustered bar or column chart with a
 * category and a value axis, or a pie. Series point at sheet cells by reference only; Excel and
 * LibreOffice read the values from the cells when they open the file.
 */
import type { ResolvedChart } from "./resolve";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

import { escapeXml } from "../xml-text";

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

function series(chart: ResolvedChart): string {
  return chart.series
    .map((s, i) => {
      const color = hexColor(s.color);
      // Pie slices take the theme's colours (varyColors); one fill would paint them all alike.
      const fill = color && chart.type !== "pie" ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` : "";
      const invert = chart.type === "pie" ? "" : `<c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}${invert}` +
        `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f></c:numRef></c:val></c:ser>`
      );
    })
    .join("");
}

function axes(horizontal: boolean): string {
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plot(chart: ResolvedChart): string {
  if (chart.type === "pie") {
    return `<c:pieChart><c:varyColors val="1"/>${series(chart)}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  const dir = chart.type === "bar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart)}` +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${axes(chart.type === "bar")}`
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
