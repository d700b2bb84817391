/**
 * The part of Microsoft's office.js Excel client the double talks to. The client itself is
 * loaded by the caller: in Node from @microsoft/office-js (test/support/office-js/load-client.ts),
 * in the preview page from a script tag. This file only names its shape and the wiring, so the
 * double stays free of Node APIs.
 */

/** What the client hands its request executor (ClientRequestContext's RequestMessage). */
export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: unknown;
}

/** What the executor answers (office.js's ResponseMessage). */
export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: unknown;
}

export interface RequestExecutor {
  executeAsync(customData: string, requestFlags: number, message: RequestMessage): Promise<ResponseMessage>;
}

export interface OfficeJsClient {
  Excel: {
    run<T>(session: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
}

/**
 * The session office.js accepts in place of a host: Excel.run(session, batch) builds its
 * RequestContext on it and sends every batch to our executor. Both members are the ones the
 * runtime calls (SessionBase in excel-web-16.00.debug.js).
 */
export function sessionFor(executor: RequestExecutor): unknown {
  return {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://excel-double.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
}
