/* What the add-in says about protected sheets, in Simplified Chinese (Excel's own words: 审阅 › 撤消工作表保护). */
import type { ProtectionWords } from "./protectionWords.en";

export const PROTECTION_ZH: ProtectionWords = {
  sheetProtected:
    "未做任何更改：工作表{sheets}受保护，而此更改需要写入该工作表。请在 Excel 中取消保护（审阅 › 撤消工作表保护）后重试；加载项从不自行取消工作表保护。",
  sheetsProtected:
    "未做任何更改：工作表{sheets}受保护，而此更改需要写入这些工作表。请在 Excel 中取消保护（审阅 › 撤消工作表保护）后重试；加载项从不自行取消工作表保护。",
  protectedUntouched: "工作表{sheets}保持原样：它现已受保护，Excel 没有向其中写入任何内容。",
  accessDeniedReason: "Excel 拒绝了此更改（“{excel}”）；要写入的工作表可能受保护（审阅 › 撤消工作表保护）",
};
