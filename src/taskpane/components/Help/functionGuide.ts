/** What the task pane tells a newcomer about each function: one line and one formula to try. */
export interface FunctionGuideEntry {
  readonly name: string;
  readonly summary: string;
  readonly example: string;
}

export const FUNCTION_GUIDE: readonly FunctionGuideEntry[] = [
  {
    name: "PAYOUT",
    summary: "Money earned on an amount under a tier table.",
    example: '=INCENTIVE.PAYOUT(C2:C500, Tiers, "marginal")',
  },
  { name: "TIER", summary: "The tier a value reaches.", example: "=INCENTIVE.TIER(C2, Tiers)" },
  { name: "RATE", summary: "The rate that applies at a value.", example: '=INCENTIVE.RATE(C2, Tiers, "linear")' },
  { name: "GAP", summary: "How much more is needed to reach the next tier.", example: "=INCENTIVE.GAP(C2, Tiers)" },
  {
    name: "ATTAINMENT",
    summary: "Actual against target, higher or lower is better.",
    example: '=INCENTIVE.ATTAINMENT(C2, D2, "lower")',
  },
  { name: "BONUS", summary: "Bonus from a pay curve at an attainment.", example: "=INCENTIVE.BONUS(E2, 10000, Curve)" },
  { name: "SCORE", summary: "Weighted score of several KPI attainments.", example: "=INCENTIVE.SCORE(E2:G2, Weights)" },
  {
    name: "ONTIME",
    summary: "Share of milestones delivered on time.",
    example: "=INCENTIVE.ONTIME(Due, Done, TODAY(), 3)",
  },
  {
    name: "PRICE",
    summary: "Net price after a performance-linked discount.",
    example: "=INCENTIVE.PRICE(200, C2, Discounts)",
  },
  { name: "EXPLAIN", summary: "A payout's breakdown, tier by tier.", example: "=INCENTIVE.EXPLAIN(C2, Tiers)" },
];
