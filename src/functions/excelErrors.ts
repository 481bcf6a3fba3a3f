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
 * The error code ("#N/A") of an error value that arrived in an input cell, or undefined for
 * anything else. Microsoft's pages say that errors reach a function whose metadata allows them
 * (allowErrorForDataTypeAny), not in what shape, so both shapes the runtime has are read: a
 * CustomFunctions.Error ({ code }) and a data-type error cell value ({ type: "Error", basicValue }),
 * which functions.json's allowCustomDataForDataTypeAny may bring.
 */
export function inputErrorCode(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const { code, type, basicValue } = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string") return code;
  if (type === "Error" && typeof basicValue === "string") return basicValue;
  return undefined;
}

/**
 * Codes a custom function may return. #REF! and #NAME? reach a function as input but are "not
 * supported as a custom function output error"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
const RETURNABLE_CODES: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/**
 * An input error value passed through as the result of its row: the very value when Excel can
 * show it, the same code for a data-type error, and #VALUE! naming the cell's error otherwise.
 */
function passThrough(input: unknown, e: IncentiveError): ExcelError | null {
  const code = inputErrorCode(input);
  if (code === undefined) return null;
  if (RETURNABLE_CODES.has(code)) {
    return isExcelError(input) ? input : new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  }
  return new CustomFunctions.Error(
    CODE_OF_KIND.value,
    formatMessage("inputErrorNotReturnable", { what: inputName(e), code }),
  );
}

/** What the failed read was about, for the message: the argument, or the tier table's row. */
function inputName(e: IncentiveError): string {
  if (typeof e.params.what === "string") return e.params.what;
  if (e.id === "unknownMethod") return "Method";
  if (e.id === "unknownDirection") return "Direction";
  if (e.params.row !== undefined) return `Tier table row ${e.params.row}`;
  return "An input cell";
}

/**
 * Turns anything thrown into an Excel error: engine errors keep their kind and message, error
 * values that came in as input pass through unchanged, and a bug becomes #VALUE! with a message
 * rather than escaping.
 */
export function toExcelError(e: unknown): ExcelError {
  if (e instanceof IncentiveError) {
    const passed = e.passthrough === undefined ? null : passThrough(e.passthrough, e);
    return passed ?? new CustomFunctions.Error(CODE_OF_KIND[e.kind], e.message);
  }
  if (isExcelError(e)) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CODE_OF_KIND.value, formatMessage("unexpected", { reason }));
}
