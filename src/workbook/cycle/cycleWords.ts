/* The payout cycle's sheet words, by the program's sheet language. */
import type { SheetLanguage } from "../../engine";
import { CYCLE_EN, type CycleWords } from "./cycleWords.en";
import { CYCLE_ZH } from "./cycleWords.zh";

export type { CycleWords };

export const CYCLE_WORDS: Readonly<Record<SheetLanguage, CycleWords>> = { en: CYCLE_EN, zh: CYCLE_ZH };

/** The action cell of a Periods row, in either language: "close", "reopen", or null when it is neither. */
export function actionOf(cell: unknown): "close" | "reopen" | null {
  const text = String(cell ?? "").trim();
  if (Object.values(CYCLE_WORDS).some((w) => w.closed === text)) return "close";
  if (Object.values(CYCLE_WORDS).some((w) => w.reopened === text)) return "reopen";
  return null;
}
