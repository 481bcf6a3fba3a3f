/*
 * The numbers the data-sheet formulas are meant to produce, worked by hand and checked against
 * evaluatePartner (which computes exactly what the formulas compute). The formula text itself is
 * pinned in describeProgram.test.ts; together they say the sheet pays what the engine pays.
 */
import { ProgramDefinition, evaluatePartner, programTemplate, programTierTable } from "../../src/engine";

/** What the Payout column shows: ROUND(…, decimals), 0 when a gate is missed. */
function sheetPayout(p: ProgramDefinition, actuals: (number | null)[], targets?: (number | null)[]): number {
  const o = evaluatePartner(p, programTierTable(p), { actuals, targets });
  const f = 10 ** p.decimals;
  return Math.round(o.payout * f) / f;
}

test("SolarWave: score 0.7 × 0.9/0.8 + 0.3 × 4.0/4.2 on the pay curve, CSAT gate at 3.8", () => {
  const p = programTemplate("solarwave");
  const score = 0.7 * (0.9 / 0.8) + 0.3 * (4.0 / 4.2);
  const percent = 1 + ((score - 1) / 0.2) * 0.5; // linear between 100% at 1.0 and 150% at 1.2
  expect(sheetPayout(p, [0.9, 4.0])).toBe(Math.round(20000 * percent * 100) / 100);
  expect(sheetPayout(p, [0.9, 4.0])).toBe(23660.71);
  expect(sheetPayout(p, [0.9, 3.7])).toBe(0); // gate missed
  expect(sheetPayout(p, [2, 5])).toBe(30000); // the 150% cap
  const below = evaluatePartner(p, programTierTable(p), { actuals: [0.5, 4.2] });
  expect(below.tier).toBeNull(); // the sheet's Tier says "Below first tier"
  expect(below.payout).toBe(0);
});

test("Reseller rebate: retro, the whole volume at the tier reached", () => {
  const p = programTemplate("resellerRebate");
  expect(sheetPayout(p, [600000])).toBe(21000); // Gold 3.5%
  expect(sheetPayout(p, [249999])).toBe(0); // Member 0%
  expect(sheetPayout(p, [1000000])).toBe(50000);
});

test("Sales commission: marginal bands against each partner's target (SPEC T2: 5,800)", () => {
  const p = programTemplate("salesCommission");
  expect(sheetPayout(p, [130000], [100000])).toBe(5800);
  expect(sheetPayout(p, [160000], [100000])).toBe(100000 * 0.04 + 50000 * 0.06 + 10000 * 0.08);
});

test("a discount program: list price less the discount of the tier the score reaches", () => {
  const p: ProgramDefinition = {
    ...programTemplate("resellerRebate"),
    payKind: "discount",
    basisKpi: null,
    listPrice: 199.99,
    tiers: [
      { bound: 0, rate: 0, label: "List" },
      { bound: 1, rate: 0.05, label: "Preferred" },
    ],
  };
  const o = evaluatePartner(p, programTierTable(p), { actuals: [550000] });
  expect(Math.round(o.payout * 100) / 100).toBe(10); // Discount: ROUND(199.99 × 5%, 2)
  expect(Math.round(199.99 * 100) / 100 - Math.round(o.payout * 100) / 100).toBeCloseTo(o.netPrice!, 2); // Net price column
});
