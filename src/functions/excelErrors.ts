/* global CustomFunctions */
import { ErrorKind, IncentiveError, formatMessage } from "../engine";

/** What a failed cell becomes: Excel's error value with the engine's message. */
export type ExcelError = CustomFunctions.Error;

// The ErrorCode enum's values, written out so this module loads before Office's runtime does.
const CODE_OF_KIND = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
} as Record<ErrorKind, CustomFunctions.ErrorCode>;

/** An Excel error value that arrived as input, recognised by its error code. */
export function isExcelError(v: unknown): v is ExcelError {
  return (
    v instanceof CustomFunctions.Error ||
    (typeof v === "object" && v !== null && typeof (v as ExcelError).code === "string")
  );
}

/**
 * Turns anything thrown into an Excel error: engine errors keep their kind and message, error
 * values that came in as input pass through unchanged, and a bug becomes #VALUE! with a message
 * rather than escaping.
 */
export function toExcelError(e: unknown): ExcelError {
  if (e instanceof IncentiveError) {
    if (isExcelError(e.passthrough)) return e.passthrough;
    return new CustomFunctions.Error(CODE_OF_KIND[e.kind], e.message);
  }
  if (isExcelError(e)) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CODE_OF_KIND.value, formatMessage("unexpected", { reason }));
}
