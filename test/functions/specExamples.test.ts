/* Every worked example of SPEC §3.3, through the custom functions exactly as Excel calls them. */
import * as F from "../../src/functions/functions";
import { clearTierCache } from "../../src/functions/tierCache";

const T1 = [
  [0, 0.02, "Bronze"],
  [50000, 0.03, "Silver"],
  [100000, 0.05, "Gold"],
];
const T2 = [
  [0, 0.04],
  [1.0, 0.06],
  [1.5, 0.08],
];
const C1 = [
  [0.8, 0.5],
  [1.0, 1.0],
  [1.2, 1.5],
  [1.5, 2.0],
];
const excelDate = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;

/** The single value of a 1×1 result. */
const one = (result: unknown[][]) => {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
};

beforeEach(() => clearTierCache());

describe("SPEC §3.3 worked examples", () => {
  test.each([
    ["PAYOUT(120000, T1, marginal)", () => F.payout([[120000]], T1, "marginal", null as never, null as never, null), 3500],
    ["PAYOUT(120000, T1, retro)", () => F.payout([[120000]], T1, "retro", null as never, null as never, null), 6000],
    ["PAYOUT(75000, T1, linear)", () => F.payout([[75000]], T1, "linear", null as never, null as never, null), 3000],
    ["PAYOUT(30000, T1, marginal, , 90000)", () => F.payout([[30000]], T1, "marginal", null as never, [[90000]], null), 1300],
    ["PAYOUT(30000, T1, retro, , 90000)", () => F.payout([[30000]], T1, "retro", null as never, [[90000]], null), 3300],
    ["PAYOUT(-30000, T1, marginal, , 120000)", () => F.payout([[-30000]], T1, "marginal", null as never, [[120000]], null), -1300],
    ["PAYOUT(120000, T1, marginal, , , 3000)", () => F.payout([[120000]], T1, "marginal", null as never, null as never, 3000), 3000],
    ["TIER(50000, T1)", () => F.tier([[50000]], T1), "Silver"],
    ["TIER(49999, T1)", () => F.tier([[49999]], T1), "Bronze"],
    ["GAP(80000, T1)", () => F.gap([[80000]], T1), 20000],
    ["PRICE(200, 120000, T1)", () => F.price([[200]], [[120000]], T1), 190],
    ["PAYOUT(130000, T2, marginal, 100000)", () => F.payout([[130000]], T2, "marginal", [[100000]], null as never, null), 5800],
    ["BONUS(0.9, 10000, C1)", () => F.bonus([[0.9]], [[10000]], C1), 7500],
    ["BONUS(0.79, 10000, C1)", () => F.bonus([[0.79]], [[10000]], C1), 0],
    ["BONUS(1.6, 10000, C1)", () => F.bonus([[1.6]], [[10000]], C1), 20000],
    ["ATTAINMENT(120, 100)", () => F.attainment([[120]], [[100]]), 1.2],
    ["ATTAINMENT(45, 50, lower)", () => F.attainment([[45]], [[50]], "lower"), 1.1],
    ["SCORE({1.2, 0.9}, {0.6, 0.4})", () => F.score([[1.2, 0.9]], [[0.6, 0.4]]), 1.08],
    ["SCORE({1.2, 0.9}, {0.6, 0.4}, 1.1)", () => F.score([[1.2, 0.9]], [[0.6, 0.4]], 1.1), 1.02],
  ])("%s", (_name, call, expected) => {
    expect(one(call())).toBe(expected);
  });

  const due = [["2026-01-10"], ["2026-01-20"], ["2026-02-01"], ["2026-03-01"]].map(([d]) => [excelDate(d)]);
  const done = [[excelDate("2026-01-09")], [excelDate("2026-01-25")], [null], [null]];
  const asOf = excelDate("2026-02-15");

  test("ONTIME as of 15 Feb 2026 = 1/3", () => {
    expect(one(F.ontime(due, done, asOf))).toBe(1 / 3);
  });

  test("ONTIME with 5 grace days = 2/3", () => {
    expect(one(F.ontime(due, done, asOf, 5))).toBe(2 / 3);
  });

  test("EXPLAIN(120000, T1) itemises the three bands and totals PAYOUT", () => {
    expect(F.explain([[120000]], T1)).toEqual([
      ["Tier", "From", "To", "Amount", "Rate", "Payout"],
      ["Bronze", 0, 50000, 50000, 0.02, 1000],
      ["Silver", 50000, 100000, 50000, 0.03, 1500],
      ["Gold", 100000, 120000, 20000, 0.05, 1000],
      ["Total", 0, 120000, 120000, 3500 / 120000, 3500],
    ]);
  });
});
