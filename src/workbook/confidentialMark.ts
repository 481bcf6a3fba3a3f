/*
 * The mark a sheet carries when it shows every partner's pay (issue 16): such a sheet is for
 * finance and is never sent to a partner. It sits in a row of its own above the sheet's blocks, so
 * no cell that formulas, charts or a fingerprint read moves.
 */
import { SheetLanguage, sheetLabels } from "./labels";
import { PlainCell, text } from "./sheetPlan";

/** The mark in column A of `row` (zero-based), in the sheet's language. */
export function confidentialMark(row: number, language: SheetLanguage | undefined): PlainCell {
  return { row, column: 0, style: "note", value: text(sheetLabels(language).confidential) };
}
