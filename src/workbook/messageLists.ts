/*
 * Lists of names inside a message, joined the way the current message language writes a list:
 * English "“A”, “B”" and "A and B", Chinese "“A”、“B”" and "A、B".
 */
import { messageLanguage } from "../engine";

/** Each name in quotes: "“A”, “B”" / "“A”、“B”". */
export function quotedList(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(messageLanguage() === "zh" ? "、" : ", ");
}

/** Names joined with "and": "A and B" / "A、B". */
export function andList(names: readonly string[]): string {
  return names.join(messageLanguage() === "zh" ? "、" : " and ");
}
