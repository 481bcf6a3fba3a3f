/*
 * The workbook floor's words about undo, in English and Chinese. Excel's own Chinese UI calls
 * Undo 撤消 (Ctrl+Z).
 */
import { messageLanguage } from "../engine";

const UNDO_WORDS = {
  undoNotSupportedReason: {
    en: "Excel could not record it as one undo step",
    zh: "Excel 无法将其记录为一个撤消步骤",
  },
  notGroupedNotRetried: {
    en: "Excel could not record this change as one undo step. The add-in did not try again, because it could not tell whether the workbook was left as it was: check the program's sheets.",
    zh: "Excel 无法将此更改记录为一个撤消步骤。加载项无法确定工作簿是否保持原样，因此没有重试：请检查该方案的工作表。",
  },
} as const;

export type UndoWordId = keyof typeof UNDO_WORDS;

export function formatUndoWord(id: UndoWordId, params: Record<string, string> = {}): string {
  const template: string = UNDO_WORDS[id][messageLanguage()];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "").trim();
}
