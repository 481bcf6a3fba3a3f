/* Insights analytics: hand-checked small cases and the laws of issue #5. */
import fc from "fast-check";
import {
  PartnerInput,
  describeChange,
  histogram,
  planCost,
  populationTarget,
  programImpact,
  roundMoney,
  suggestFromHistory,
  whatIf,
} from "../../src/engine";
import { t1Commission } from "../support/t1Commission";

const RUNS = { numRuns: 1000 };

const sales = (...xs: (number | null)[]): PartnerInput[] => xs.map((x) => ({ actuals: [x] }));

describe("roundMoney", () => {
  test.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [1234.5, 0, 1235],
    [0.125, 2, 0.13],
    [21000.000000000004, 2, 21000],
  ])("ROUND(%p, %p) = %p, half away from zero like Excel", (x, d, expected) => {
    expect(roundMoney(x, d)).toBe(expected);
  });
});

describe("planCost", () => {
  test("T1 marginal over three partners: total of rounded payouts, per tier, share of measured", () => {
    const cost = planCost(t1Commission(), sales(120000, 75000, 20000));
    expect(cost.partners.map((c) => c.paid)).toEqual([3500, 1750, 400]);
    expect(cost.total).toBe(5650);
    expect(cost.measured).toBe(215000);
    expect(cost.shareOfMeasured).toBeCloseTo(5650 / 215000, 12);
    expect(cost.byTier).toEqual([
      { tier: null, partners: 0, paid: 0 },
      { tier: "Bronze", partners: 1, paid: 400 },
      { tier: "Silver", partners: 1, paid: 1750 },
      { tier: "Gold", partners: 1, paid: 3500 },
    ]);
  });

  test("near misses: the closest partners below each tier's bound, with their gap and the value it is from", () => {
    const cost = planCost(t1Commission(), sales(49000, 45000, 98000, 120000, 10000), 2);
    expect(cost.nearMisses).toEqual([
      { index: 0, tier: "Silver", gap: 1000, value: 49000, scale: 1 },
      { index: 1, tier: "Silver", gap: 5000, value: 45000, scale: 1 },
      { index: 2, tier: "Gold", gap: 2000, value: 98000, scale: 1 },
    ]);
  });

  test("histogram of scores in 10-point bins with an open top bin", () => {
    const bins = histogram([0.05, 0.95, 1.0, 1.04, 2.3, null]);
    expect(bins).toHaveLength(16);
    expect(bins[0]).toEqual({ from: 0, to: 0.1, partners: 1 });
    expect(bins[9].partners).toBe(1);
    expect(bins[10].partners).toBe(2);
    expect(bins[15]).toEqual({ from: 1.5, to: Infinity, partners: 1 });
  });
});

describe("whatIf", () => {
  const amounts = fc.array(fc.option(fc.double({ min: 0, max: 300000, noNaN: true }), { nil: null }), { maxLength: 30 });

  test("a scenario equal to the current plan changes nothing", () => {
    fc.assert(
      fc.property(amounts, (xs) => {
        const r = whatIf(t1Commission(), t1Commission(), sales(...xs));
        expect(r.totalDelta).toBe(0);
        expect(r.movedUp + r.movedDown).toBe(0);
        expect(r.changes.every((c) => c.delta === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  test("the total delta is the sum of the per-partner deltas, to the cent", () => {
    fc.assert(
      fc.property(amounts, fc.double({ min: 0, max: 0.2, noNaN: true }), (xs, goldRate) => {
        const scenario = t1Commission();
        scenario.tiers[2].rate = goldRate;
        const r = whatIf(t1Commission(), scenario, sales(...xs));
        const sum = r.changes.reduce((s, c) => s + c.delta, 0);
        expect(Math.round(sum * 100)).toBe(Math.round(r.totalDelta * 100));
      }),
      RUNS,
    );
  });

  test("raising the Silver bound moves partners down, and says who", () => {
    const scenario = t1Commission();
    scenario.tiers[1].bound = 60000;
    const r = whatIf(t1Commission(), scenario, sales(55000, 120000, 30000));
    expect(r.changes.map((c) => c.move)).toEqual(["down", "same", "same"]);
    expect(r.changes[0]).toMatchObject({ before: 1150, after: 1100, delta: -50, tierBefore: "Silver", tierAfter: "Bronze" });
    expect(r.movedDown).toBe(1);
    expect(r.totalDelta).toBe(-50 - 100);
  });
});

describe("suggested targets", () => {
  test("a steady trend is projected one period ahead", () => {
    const s = suggestFromHistory([100, 110, 120, 130], 125);
    expect(s.method).toBe("trend");
    expect(s.projected).toBeCloseTo(140, 9);
    expect(s.suggested).toBeCloseTo(140, 9);
    expect(s.bounded).toBe(false);
  });

  test("the change is bounded by the cap and the floor", () => {
    expect(suggestFromHistory([100, 200, 300], 100, 0.2, 0.05)).toMatchObject({ suggested: 120, bounded: true });
    expect(suggestFromHistory([300, 200, 100], 100, 0.2, 0.05)).toMatchObject({ suggested: 95, bounded: true });
  });

  test("without two periods of history the current target stays", () => {
    expect(suggestFromHistory([null, 80], 90)).toEqual({ method: "no history", projected: null, suggested: 90, bounded: false });
  });

  test("population: the value a share of partners reached", () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, null];
    expect(populationTarget(values, 0.6)).toBe(50);
    expect(populationTarget(values, 1)).toBe(10);
    expect(populationTarget(values, 0.6, false)).toBe(60);
    expect(populationTarget([], 0.5)).toBeNull();
  });
});

describe("program impact", () => {
  test("share before and after the start, overall and per partner, with the relative change", () => {
    const events = [
      { partner: "A", day: 1, success: true },
      { partner: "A", day: 2, success: false },
      { partner: "A", day: 10, success: true },
      { partner: "B", day: 3, success: false },
      { partner: "B", day: 11, success: true },
      { partner: "B", day: 12, success: false },
    ];
    const impact = programImpact(events, 10);
    expect(impact.overall.before).toEqual({ events: 3, share: 1 / 3 });
    expect(impact.overall.after).toEqual({ events: 3, share: 2 / 3 });
    expect(impact.overall.relativeChange).toBeCloseTo(1, 12);
    expect(impact.partners.get("A")?.relativeChange).toBeCloseTo(1, 12);
    expect(impact.partners.get("B")?.relativeChange).toBeNull();
    expect(describeChange(0.3216)).toBe("+32%");
    expect(describeChange(-0.05)).toBe("−5%");
  });
});
