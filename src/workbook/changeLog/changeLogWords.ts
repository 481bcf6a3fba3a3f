/* The Change log sheet's words, by the program's sheet language. */
import type { SheetLanguage } from "../../engine";
import { CHANGE_LOG_EN, type ChangeAction, type ChangeLogWords } from "./changeLogWords.en";
import { CHANGE_LOG_ZH } from "./changeLogWords.zh";

export type { ChangeAction, ChangeLogWords };

export const CHANGE_LOG_WORDS: Readonly<Record<SheetLanguage, ChangeLogWords>> = {
  en: CHANGE_LOG_EN,
  zh: CHANGE_LOG_ZH,
};

/** Action words written before the glossary's 考核期 (docs/glossary.md): still read, never written. */
const OLD_ACTION_WORDS: ReadonlyMap<string, ChangeAction> = new Map([
  ["期间已结账", "periodClosed"],
  ["期间已重新开放", "periodReopened"],
]);

/** The Action cell of a Change log row, in either language; null when it is none of the actions. */
export function changeActionOf(cell: unknown): ChangeAction | null {
  const text = String(cell ?? "").trim();
  const old = OLD_ACTION_WORDS.get(text);
  if (old) return old;
  for (const words of Object.values(CHANGE_LOG_WORDS))
    for (const [action, word] of Object.entries(words.actions)) if (word === text) return action as ChangeAction;
  return null;
}
