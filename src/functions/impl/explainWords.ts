/*
 * The words EXPLAIN spills, in the language of the user's Excel (the same language as the
 * functions' error messages). Numbers are the same in every language; only these labels change.
 * They match the statements' own words (src/workbook/labels), checked by a test.
 */
import type { Language } from "../../engine";
import { functionsLanguage } from "../language";

export interface ExplainWords {
  readonly header: readonly [string, string, string, string, string, string];
  readonly belowFirstTier: string;
  readonly alreadyCredited: string;
  readonly total: string;
}

const WORDS: Readonly<Record<Language, ExplainWords>> = {
  en: {
    header: ["Tier", "From", "To", "Amount", "Rate", "Payout"],
    belowFirstTier: "(below first tier)",
    alreadyCredited: "(already credited)",
    total: "Total",
  },
  zh: {
    header: ["档位", "区间起点", "区间终点", "计入金额", "比例", "激励金额"],
    belowFirstTier: "（低于第一档）",
    alreadyCredited: "（已计入）",
    total: "合计",
  },
};

export function explainWords(language: Language = functionsLanguage()): ExplainWords {
  return WORDS[language];
}
