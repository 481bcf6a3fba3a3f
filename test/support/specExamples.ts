/*
 * Every worked example of SPEC §3.3, as Excel would call the functions: ranges as 2-D arrays,
 * omitted optional arguments as null. Shared by the source-level test and the built-bundle test.
 */
export const T1 = [
  [0, 0.02, "Bronze"],
  [50000, 0.03, "Silver"],
  [100000, 0.05, "Gold"],
];
export const T2 = [
  [0, 0.04],
  [1.0, 0.06],
  [1.5, 0.08],
];
export const C1 = [
  [0.8, 0.5],
  [1.0, 1.0],
  [1.2, 1.5],
  [1.5, 2.0],
];

/** Excel serial date of an ISO date (1900 date system). */
export function excelDate(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;
}

const DUE = ["2026-01-10", "2026-01-20", "2026-02-01", "2026-03-01"].map((d) => [excelDate(d)]);
const DONE = [[excelDate("2026-01-09")], [excelDate("2026-01-25")], [null], [null]];
const AS_OF = excelDate("2026-02-15");

export type FunctionName = "PAYOUT" | "TIER" | "RATE" | "GAP" | "ATTAINMENT" | "BONUS" | "SCORE" | "ONTIME" | "PRICE" | "EXPLAIN";

export interface SpecExample {
  readonly formula: string;
  readonly fn: FunctionName;
  readonly args: readonly unknown[];
  /** The single value of the 1×1 result. */
  readonly expected: number | string;
}

const _ = null;

export const SPEC_EXAMPLES: readonly SpecExample[] = [
  { formula: 'PAYOUT(120000, T1, "marginal")', fn: "PAYOUT", args: [[[120000]], T1, "marginal", _, _, _], expected: 3500 },
  { formula: 'PAYOUT(120000, T1, "retro")', fn: "PAYOUT", args: [[[120000]], T1, "retro", _, _, _], expected: 6000 },
  { formula: 'PAYOUT(75000, T1, "linear")', fn: "PAYOUT", args: [[[75000]], T1, "linear", _, _, _], expected: 3000 },
  { formula: 'PAYOUT(30000, T1, "marginal", , 90000)', fn: "PAYOUT", args: [[[30000]], T1, "marginal", _, [[90000]], _], expected: 1300 },
  { formula: 'PAYOUT(30000, T1, "retro", , 90000)', fn: "PAYOUT", args: [[[30000]], T1, "retro", _, [[90000]], _], expected: 3300 },
  { formula: 'PAYOUT(-30000, T1, "marginal", , 120000)', fn: "PAYOUT", args: [[[-30000]], T1, "marginal", _, [[120000]], _], expected: -1300 },
  { formula: 'PAYOUT(120000, T1, "marginal", , , 3000)', fn: "PAYOUT", args: [[[120000]], T1, "marginal", _, _, 3000], expected: 3000 },
  { formula: "TIER(50000, T1)", fn: "TIER", args: [[[50000]], T1, _], expected: "Silver" },
  { formula: "TIER(49999, T1)", fn: "TIER", args: [[[49999]], T1, _], expected: "Bronze" },
  { formula: "GAP(80000, T1)", fn: "GAP", args: [[[80000]], T1, _], expected: 20000 },
  { formula: "PRICE(200, 120000, T1)", fn: "PRICE", args: [[[200]], [[120000]], T1, _], expected: 190 },
  { formula: 'PAYOUT(130000, T2, "marginal", 100000)', fn: "PAYOUT", args: [[[130000]], T2, "marginal", [[100000]], _, _], expected: 5800 },
  { formula: "BONUS(0.9, 10000, C1)", fn: "BONUS", args: [[[0.9]], [[10000]], C1, _], expected: 7500 },
  { formula: "BONUS(0.79, 10000, C1)", fn: "BONUS", args: [[[0.79]], [[10000]], C1, _], expected: 0 },
  { formula: "BONUS(1.6, 10000, C1)", fn: "BONUS", args: [[[1.6]], [[10000]], C1, _], expected: 20000 },
  { formula: "ATTAINMENT(120, 100)", fn: "ATTAINMENT", args: [[[120]], [[100]], _], expected: 1.2 },
  { formula: 'ATTAINMENT(45, 50, "lower")', fn: "ATTAINMENT", args: [[[45]], [[50]], "lower"], expected: 1.1 },
  { formula: "SCORE({1.2, 0.9}, {0.6, 0.4})", fn: "SCORE", args: [[[1.2, 0.9]], [[0.6, 0.4]], _], expected: 1.08 },
  { formula: "SCORE({1.2, 0.9}, {0.6, 0.4}, 1.1)", fn: "SCORE", args: [[[1.2, 0.9]], [[0.6, 0.4]], 1.1], expected: 1.02 },
  { formula: "ONTIME(due, done, 15 Feb 2026)", fn: "ONTIME", args: [DUE, DONE, AS_OF, _], expected: 1 / 3 },
  { formula: "ONTIME(due, done, 15 Feb 2026, 5)", fn: "ONTIME", args: [DUE, DONE, AS_OF, 5], expected: 2 / 3 },
];

/** EXPLAIN(120000, T1): the three bands and a total equal to PAYOUT. */
export const EXPLAIN_EXAMPLE = {
  args: [[[120000]], T1, _, _, _] as const,
  expected: [
    ["Tier", "From", "To", "Amount", "Rate", "Payout"],
    ["Bronze", 0, 50000, 50000, 0.02, 1000],
    ["Silver", 50000, 100000, 50000, 0.03, 1500],
    ["Gold", 100000, 120000, 20000, 0.05, 1000],
    ["Total", 0, 120000, 120000, 3500 / 120000, 3500],
  ],
};
