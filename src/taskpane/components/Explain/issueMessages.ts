/*
 * What an error value usually means in an INCENTIVE formula. Excel keeps a custom function's own
 * message for its hover tip and does not hand it to add-ins, so the list says what the error
 * value means here and what to check.
 */
const MEANINGS: Record<string, string> = {
  "#VALUE!":
    "An input is text, blank or of the wrong kind where a number is needed, or the tier table is not valid (bounds must rise, rates must be numbers).",
  "#NUM!": "A number is out of range: negative where it cannot be, or too large.",
  "#DIV/0!": "A target is blank or zero, and attainment divides by it.",
  "#N/A":
    "A value was not found: the result is below the first tier, or a KPI or setting was renamed in the plan tables.",
  "#NAME?":
    "Excel does not know the INCENTIVE functions here: open Partner Incentives from the Home tab so they load, or a table the formula names was renamed.",
  "#REF!": "The formula refers to a cell, table or sheet that was deleted.",
  "#SPILL!": "The formula's result needs more cells, and something is in the way.",
  "#CALC!": "Excel could not calculate an array in the formula (for example, an empty FILTER).",
  "#BUSY!": "The function is still calculating; check again in a moment.",
  "#CONNECT!": "The function could not reach the add-in; open Partner Incentives and try again.",
};

export function errorMeaning(error: string): string {
  return MEANINGS[error.trim().toUpperCase()] ?? "Excel could not calculate this formula.";
}
