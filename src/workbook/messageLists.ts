/*
 * Lists of names inside a message, joined the way the current message language writes a list:
 * English "“A”, “B”" and "A and B", Chinese "“A”、“B”" and "A、B".
 */
import { messageLanguage } from "../engine";

/** Names joined with commas: "A, B" / "A、B". */
export function commaList(names: readonly string[]): string {
  return names.join(messageLanguage() === "zh" ? "、" : ", ");
}

/** Each name in quotes: "“A”, “B”" / "“A”、“B”". */
export function quotedList(names: readonly string[]): string {
  return commaList(names.map((n) => `“${n}”`));
}

/** Names joined with "and": "A and B" / "A、B". */
export function andList(names: readonly string[]): string {
  return names.join(messageLanguage() === "zh" ? "、" : " and ");
}
