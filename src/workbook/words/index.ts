/*
 * The workbook floor's words: its messages (messages.en.ts, messages.zh.ts: one key, one template
 * per language), the language they are written in, and lists inside a message. The sheets' own
 * labels are in ../labels and the scenario sheet's in ../scenario/scenarioWords.ts.
 *
 * The language: a workbook call is made from the task pane, and its messages (a refusal, a
 * failure, the step that was running) are shown there, so they speak the pane's language. The
 * pane sets it with setWorkbookLanguage whenever its own language changes (I18nProvider); until
 * then it is English. It is the workbook floor's own setting, not the engine's: the engine's
 * formatMessage takes its language as an argument.
 */
import { fillMessage, type Language, type MessageParams } from "../../engine";
import { MESSAGES_EN, type WorkbookMessageId, type WorkbookMessages } from "./messages.en";
import { MESSAGES_ZH } from "./messages.zh";

export type { WorkbookMessageId, WorkbookMessages };

/** Both catalogues, for the formatter and the catalogue tests. */
export const WORKBOOK_MESSAGES: Readonly<Record<Language, WorkbookMessages>> = { en: MESSAGES_EN, zh: MESSAGES_ZH };

let messageLanguage: Language = "en";

/** The language of every workbook message formatted from now on: the pane's (I18nProvider). */
export function setWorkbookLanguage(language: Language): void {
  messageLanguage = language;
}

/** The language workbook messages are written in now. */
export function workbookLanguage(): Language {
  return messageLanguage;
}

/** A workbook message with its `{name}` placeholders filled, in `language` (the pane's by default). */
export function formatMessage(
  id: WorkbookMessageId,
  params: MessageParams = {},
  language: Language = messageLanguage,
): string {
  return fillMessage(WORKBOOK_MESSAGES[language][id], params, language);
}

/** Names joined with commas: "A, B" / "A、B". */
export function commaList(names: readonly string[], language: Language = messageLanguage): string {
  return names.join(language === "zh" ? "、" : ", ");
}

/** Each name in quotes: "“A”, “B”" / "“A”、“B”". */
export function quotedList(names: readonly string[], language: Language = messageLanguage): string {
  return commaList(
    names.map((n) => `“${n}”`),
    language,
  );
}

/** Names joined with "and": "A and B" / "A、B". */
export function andList(names: readonly string[], language: Language = messageLanguage): string {
  return names.join(language === "zh" ? "、" : " and ");
}
