/*
 * The sheet-label catalogues (types.ts) and how to use them: the catalogue of a language or of a
 * program, a label's placeholders filled as text, or as a formula expression for live sheets.
 */
import { stringLiteral } from "../formulas";
import { EN } from "./en";
import { ZH_OLD_NAMES } from "./oldNames";
import type { SheetLabels, SheetLanguage } from "./types";
import { ZH } from "./zh";

export type { SheetLabels, SheetLanguage };
export { SHEET_LANGUAGES } from "../../engine";

export { OLD_ZH_NAMES } from "./oldNames";

export const SHEET_LABELS: Readonly<Record<SheetLanguage, SheetLabels>> = { en: EN, zh: ZH };

/** Every catalogue a reader accepts, in the order tried: each language's, then the old Chinese table names. */
export const READ_LABELS: readonly SheetLabels[] = [EN, ZH, ZH_OLD_NAMES];

/** The catalogue of a language (English when none is given); `names: "old"`: with the table names of before the glossary. */
export function sheetLabels(language?: SheetLanguage | null, names?: "old"): SheetLabels {
  if (names === "old" && language === "zh") return ZH_OLD_NAMES;
  return SHEET_LABELS[language ?? "en"] ?? EN;
}

/** Whether a catalogue is one with old table names. */
export function hasOldNames(labels: SheetLabels): boolean {
  return labels === ZH_OLD_NAMES;
}

/** The language a program's own sheets (plan and data) are written in. */
export function programLanguage(p: { readonly sheetLanguage?: SheetLanguage }): SheetLanguage {
  return p.sheetLanguage ?? "en";
}

/** A label with its {placeholders} filled. */
export function fillLabel(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A label as a formula expression: its words as quoted text joined with & to formula pieces for
 * the placeholders named in `expressions` (e.g. FIXED(g,2)); the other placeholders are filled
 * with literal text first. So a sentence keeps its word order in every language.
 */
export function labelExpression(
  template: string,
  literals: Readonly<Record<string, string | number>>,
  expressions: Readonly<Record<string, string>>,
): string {
  const filled = fillLabel(template, literals);
  const parts: string[] = [];
  let at = 0;
  for (const m of filled.matchAll(/\{(\w+)\}/g)) {
    if (!(m[1] in expressions)) continue;
    if (m.index! > at) parts.push(stringLiteral(filled.slice(at, m.index)));
    parts.push(expressions[m[1]]);
    at = m.index! + m[0].length;
  }
  if (at < filled.length) parts.push(stringLiteral(filled.slice(at)));
  return parts.length === 0 ? '""' : parts.join("&");
}

/** "A, B and C" / "A、B和C". */
export function listWords(labels: SheetLabels, words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(labels.list.separator)}${labels.list.last}${words[words.length - 1]}`;
}
