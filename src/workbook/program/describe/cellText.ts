/*
 * What the planners put in a cell from the user's words: blank for nothing typed, and a refusal
 * for text longer than a cell holds.
 */
import { ProgramNotWritableError } from "../notWritable";
import { Cell, text } from "../../sheetPlan";
import { formatMessage } from "../../words";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

export function textOrBlank(value: string | undefined): Cell {
  return value === undefined || value === "" ? null : text(value);
}

export function finiteOrBlank(v: number | null | undefined): Cell {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function checkText(value: string, what: string): void {
  if (value.length > MAX_CELL_TEXT) {
    throw new ProgramNotWritableError(
      formatMessage("cellTextTooLong", { what, count: value.length.toLocaleString("en-US") }),
    );
  }
}
