/** Features from ExcelApi sets newer than the manifest's minimum, detected at run time. */
export interface Capabilities {
  conditionalFormats: boolean; // ExcelApi 1.6
  freezePanes: boolean; // ExcelApi 1.7 (also tab colours)
  dataValidation: boolean; // ExcelApi 1.8
  suspendCalculation: boolean; // ExcelApi 1.6
  /** Runtime.enableEvents: events off while writing. Invisible to users, so no notice. */
  pauseEvents: boolean; // ExcelApi 1.8
  /** Worksheet.pageLayout: landscape, one page wide, header rows repeated, a footer. */
  pageLayout: boolean; // ExcelApi 1.9
  /** Range.group: helper columns in an outline group (hidden alone without it). */
  groupColumns: boolean; // ExcelApi 1.10
}

export const ALL_CAPABILITIES: Capabilities = { conditionalFormats: true, freezePanes: true, dataValidation: true, suspendCalculation: true, pauseEvents: true, pageLayout: true, groupColumns: true };

export function capabilitiesFrom(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return {
    conditionalFormats: isSetSupported("ExcelApi", "1.6"),
    freezePanes: isSetSupported("ExcelApi", "1.7"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    suspendCalculation: isSetSupported("ExcelApi", "1.6"),
    pauseEvents: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    groupColumns: isSetSupported("ExcelApi", "1.10"),
  };
}

/** What the user is told when a feature is left out. */
export function capabilityNotices(c: Capabilities): string[] {
  const out: string[] = [];
  const upgrade = "The workbook still works; set it up again in Excel 2021, Microsoft 365 or Excel on the web to add them.";
  if (!c.dataValidation) out.push(`Drop-down lists and typing rules were not added: this version of Excel lacks data validation (ExcelApi 1.8). ${upgrade}`);
  if (!c.conditionalFormats) out.push(`Status colours were not added: this version of Excel lacks conditional formats (ExcelApi 1.6). ${upgrade}`);
  if (!c.freezePanes) out.push(`Header rows were not frozen and tabs not coloured: this version of Excel lacks ExcelApi 1.7. ${upgrade}`);
  if (!c.pageLayout) {
    out.push(`Print settings were not added (landscape, one page wide, header rows repeated on every page, the plan's title in the footer): this version of Excel lacks page layout (ExcelApi 1.9). Sheets print portrait at 100 %: set them in Page Layout > Orientation and Scale to Fit (Width: 1 page) before printing.`);
  }
  if (!c.groupColumns) {
    out.push(`Helper columns were hidden without a + to show them: this version of Excel lacks outline groups (ExcelApi 1.10). To see them, select the columns around them, right-click the column letters and choose Unhide.`);
  }
  return out;
}
