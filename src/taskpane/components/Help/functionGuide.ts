/**
 * What the task pane tells a newcomer about each function: one formula to try (the same in every
 * language); its one-line summary is the catalogue's help.functions[name].
 */
export interface FunctionGuideEntry {
  readonly name: "PAYOUT" | "TIER" | "RATE" | "GAP" | "ATTAINMENT" | "BONUS" | "SCORE" | "ONTIME" | "PRICE" | "EXPLAIN";
  readonly example: string;
}

export const FUNCTION_GUIDE: readonly FunctionGuideEntry[] = [
  {
    name: "PAYOUT",
    example: '=INCENTIVE.PAYOUT(C2:C500, Tiers, "marginal")',
  },
  { name: "TIER", example: "=INCENTIVE.TIER(C2, Tiers)" },
  { name: "RATE", example: '=INCENTIVE.RATE(C2, Tiers, "linear")' },
  { name: "GAP", example: "=INCENTIVE.GAP(C2, Tiers)" },
  {
    name: "ATTAINMENT",
    example: '=INCENTIVE.ATTAINMENT(C2, D2, "lower")',
  },
  { name: "BONUS", example: "=INCENTIVE.BONUS(E2, 10000, Curve)" },
  { name: "SCORE", example: "=INCENTIVE.SCORE(E2:G2, Weights)" },
  {
    name: "ONTIME",
    example: "=INCENTIVE.ONTIME(Due, Done, TODAY(), 3)",
  },
  {
    name: "PRICE",
    example: "=INCENTIVE.PRICE(200, C2, Discounts)",
  },
  { name: "EXPLAIN", example: "=INCENTIVE.EXPLAIN(C2, Tiers)" },
];
