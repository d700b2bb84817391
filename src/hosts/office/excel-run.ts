/**
 * How the Office host reaches Excel: Excel.run in the add-in, the double's run in tests and the
 * preview. Its own module, so the planner and the check each take it without importing each other.
 */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
