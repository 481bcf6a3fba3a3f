/*
 * Office.js errors as the add-in sees them: OfficeExtension.Error with Excel's error codes
 * (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
 * and https://learn.microsoft.com/javascript/api/excel/excel.errorcodes).
 */
/** OfficeExtension.Error: `code` is one of Excel's error codes, `debugInfo.errorLocation` says where. */
export class OfficeExtensionError extends Error {
  code: string;
  debugInfo: Record<string, unknown>;
  traceMessages: string[];
  innerError: unknown;
  constructor(code: string, message: string, debugInfo?: Record<string, unknown>) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = Object.assign({ code, message }, debugInfo || {});
    this.traceMessages = [];
    this.innerError = null;
  }
}
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  valueNotLoaded: "ValueNotLoaded",
};
/** Fails the operation being applied (and so the sync) with Excel's error code. */
export function fail(code: string, message: string): never {
  throw new OfficeExtensionError(code, message);
}
/** A call on a null object (…OrNullObject() that found nothing): skipped and warned about. */
export class NullObjectUse extends Error {}

