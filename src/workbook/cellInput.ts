/*
 * How a plan's cell travels to Excel. Range.values reads a string the way Excel reads typing:
 * "=…", "+…", "-…" (and "@…" in current Excel) become formulas, "1-2" a date, "TRUE" a boolean.
 * A leading apostrophe is Excel's own "this is text" mark: Excel stores what follows as text and
 * does not show the apostrophe in the cell. So every text that could be read as anything else
 * gets one; plain words (a letter first, no digits) need none.
 */
import { Cell, isFormula, isText } from "./sheetPlan";

/** True when Excel could read `text` as something other than the same text. */
export function needsTextMark(text: string): boolean {
  if (text === "") return false;
  if (!/^\p{L}/u.test(text)) return true; // =, +, -, @, ', #, digits, tab, CR, spaces, symbols
  if (/\d/.test(text)) return true; // "Mar 5", "A1B2": dates and numbers in disguise
  return /^(true|false)$/i.test(text);
}

/** Text as it must be written with Range.values to arrive as exactly that text. */
export function textInput(text: string): string {
  return needsTextMark(text) ? `'${text}` : text;
}

/**
 * A cell as a Range.values entry: numbers and booleans as they are, text marked where needed,
 * null for a blank (a fresh sheet's cell is blank already, and null leaves it alone).
 * Formulas are never written as values: they go through Range.formulas, from the plan's columns.
 */
export function valueInput(cell: Cell): string | number | boolean | null {
  if (cell === null || typeof cell === "number" || typeof cell === "boolean") {
    if (typeof cell === "number" && !Number.isFinite(cell)) throw new Error(`Cannot write ${cell} to a cell.`);
    return cell;
  }
  if (isText(cell)) return textInput(cell.text);
  if (isFormula(cell)) throw new Error("Internal error: a formula cell reached a values write.");
  throw new Error("Internal error: unknown cell.");
}
