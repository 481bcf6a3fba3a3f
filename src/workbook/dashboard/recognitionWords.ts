/*
 * The dashboard's recognition words against the last closed period, English and Chinese (the
 * dashboard's language): a key group of its own, beside the sheet labels. The carried balance's
 * column says what the statements say (ADJUSTMENTS_WORDS.carriedInFrom).
 */
import type { SheetLanguage } from "../../engine";

export interface RecognitionSheetWords {
  readonly mostImproved: (period: string, n: number) => string;
  readonly lastScore: (period: string) => string;
  readonly scoreChange: string;
  readonly noRise: (period: string) => string;
}

export const RECOGNITION_SHEET_WORDS: Readonly<Record<SheetLanguage, RecognitionSheetWords>> = {
  en: {
    mostImproved: (period, n) => `Most improved since ${period} (top ${n} score rises)`,
    lastScore: (period) => `Score ${period}`,
    scoreChange: "Score change",
    noRise: (period) => `No score has risen since ${period}`,
  },
  zh: {
    mostImproved: (period, n) => `较 ${period} 进步最大（得分提升前 ${n} 名）`,
    lastScore: (period) => `${period} 得分`,
    scoreChange: "得分变化",
    noRise: (period) => `较 ${period} 尚无得分提升`,
  },
};
