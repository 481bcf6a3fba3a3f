/*
 * Size limits of Excel and of the Office add-in platform.
 *
 * - "Excel on the web has a payload size limit for requests and responses of 5MB"; "A range is
 *   limited to 5,000,000 cells for read operations" (Resource limits and performance optimization
 *   for Office Add-ins, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 *   The codes: RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded ("This error only
 *   occurs in Office on the web") and RangeExceedsLimit ("The cell count in the range has exceeded
 *   the maximum supported number") — https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 * - Formulas: "Length of formula contents: 8,192 characters"; page breaks: "1,026 horizontal and
 *   vertical" (Excel specifications and limits,
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * - OperationCellsExceedLimit: "The attempted operation affects more than the limit of 33554000
 *   cells" (same error-code page; Excel on the web).
 */

/** 5 MB, counted as 5,000,000 bytes so the model is never more lenient than either reading of "MB". */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;
export const FORMULA_MAX_CHARS = 8192;
export const PAGE_BREAKS_PER_SHEET = 1026;
export const OPERATION_CELL_LIMIT = 33_554_000;
/** Not an Excel rule: the most cells one scalar write may fill in the model (it keeps cells in memory). */
export const MODEL_SCALAR_WRITE_LIMIT = 2_000_000;
/** Bytes an operation costs in a request besides its arguments (object path, ids): an estimate. */
export const OPERATION_OVERHEAD_BYTES = 64;

/** UTF-8 size of a value's JSON, as Office.js sends it. */
export function jsonBytes(v: unknown): number {
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    return 0;
  }
  if (s === undefined) return 0;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && !(c >= 0xd800 && c <= 0xdfff) ? 2 : 1;
  }
  return n;
}
