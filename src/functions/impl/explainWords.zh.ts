/* What EXPLAIN spills, in Simplified Chinese: the same keys as explainWords.en.ts. */
import type { ExplainWords } from "./explainWords.en";

export const EXPLAIN_ZH: ExplainWords = {
  header: ["档位", "区间起点", "区间终点", "计入金额", "比例", "激励金额"],
  belowFirstTier: "（低于第一档）",
  alreadyCredited: "（已计入）",
  total: "合计",
};
