/* The protection messages in the pane's language (protectionWords.en.ts, .zh.ts). */
import { fillMessage } from "../../engine";
import { workbookLanguage } from "../words";
import { PROTECTION_EN, type ProtectionWords } from "./protectionWords.en";
import { PROTECTION_ZH } from "./protectionWords.zh";

const WORDS: Readonly<Record<"en" | "zh", ProtectionWords>> = { en: PROTECTION_EN, zh: PROTECTION_ZH };

export function protectionMessage(id: keyof ProtectionWords, params: Record<string, string>): string {
  const language = workbookLanguage();
  return fillMessage(WORDS[language][id], params, language);
}

/**
 * The reason clause of a write that Excel refused with AccessDenied (writeError.ts): Excel's own
 * words are bare ("You cannot perform the requested operation"), so protection is named as the
 * likely cause and how to remove it.
 */
export function accessDeniedReason(excel: string): string {
  return protectionMessage("accessDeniedReason", { excel });
}
