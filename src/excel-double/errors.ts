/**
 * The error shape Excel's API rejects with. Code under test must branch on `code` (messages are
 * localised in real Excel), so the double keeps codes exact and messages merely helpful.
 */

export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "ApiNotFound"
  | "GeneralException"
  | "InsertDeleteConflict";

export interface ExcelDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class ExcelDoubleError extends Error {
  readonly code: ExcelErrorCode;
  readonly debugInfo: ExcelDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: ExcelErrorCode, message: string, errorLocation?: string, statement?: string) {
    super(message);
    // Office.js errors are OfficeExtension.Error instances named "RichApi.Error"; tests and
    // error-reporting code may look at the name.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement };
    if (statement === undefined) delete this.debugInfo.statement;
    if (errorLocation === undefined) delete this.debugInfo.errorLocation;
  }

  /** Fills in where the failing statement was, if the thrower did not know it. */
  locate(errorLocation: string, statement?: string): this {
    if (this.debugInfo.errorLocation === undefined) this.debugInfo.errorLocation = errorLocation;
    if (statement !== undefined && this.debugInfo.statement === undefined) this.debugInfo.statement = statement;
    return this;
  }
}

export function excelError(code: ExcelErrorCode, message: string, errorLocation?: string): ExcelDoubleError {
  return new ExcelDoubleError(code, message, errorLocation);
}

export function isExcelDoubleError(e: unknown): e is ExcelDoubleError {
  return e instanceof ExcelDoubleError;
}

export function propertyNotLoaded(typeName: string, property: string): ExcelDoubleError {
  return new ExcelDoubleError(
    "PropertyNotLoaded",
    `The property '${typeName}.${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}
