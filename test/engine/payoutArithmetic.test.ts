/* The arithmetic behind a program's payout, as rules the pane's Explain (and later the statements) word. */
import { payoutArithmetic } from "../../src/engine/program/arithmetic";
import { readRate } from "../../src/engine/explain";
import { evaluatePartner, programTierTable } from "../../src/engine/program/evaluate";
import { programTemplate } from "../../src/engine/program/templates";

const solar = programTemplate("solarwave");

test("a bonus on a linear curve: attainments, the weighted score, the interpolation and the product", () => {
  const table = programTierTable(solar);
  const input = { actuals: [0.96, 4.6], targets: [null, null] };
  const o = evaluatePartner(solar, table, input);
  const m = payoutArithmetic(solar, table, input, o);
  expect(m.attainments.map((a) => [a.actual, a.target, a.attainment])).toEqual([
    [0.96, 0.8, 0.96 / 0.8],
    [4.6, 4.2, 4.6 / 4.2],
  ]);
  expect(m.score!.weights).toBeCloseTo(1, 12);
  expect(m.score!.score).toBe(o.score);
  expect(m.rate).toMatchObject({ kind: "between", x: o.score, lower: { tier: "Silver" }, upper: { tier: "Gold" } });
  // lower.rate + (x − lower.bound) ÷ (upper.bound − lower.bound) × (upper.rate − lower.rate), redone by hand.
  expect(m.rate!.rate).toBeCloseTo(1 + ((o.score! - 1) / 0.2) * 0.5, 12);
  expect(m.capped).toBeNull();
  expect(m.product).toEqual({ kind: "bonus", share: m.rate!.rate, targetIncentive: 20000, payout: o.payout });
  expect(20000 * m.rate!.rate).toBeCloseTo(o.payout, 9);
});

test("a cap below the curve's share is the share paid; a missed gate pays nothing and reads no rate", () => {
  const capped = { ...solar, cap: 1.2 };
  const table = programTierTable(capped);
  const input = { actuals: [0.96, 4.6], targets: [null, null] };
  const m = payoutArithmetic(capped, table, input, evaluatePartner(capped, table, input));
  expect(m.capped).toEqual({ before: m.rate!.rate, cap: 1.2 });
  expect(m.product).toMatchObject({ share: 1.2, payout: 24000 });

  const gateMissed = { actuals: [0.96, 3.0], targets: [null, null] };
  const g = payoutArithmetic(solar, table, gateMissed, evaluatePartner(solar, table, gateMissed));
  expect(g.rate).toBeNull();
  expect(g.product).toBeNull();
});

test("a retro rebate reads the tier's rate on the whole amount; a marginal one leaves it to the bands", () => {
  const rebate = programTemplate("resellerRebate");
  const table = programTierTable(rebate);
  const input = { actuals: [520000], targets: [null] };
  expect(payoutArithmetic(rebate, table, input, evaluatePartner(rebate, table, input)).rate).toEqual(
    readRate(table, "retro", 520000),
  );
  const marginal = { ...rebate, method: "marginal" as const };
  expect(payoutArithmetic(marginal, table, input, evaluatePartner(marginal, table, input)).rate).toBeNull();
});
