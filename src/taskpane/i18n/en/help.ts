/* The function guide on the Programs screen: one line per INCENTIVE function. */
export const help = {
  heading: "Functions you can type in any cell",
  introBefore: "Type",
  introAfter: " in a cell to compute commissions, rebates, bonuses and discounts from your own tier tables.",
  listLabel: "INCENTIVE functions",
  functions: {
    PAYOUT: "Money earned on an amount under a tier table.",
    TIER: "The tier a value reaches.",
    RATE: "The rate that applies at a value.",
    GAP: "How much more is needed to reach the next tier.",
    ATTAINMENT: "Actual against target, higher or lower is better.",
    BONUS: "Bonus from a pay curve at an attainment.",
    SCORE: "Weighted score of several KPI attainments.",
    ONTIME: "Share of milestones delivered on time.",
    PRICE: "Net price after a performance-linked discount.",
    EXPLAIN: "A payout's breakdown, tier by tier.",
  },
};
