/* What EXPLAIN spills, in English; the Chinese file has the same keys (this interface). */
export interface ExplainWords {
  readonly header: readonly [string, string, string, string, string, string];
  readonly belowFirstTier: string;
  readonly alreadyCredited: string;
  readonly total: string;
}

export const EXPLAIN_EN: ExplainWords = {
  header: ["Tier", "From", "To", "Amount", "Rate", "Payout"],
  belowFirstTier: "(below first tier)",
  alreadyCredited: "(already credited)",
  total: "Total",
};
