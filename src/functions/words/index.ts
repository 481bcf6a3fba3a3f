/*
 * The functions floor's words: its own messages (messages.en.ts, messages.zh.ts), in the language
 * of the user's Excel (../language.ts). EXPLAIN's spilled words are in ../impl/explainWords.ts, the
 * Chinese help in ../table/. Placeholders are filled with the engine's fillMessage, so argument
 * names and shapes read in Chinese as in the engine's messages.
 */
import { fillMessage, type Language, type MessageParams } from "../../engine";
import { FUNCTION_MESSAGES_EN, type FunctionMessageId, type FunctionMessages } from "./messages.en";
import { FUNCTION_MESSAGES_ZH } from "./messages.zh";

export type { FunctionMessageId, FunctionMessages };

/** Both catalogues, for the formatter and the catalogue tests. */
export const FUNCTION_MESSAGES: Readonly<Record<Language, FunctionMessages>> = {
  en: FUNCTION_MESSAGES_EN,
  zh: FUNCTION_MESSAGES_ZH,
};

/** A functions message with its `{name}` placeholders filled, in `language`. */
export function formatFunctionMessage(id: FunctionMessageId, params: MessageParams, language: Language): string {
  return fillMessage(FUNCTION_MESSAGES[language][id], params, language);
}
