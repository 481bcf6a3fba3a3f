/*
 * The languages the add-in speaks, declared once. Every floor names its language with this type
 * (the workbook's sheets as `SheetLanguage`, the pane as `UiLanguage`: aliases of it).
 */

/** English or Simplified Chinese. */
export type Language = "en" | "zh";

export const LANGUAGES: readonly Language[] = ["en", "zh"];

/** The language for an Office display language such as "zh-CN" or "en-US": Chinese for zh-*, else English. */
export function languageForLocale(locale: string | undefined | null): Language {
  return typeof locale === "string" && /^zh\b/i.test(locale) ? "zh" : "en";
}
