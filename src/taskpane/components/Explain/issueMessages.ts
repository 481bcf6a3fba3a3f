/*
 * What an error value usually means in an INCENTIVE formula. Excel keeps a custom function's own
 * message for its hover tip and does not hand it to add-ins, so the list says what the error
 * value means here and what to check; the words are the catalogue's explain.errorMeanings.
 */
import type { Catalog } from "../../i18n/catalog";

export type ErrorMeaningKey = keyof Catalog["explain"]["errorMeanings"];

const KEYS: Record<string, ErrorMeaningKey> = {
  "#VALUE!": "value",
  "#NUM!": "num",
  "#DIV/0!": "div0",
  "#N/A": "na",
  "#NAME?": "name",
  "#REF!": "ref",
  "#SPILL!": "spill",
  "#CALC!": "calc",
  "#BUSY!": "busy",
  "#CONNECT!": "connect",
};

/** Which meaning an error value has ("#N/A" → "na"); "other" for one Excel added later. */
export function errorMeaningKey(error: string): ErrorMeaningKey {
  return KEYS[error.trim().toUpperCase()] ?? "other";
}
