/*
 * Engine survivors of the tenth session's audit (issue 12; docs/testing.md "Mutation testing"):
 * mutants StrykerJS left alive that a stated rule makes observable. Each expected value is worked
 * by hand from the rule quoted next to it.
 */
import { HealthFinding, parseTierTable, payout, planHealth } from "../../src/engine";
import { commission, sales } from "./health/fixtures";

describe("PAYOUT without a cap is the deal's own part × its band's rate, even where P(x) is no number", () => {
  // docs/functions.md: "rates are numbers (negative rates are allowed, e.g. for clawback bands)";
  // the result is P(prior + amount) − P(prior), a deal split by bands; within one band that is the
  // deal × the band's rate (payoutDelta's doc comment). Here P itself is out of reach of doubles:
  // the clawback band pays −2 × 1e308 (−Infinity) up to 0, and above 9e307 the top band's part is
  // beyond +1.8e308, so the period payout is −Infinity + Infinity, NaN. A deal of 1e306 from a
  // prior of 9.5e307 stays in the top band: 1e306 × 2 = 2e306. (Kills payout.ts 54:7, the no-cap
  // guard `cap === Infinity` → `false`, which then compares the NaN period payouts with the cap.)
  const clawback = parseTierTable([
    [-1e308, -2],
    [0, 2],
  ]);

  test("a deal within the top band", () => {
    expect(payout(clawback, "marginal", 1e306, 9.5e307)).toBe(2e306);
    // A refund of it claws back at the same rate.
    expect(payout(clawback, "marginal", -1e306, 9.6e307)).toBe(-2e306);
  });
});

describe("a cliff at a negative bound gets no suggested rate", () => {
  // docs/insights.md, Cliff: the rate to try is "none when the tier below pays 0%, or at a bound at
  // or below 0, where a lower rate only makes the step larger". A growth KPI's tiers from −200 at 5%
  // and from −100 at 2%, paid retro: at −100 the payout steps from −100 × 5% to −100 × 2%, up 3;
  // a lower rate there would make that step larger, never smaller. (Kills cliffs.ts 64:29,
  // `!(bound > 0)` → `!(true)`, which suggests 0% and a fix.)
  test("the cliff is shown, without a rate or a fix", () => {
    const p = commission({
      tiers: [
        { bound: -200, rate: 0.05, label: "Base" },
        { bound: -100, rate: 0.02, label: "Up" },
      ],
    });
    const cliffs = planHealth(p, sales(-120, -150, -90)).findings.filter(
      (f): f is Extract<HealthFinding, { check: "cliff" }> => f.check === "cliff",
    );
    expect(cliffs).toHaveLength(1);
    expect(cliffs[0].bound).toBe(-100);
    expect(cliffs[0].jump).toBeCloseTo(3, 9);
    expect(cliffs[0].suggestedRate).toBeNull();
    expect(cliffs[0].fix).toBeNull();
  });
});
