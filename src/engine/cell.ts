import { IncentiveError, fail } from "./errors";
import { MessageId, MessageParams, showNumber } from "./messages";

/**
 * A value as a spreadsheet hands it over: a number, text, a boolean, a blank (null, undefined or
 * ""), or an error value (any object), which is passed through untouched.
 */
export type CellValue = unknown;

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === "";
}

/** True for a number the engine can compute with. */
export function isFiniteNumber(v: CellValue): v is number {
  return typeof v === "number" && v - v === 0;
}

const NUMERIC_TEXT = /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i;

/** Text that a person would read as a number ("120", "1,200.50", "5%"): a number stored as text. */
export function looksNumeric(text: string): boolean {
  return NUMERIC_TEXT.test(text);
}

/** An error value from a cell (any object): passed through, never read as text. */
export function isErrorValue(v: CellValue): boolean {
  return typeof v === "object" && v !== null;
}

/**
 * Reads a number, or throws the error that says exactly why the cell is not one.
 * `what` names the argument in the message ("amount", "target", …). Blanks are the caller's
 * business: they reach here only where a number is required.
 */
export function readNumber(v: CellValue, what: string): number {
  if (typeof v === "number") {
    if (v - v === 0) return v;
    return fail("notFinite", { what, found: String(v) });
  }
  return failNotNumber(v, what);
}

export function failNotNumber(v: CellValue, what: string): never {
  const { id, params } = notNumberProblem(v, what);
  throw new IncentiveError(id, params, id === "unreadableCell" ? v : undefined);
}

/** A failure as a value: the message id and its params. */
export interface Problem {
  readonly id: MessageId;
  readonly params: MessageParams;
}

/**
 * Why a cell that is not a finite number cannot be read as one: what `readNumber` fails with
 * (an "unreadableCell" is an error value from the input, which `readNumber` passes through).
 */
export function notNumberProblem(v: CellValue, what: string): Problem {
  if (isBlank(v)) return { id: "blankNotAllowed", params: { what } };
  if (typeof v === "string") {
    return { id: looksNumeric(v) ? "numberStoredAsText" : "textNotNumber", params: { what, text: clip(v) } };
  }
  if (typeof v === "boolean") return { id: "booleanNotNumber", params: { what, bool: v ? "TRUE" : "FALSE" } };
  if (typeof v === "number") return { id: "notFinite", params: { what, found: String(v) } };
  return { id: "unreadableCell", params: { what } };
}

/** Reads a number that must be zero or more. */
export function readNonNegative(v: CellValue, what: string): number {
  const n = readNumber(v, what);
  if (n < 0) fail("negativeNotAllowed", { what, value: showNumber(n) });
  return n;
}

/** Reads a target that the result divides by: positive, with #DIV/0! for zero. */
export function readTarget(v: CellValue, what: string): number {
  const n = readNumber(v, what);
  if (n === 0) fail("zeroTarget", { what });
  if (n < 0) fail("negativeNotAllowed", { what, value: showNumber(n) });
  return n;
}

/** A target cell: blank is #DIV/0! (the result divides by it), like Excel's own A1/B1; then as readTarget. */
export function readTargetCell(v: CellValue, what: string): number {
  if (isBlank(v)) return fail("blankTarget", { what });
  return readTarget(v, what);
}

/** Shortens user text quoted back in a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
