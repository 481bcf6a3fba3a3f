/* Laws of the plan health check over generated retro plans (fast-check). */
import fc from "fast-check";
import { HealthFinding, applyHealthFix, periodPayout, planHealth, programTierTable } from "../../../src/engine";
import { commission, sales } from "./fixtures";

const RUNS = { numRuns: 300 };

/** 2–5 tiers from 0, ascending bounds, rates 0.5%–20%, and 1–15 partners' sales. */
const plans = fc
  .record({
    steps: fc.array(fc.integer({ min: 1000, max: 100000 }), { minLength: 1, maxLength: 4 }),
    rates: fc.array(fc.integer({ min: 5, max: 200 }), { minLength: 5, maxLength: 5 }),
    sales: fc.array(fc.integer({ min: 0, max: 500000 }), { minLength: 1, maxLength: 15 }),
  })
  .map(({ steps, rates, sales: s }) => {
    let bound = 0;
    const tiers = [0, ...steps].map((step, i) => {
      bound += step === 0 ? 0 : step;
      return { bound: i === 0 ? 0 : bound, rate: rates[i] / 1000, label: `T${i + 1}` };
    });
    return { p: commission({ tiers }), inputs: sales(...s) };
  });

const cliffs = (fs: readonly HealthFinding[]) =>
  fs.filter((f): f is Extract<HealthFinding, { check: "cliff" }> => f.check === "cliff");

test("each cliff's jump is the retro payout's step at its bound, and it is a warning exactly when it exceeds the tier below", () => {
  fc.assert(
    fc.property(plans, ({ p, inputs }) => {
      const table = programTierTable(p);
      for (const c of cliffs(planHealth(p, inputs).findings)) {
        const b = table.bounds[c.tier];
        const step = periodPayout(table, "retro", b) - periodPayout(table, "retro", b * (1 - 1e-12));
        expect(Math.abs(c.jump - step)).toBeLessThanOrEqual(1e-6 * Math.max(1, b));
        const below =
          periodPayout(table, "retro", b * (1 - 1e-12)) - periodPayout(table, "retro", table.bounds[c.tier - 1]);
        expect(Math.abs(c.tierBelowPays - below)).toBeLessThanOrEqual(1e-6 * Math.max(1, b));
        expect(c.severity === "warning").toBe(c.jump > c.tierBelowPays);
      }
    }),
    RUNS,
  );
});

test("the suggested rate leaves a jump no larger than what the tier below pays", () => {
  fc.assert(
    fc.property(plans, ({ p, inputs }) => {
      for (const c of cliffs(planHealth(p, inputs).findings)) {
        if (c.severity !== "warning" || c.fix === null) continue;
        const after = cliffs(planHealth(applyHealthFix(p, c.fix), inputs).findings).find((x) => x.tier === c.tier);
        if (after) expect(after.jump).toBeLessThanOrEqual(after.tierBelowPays * (1 + 1e-9) + 1e-9);
      }
    }),
    RUNS,
  );
});

test("partners within reach are below the bound by at most 10% of it, closest first, and no one in that window is left out", () => {
  fc.assert(
    fc.property(plans, ({ p, inputs }) => {
      for (const c of cliffs(planHealth(p, inputs).findings)) {
        const inWindow = inputs.flatMap((x, i) => {
          const v = x.actuals[0]!;
          return v < c.bound && v >= c.bound * 0.9 ? [i] : [];
        });
        expect(c.withinReach.map((w) => w.index).sort((a, b) => a - b)).toEqual(inWindow);
        const gaps = c.withinReach.map((w) => w.gap);
        expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      }
    }),
    RUNS,
  );
});

test("a marginal plan never has a cliff", () => {
  fc.assert(
    fc.property(plans, ({ p, inputs }) => {
      expect(cliffs(planHealth({ ...p, method: "marginal" }, inputs).findings)).toEqual([]);
    }),
    RUNS,
  );
});

test("the top tenth's share is between a tenth and all of the cost", () => {
  fc.assert(
    fc.property(plans, ({ p, inputs }) => {
      const f = planHealth(p, inputs).findings.find((x) => x.check === "costConcentration");
      if (!f || f.check !== "costConcentration") return;
      expect(f.share).toBeLessThanOrEqual(1 + 1e-12);
      expect(f.share).toBeGreaterThanOrEqual(f.top / f.partners - 1e-12);
    }),
    RUNS,
  );
});
