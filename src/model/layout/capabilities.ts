import type { SetupKey } from "../i18n/setup";
import type { SetupWords } from "./setup-words";

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
export function capabilityNotices(c: Capabilities, { t }: SetupWords): string[] {
  const upgrade = t("capability.upgrade");
  const missing: SetupKey[] = [];
  if (!c.dataValidation) missing.push("capability.dataValidation");
  if (!c.conditionalFormats) missing.push("capability.conditionalFormats");
  if (!c.freezePanes) missing.push("capability.freezePanes");
  if (!c.pageLayout) missing.push("capability.pageLayout");
  if (!c.groupColumns) missing.push("capability.groupColumns");
  return missing.map((key) => t(key, { upgrade }));
}
