/**
 * The namespaces and relationship types an .xlsx package uses. Elements are matched by namespace
 * and local name, never by prefix: writers pick prefixes freely (openpyxl declares the drawing
 * namespace as the default, some tools write `x:` for SpreadsheetML), and a file saved in
 * ISO 29500 Strict names every namespace differently from the usual Transitional one.
 */
export const SPREADSHEET_NS = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
];
export const RELATIONSHIP_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];
export const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** A relationship's kind from its type URI: the last segment, the same in Transitional and Strict. */
export const relationshipKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

export const isSpreadsheetNs = (uri: string | undefined): boolean => uri !== undefined && SPREADSHEET_NS.includes(uri);
export const isRelationshipNs = (uri: string | undefined): boolean => uri !== undefined && RELATIONSHIP_NS.includes(uri);
