/*
 * The language of the functions' error messages and EXPLAIN's words: Excel's display language,
 * English or Simplified Chinese (zh-*).
 *
 * A function's arguments carry no language, so the functions read Office's display language
 * (Office.context.displayLanguage, "the locale of the user interface of the Office application")
 * once, when Office is ready (functions.ts), and keep it here; until then, and outside Office, it is English. This is the functions floor's own
 * setting: the functions are a bundle of their own (webpack entry "functions"), so the pane's
 * language switch never reached them, and does not now. The engine holds no language; every
 * message the functions format names this one.
 * https://learn.microsoft.com/office/dev/add-ins/develop/localization
 */
import { languageForLocale, type Language } from "../engine";

let language: Language = "en";

/** The functions' language from now on: Office's display language ("zh-CN", "en-US", …). */
export function setFunctionsLocale(displayLanguage: string | null | undefined): void {
  language = languageForLocale(displayLanguage);
}

/** Sets the functions' language directly (tests). */
export function setFunctionsLanguage(next: Language): void {
  language = next;
}

/** The language the functions speak now. */
export function functionsLanguage(): Language {
  return language;
}
