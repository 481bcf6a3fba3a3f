/*
 * What the error list says about an error cell. Excel keeps a custom function's own message for
 * its hover tip (and shows it only on #VALUE! and #N/A) and does not hand it to add-ins, so the
 * workbook finds the reason again with the engine (readIssueReasons): the function's message in
 * the pane's language, or which input cell holds the error passed on. Where none was found, what
 * the error value means here and what to check (the catalogue's explain.errorMeanings).
 */
import { languageForLocale } from "../../../engine/language";
import { reasonMessage } from "../../../workbook/issues/issueReason";
import type { FormulaIssue, IssueReason } from "../../services/WorkbookService";
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

/** A reason in the pane's language: the function's message, or which input cell holds the error passed on. */
export function reasonText(reason: IssueReason, t: Catalog, locale: string): string | null {
  if (reason.kind === "inputError") return t.explain.reasonInputError(reason.column, reason.address, reason.code);
  return reasonMessage(reason, languageForLocale(locale));
}

/** Why the issue's cell fails, in the pane's language: its reason where found, else its code's meaning. */
export function issueText(issue: FormulaIssue, t: Catalog, locale: string): string {
  const message = issue.reason ? reasonText(issue.reason, t, locale) : null;
  return message ?? t.explain.errorMeanings[errorMeaningKey(issue.error)];
}
