/**
 * ExcelApi requirement sets. A member newer than the configured version still exists on the proxy
 * (as in real office.js, whose typings know every member) but the host rejects it at sync with
 * ApiNotFound, which is what an add-in meets on an older Excel.
 */

/** Members introduced after ExcelApi 1.1, from the @types/office-js annotations. */
const INTRODUCED: Record<string, string> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Range.getResizedRange": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "Table.worksheet": "1.2",
  "Table.showBandedRows": "1.3",
  "Worksheet.getUsedRange": "1.2",
  "Worksheet.protection": "1.2",
  "WorksheetProtection.protected": "1.2",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.unprotect": "1.7",
  "NamedItem.comment": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.addFormulaLocal": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "TableColumnCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "ConditionalFormat.getRange": "1.6",
  "ConditionalFormatCollection": "1.6",
  "ConditionalFormat": "1.6",
  "CustomConditionalFormat": "1.6",
  "CellValueConditionalFormat": "1.6",
  "ColorScaleConditionalFormat": "1.6",
  "TextConditionalFormat": "1.6",
  "ConditionalFormatRule": "1.6",
  "ConditionalRangeFormat": "1.6",
  "ConditionalRangeFont": "1.6",
  "ConditionalRangeFill": "1.6",
  "NamedItem.formula": "1.7",
  "Worksheet.freezePanes": "1.7",
  "WorksheetFreezePanes": "1.7",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.tabColor": "1.7",
  "ChartCollection.getItemOrNullObject": "1.4",
  "Chart.id": "1.7",
  "Chart.chartType": "1.7",
  "ChartSeriesCollection.add": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeries.delete": "1.7",
  "ChartDataLabels.numberFormat": "1.8",
  "ChartAxis.numberFormat": "1.8",
  "ChartAxis.reversePlotOrder": "1.7",
  "ChartAxis.position": "1.8",
  "ChartPointsCollection.getCount": "1.4",
  "Runtime": "1.5",
  "Runtime.enableEvents": "1.8",
  "Range.dataValidation": "1.8",
  "DataValidation": "1.8",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.columnHidden": "1.2",
  "Worksheet.pageLayout": "1.9",
  "PageLayout": "1.9",
  "HeaderFooterGroup": "1.9",
  "HeaderFooter": "1.9",
  "Range.group": "1.10",
};

/** "1.10" > "1.9": compare numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The set a member needs: its own entry, else its type's entry (every member of a type
 * introduced as a whole, like DataValidation), else 1.1.
 */
export function introducedIn(location: string): string {
  return INTRODUCED[location] ?? INTRODUCED[location.split(".")[0]] ?? "1.1";
}
