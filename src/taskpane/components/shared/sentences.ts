/*
 * Sentences of one message, in the pane language's way: a space between them in English, none
 * after Chinese full stops (docs/glossary.md). Empty ones are left out.
 */
import type { Catalog } from "../../i18n/catalog";

export function joinSentences(t: Catalog, sentences: readonly (string | undefined)[]): string {
  return sentences.filter((s): s is string => !!s && s.trim() !== "").join(t.common.sentenceSeparator);
}
