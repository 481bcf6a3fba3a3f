/*
 * The words EXPLAIN spills (explainWords.en.ts, .zh.ts), in the language of the user's Excel (the
 * same language as the functions' error messages, ../language.ts). Numbers are the same in every
 * language; only these labels change. They match the statements' own words (src/workbook/labels),
 * checked by a test.
 */
import type { Language } from "../../engine";
import { functionsLanguage } from "../language";
import { EXPLAIN_EN, type ExplainWords } from "./explainWords.en";
import { EXPLAIN_ZH } from "./explainWords.zh";

export type { ExplainWords };

const WORDS: Readonly<Record<Language, ExplainWords>> = { en: EXPLAIN_EN, zh: EXPLAIN_ZH };

export function explainWords(language: Language = functionsLanguage()): ExplainWords {
  return WORDS[language];
}
