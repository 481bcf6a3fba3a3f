/* global window, Office */
/*
 * Which language the pane speaks. It follows Office's display language until the user picks one
 * in the pane; that choice is remembered on this computer.
 */
import { languageForLocale, type Language } from "../../engine";

/** The pane's languages: English and Simplified Chinese. */
export type UiLanguage = Language;

export const UI_LANGUAGES: readonly UiLanguage[] = ["en", "zh"];

const STORAGE_KEY = "partnerIncentives.language";

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === "string" && (UI_LANGUAGES as readonly string[]).includes(v);
}

/** The BCP 47 locale used for Intl formatting and the page's lang attribute. */
export function localeFor(language: UiLanguage): string {
  return language === "zh" ? "zh-CN" : "en-US";
}

/** Office's display language ("zh-CN", "en-GB"), or null outside Office. */
export function officeDisplayLanguage(): string | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
  } catch {
    return null;
  }
}

export function storedLanguage(): UiLanguage | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage unavailable: the pane follows Office's language again next time.
  }
}

/** The user's own choice first, then Office's display language, then English. */
export function initialLanguage(displayLanguage: string | null = officeDisplayLanguage()): UiLanguage {
  return storedLanguage() ?? languageForLocale(displayLanguage);
}
