/*
 * PAYOUT with a large prior (SPEC §3.2: P(prior + amount) − P(prior)). Differencing two totals of
 * about 6e13 keeps only steps of 1/128, so a 1.00 deal on a 1e15 prior paid 0.0546875 instead of
 * 0.06; the engine now takes the part of the deal inside each band instead (marginal), or the deal
 * at the rate when the rate does not change (retro, linear), and EXPLAIN's rows add up to it.
 */
import { explainPayout, parseTierTable, payout } from "../../src/engine";
import { FUNCTIONS } from "../support/functionTable";
import { clearTierCache } from "../../src/functions/tierCache";

/** 4% up to 100,000, 6% above. */
const T = [
  [0, 0.04, "Base"],
  [100_000, 0.06, "Top"],
];
const _ = null;
const F = { payout: FUNCTIONS.PAYOUT, explain: FUNCTIONS.EXPLAIN };

beforeEach(() => clearTierCache());

describe("a large prior keeps the deal's cents", () => {
  test('PAYOUT(1, T, "marginal", , 1e15) = 0.06 exactly (was 0.0546875)', () => {
    expect(F.payout([[1]], T, "marginal", _, [[1e15]], _)).toEqual([[0.06]]);
  });

  test.each([
    ["marginal", 1e15, 1, 0.06],
    ["marginal", 1e15, -1, -0.06],
    ["marginal", 1e15, 0.5, 0.03],
    ["retro", 1e15, 1, 0.06],
    ["retro", 1e15, -2, -0.12],
    ["linear", 1e15, 1, 0.06],
    ["marginal", 2 ** 52, 3, 0.18],
  ])("%s: deal on prior %d, amount %d pays %d", (method, prior, amount, expected) => {
    expect(F.payout([[amount]], T, method, _, [[prior]], _)).toEqual([[expected]]);
  });

  test("a column of deals on one large prior: every row exact (the hot path)", () => {
    const out = F.payout([[1], [2], [0.5], [-1]], T, "marginal", _, [[1e15]], _);
    expect(out).toEqual([[0.06], [0.12], [0.03], [-0.06]]);
  });

  test("with a cap the period has not reached, the deal still pays exactly", () => {
    expect(F.payout([[1]], T, "marginal", _, [[1e15]], [[1e14]])).toEqual([[0.06]]);
  });

  test("with a cap already passed, the deal pays nothing", () => {
    expect(F.payout([[1]], T, "marginal", _, [[1e15]], [[1e6]])).toEqual([[0]]);
  });

  test("a deal crossing a bound on a large table is split by band, to the cent", () => {
    const big = parseTierTable([
      [0, 0.04],
      [1e15, 0.06],
    ]);
    // 0.5 below 1e15 at 4%, 0.5 above at 6%.
    expect(payout(big, "marginal", 1, 1e15 - 0.5)).toBe(0.5 * 0.04 + 0.5 * 0.06);
  });
});

describe("EXPLAIN with a large prior", () => {
  test("the row and the total are the deal at 6%, and they agree", () => {
    const out = F.explain([[1]], T, "marginal", _, [[1e15]]);
    expect(out[1]).toEqual(["Top", 1e15, 1e15 + 1, 1, 0.06, 0.06]);
    expect(out[out.length - 1][5]).toBe(0.06);
  });

  test("engine: rows add up exactly to the total for a deal inside one band and across two", () => {
    const table = parseTierTable(T);
    for (const [amount, prior] of [
      [1, 1e15],
      [250, 99_900],
      [-250, 100_100],
    ]) {
      const { rows, total } = explainPayout(table, "marginal", amount, prior);
      expect(total).toBe(payout(table, "marginal", amount, prior));
      expect(rows.reduce((s, r) => s + r.payout, 0)).toBeCloseTo(total, 12);
    }
  });
});

describe("true-ups stay as SPEC §3.2 defines them", () => {
  const T1 = [
    [0, 0.02, "Bronze"],
    [50_000, 0.03, "Silver"],
    [100_000, 0.05, "Gold"],
  ];
  test.each([
    ["marginal", 30_000, 90_000, 1_300],
    ["retro", 30_000, 90_000, 3_300],
    ["marginal", -30_000, 120_000, -1_300],
    ["retro", -30_000, 120_000, -3_300],
    ["linear", 30_000, 90_000, 120_000 * 0.05 - 90_000 * (0.03 + (0.02 * 40_000) / 50_000)],
  ])("%s: PAYOUT(%d, T1, , , %d) = %d", (method, amount, prior, expected) => {
    expect(F.payout([[amount]], T1, method, _, [[prior]], _)).toEqual([[expected]]);
  });
});
