/*
 * PAYOUT's arithmetic (SPEC §3.2): P(prior + amount) − P(prior) for each method, bands crossed up
 * and down, from below the first bound, against scaled bounds, and the cap
 * min(P(prior + amount), cap) − min(P(prior), cap). Written against the mutants StrykerJS left
 * alive (docs/testing.md "Mutation testing"); each expected value is worked by hand from the SPEC
 * (shown next to it).
 */
import { parseTierTable, payout, payoutDelta, periodPayout } from "../../src/engine";
import { T1 as SPEC_T1, T2 as SPEC_T2 } from "../support/specExamples";

/** T1: 0 | 2% Bronze, 50,000 | 3% Silver, 100,000 | 5% Gold. */
const T1 = parseTierTable(SPEC_T1);
/** T2: 0 | 4%, 1.0 | 6%, 1.5 | 8% (fractions of a target). */
const T2 = parseTierTable(SPEC_T2);
/** From 100: 100 | 10%, 200 | 20%. */
const FROM100 = parseTierTable([
  [100, 0.1],
  [200, 0.2],
]);

const near = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 8);

describe("P(x), the period payout", () => {
  test("each method on T1 (SPEC §3.3)", () => {
    near(periodPayout(T1, "marginal", 120000), 3500);
    near(periodPayout(T1, "retro", 120000), 6000);
    near(periodPayout(T1, "linear", 75000), 3000);
    expect(periodPayout(FROM100, "marginal", 99)).toBe(0);
    expect(periodPayout(FROM100, "retro", 99)).toBe(0);
    expect(periodPayout(FROM100, "linear", 99)).toBe(0);
  });

  test("against a target, bands are fractions of it (T2 at 100,000: 5,800)", () => {
    near(periodPayout(T2, "marginal", 130000, 100000), 5800);
    // 100,000×4% + 50,000×6% + 20,000×8%
    near(periodPayout(T2, "marginal", 170000, 100000), 4000 + 3000 + 1600);
    near(periodPayout(T2, "retro", 130000, 100000), 130000 * 0.06);
    near(periodPayout(T2, "linear", 125000, 100000), 125000 * 0.07);
  });
});

describe("P(prior + amount) − P(prior)", () => {
  test("marginal, crossing bands up and down, with and without a target", () => {
    // 50,000 → 170,000 against 100,000: 50,000×4% + 50,000×6% + 20,000×8% = 6,600.
    near(payout(T2, "marginal", 120000, 50000, Infinity, 100000), 6600);
    near(payout(T2, "marginal", -120000, 170000, Infinity, 100000), -6600);
    // 30,000 → 120,000 on T1: 20,000×2% + 50,000×3% + 20,000×5% = 2,900.
    near(payout(T1, "marginal", 90000, 30000), 2900);
    near(payout(T1, "marginal", -90000, 120000), -2900);
    // 60,000 → 120,000: 40,000×3% + 20,000×5% = 2,200; and back.
    near(payout(T1, "marginal", 60000, 60000), 40000 * 0.03 + 20000 * 0.05);
    near(payout(T1, "marginal", -60000, 120000), -(40000 * 0.03 + 20000 * 0.05));
  });

  test("marginal from below the first bound, from exactly on it, and back below it", () => {
    // 50 → 250 on FROM100: 100×10% + 50×20% = 20.
    near(payout(FROM100, "marginal", 200, 50), 20);
    near(payout(FROM100, "marginal", 150, 100), 20);
    near(payout(FROM100, "marginal", -200, 250), -20);
    near(payout(FROM100, "marginal", -150, 250), -20);
    // Scaled by 2: bounds 200 and 400; 100 → 500: 200×10% + 100×20% = 40.
    near(payout(FROM100, "marginal", 400, 100, Infinity, 2), 40);
    near(payout(FROM100, "marginal", 300, 200, Infinity, 2), 40);
    near(payout(FROM100, "marginal", -400, 500, Infinity, 2), -40);
    // Never reaching the first bound: nothing.
    expect(payout(FROM100, "marginal", 40, 50)).toBe(0);
    expect(payout(FROM100, "marginal", -40, 90)).toBe(0);
  });

  test("retro re-prices the whole prior when a tier is crossed (SPEC §3.3: 3,300); within a tier, the deal × its rate", () => {
    near(payout(T1, "retro", 30000, 90000), 3300);
    near(payout(T1, "retro", 10000, 60000), 300);
    near(payout(T1, "retro", -30000, 120000), 2700 - 6000);
    near(payout(FROM100, "retro", 60, 50), 110 * 0.1);
    expect(payout(FROM100, "retro", 10, 50)).toBe(0);
  });

  test("linear between points re-prices the whole prior too; beyond the last point, the deal × the last rate", () => {
    // P(70,000) = 70,000 × 3.8%; P(60,000) = 60,000 × 3.4%.
    near(payout(T1, "linear", 10000, 60000), 70000 * 0.038 - 60000 * 0.034);
    // P(120,000) = 6,000; P(90,000) = 90,000 × 4.6%.
    near(payout(T1, "linear", 30000, 90000), 6000 - 90000 * 0.046);
    near(payout(T1, "linear", 10000, 120000), 500);
    near(payout(T2, "linear", 10000, 160000, Infinity, 100000), 800);
  });

  test("payoutDelta uses a known P(prior) when given, and passes an overflowing total on", () => {
    near(payoutDelta(T1, "retro", 30000, 90000, 1, 2700), 3300);
    near(payoutDelta(T1, "retro", 30000, 90000, 1, 0), 6000);
    expect(payoutDelta(T1, "marginal", 1e308, 1e308)).toBe(Infinity);
    expect(payoutDelta(T1, "retro", -1e308, -1e308)).toBe(-Infinity);
  });
});

describe("the cap bounds the period payout: min(P(prior+amount), cap) − min(P(prior), cap)", () => {
  test("SPEC §3.3: PAYOUT(120000, T1, marginal, , , 3000) = 3,000", () => {
    expect(payout(T1, "marginal", 120000, 0, 3000)).toBe(3000);
  });

  test("crossing the cap, already above it, coming back below it", () => {
    // P(90,000) = 2,200, P(120,000) = 3,500.
    near(payout(T1, "marginal", 30000, 90000, 3000), 800);
    near(payout(T1, "marginal", 30000, 90000, 2200), 0);
    near(payout(T1, "marginal", 30000, 90000, 3500), 1300);
    near(payout(T1, "marginal", -30000, 120000, 3000), 2200 - 3000);
    near(payout(T1, "marginal", 10000, 120000, 3000), 0);
    // Under the cap before and after: the cap changes nothing.
    near(payout(T1, "marginal", 30000, 90000, 1e9), 1300);
    // retro with the known P(prior): min(6,000, 5,000) − min(2,700, 5,000).
    near(payout(T1, "retro", 30000, 90000, 5000, 1, 2700), 2300);
    // A cap of 0 pays nothing.
    expect(payout(T1, "marginal", 120000, 0, 0)).toBe(0);
  });

  test("a period total beyond the largest double is no payout, cap or no cap (#NUM! downstream)", () => {
    // docs/functions.md: "A period total beyond the largest number (about 1.8 × 10³⁰⁸) is #NUM!".
    for (const method of ["marginal", "retro", "linear"] as const) {
      expect(Number.isFinite(payout(T1, method, 1e308, 1e308, 3000))).toBe(false);
      expect(Number.isFinite(payout(T1, method, -1e308, -1e308, 3000))).toBe(false);
    }
    // A finite total whose payout is beyond the largest double is capped as any other.
    const steep = parseTierTable([
      ["Bound", "Rate"],
      [0, 5],
    ]);
    expect(payout(steep, "marginal", 1e308, 0, 3000)).toBe(3000);
  });
});

describe("where the rate does not change, the deal × the rate, exactly (the deal's own cents)", () => {
  test("within the first tier: the deal × its rate, for every method", () => {
    // 20,000 → 30,000 on T1, all in Bronze (2%).
    near(payout(T1, "marginal", 10000, 20000), 200);
    near(payout(T1, "retro", 10000, 20000), 200);
    // linear: 30,000 × 2.6% − 20,000 × 2.4%.
    near(payout(T1, "linear", 10000, 20000), 30000 * 0.026 - 20000 * 0.024);
  });

  test("retro within a tier below the top one, on a large prior: 1.00 at 2% is 0.02, not a difference of two totals", () => {
    const twoTiers = parseTierTable([
      [0, 0.02],
      [1e16, 0.03],
    ]);
    expect(payout(twoTiers, "retro", 1, 1e15)).toBe(0.02);
    expect(payout(twoTiers, "retro", -1, 1e15)).toBe(-0.02);
  });

  test("a cap met exactly before or after the deal changes nothing: the deal still pays its cents", () => {
    const flat = parseTierTable([[0, 0.03]]);
    const atPrior = periodPayout(flat, "marginal", 1e15);
    const atAfter = periodPayout(flat, "marginal", 1e15 + 1);
    // A refund of 1.00 from a period payout equal to the cap: −0.03.
    expect(payout(flat, "marginal", -1, 1e15, atPrior)).toBe(-0.03);
    // A deal of 1.00 that brings the period payout exactly to the cap: 0.03.
    expect(payout(flat, "marginal", 1, 1e15, atAfter)).toBe(0.03);
  });

  test("bounds scaled by a target below 1: a deal from above the first bound pays only its own bands", () => {
    // 100 | 10%, 1,000 | 20% against 0.5: bounds 50 and 500. 200 → 600: 300 × 10% + 100 × 20% = 50.
    const wide = parseTierTable([
      [100, 0.1],
      [1000, 0.2],
    ]);
    near(payout(wide, "marginal", 400, 200, Infinity, 0.5), 50);
  });
});
