/*
 * evaluatePartner, payoutArithmetic and payoutCurve on the cases the worked examples leave out
 * (mutation testing, docs/testing.md): weights of zero, a target of zero or none, per-partner
 * targets scaling the bounds, discounts, a cap met exactly. Expected values are worked by hand.
 */
import {
  ProgramDefinition,
  evaluatePartner,
  payoutArithmetic,
  payoutCurve,
  programTemplate,
  programTierTable,
} from "../../../src/engine";

const solar = () => programTemplate("solarwave"); // bonus; 0.8 → 50%, 1.0 → 100%, 1.2 → 150% (linear); cap 1.5; 20,000
const commission = () => programTemplate("salesCommission"); // marginal 4% / 6% from 100% / 8% from 150% of target
const evaluate = (p: ProgramDefinition, actuals: (number | null)[], targets?: (number | null)[]) =>
  evaluatePartner(p, programTierTable(p), { actuals, targets });
const arithmetic = (p: ProgramDefinition, actuals: (number | null)[], targets?: (number | null)[]) => {
  const table = programTierTable(p);
  const input = { actuals, targets };
  return payoutArithmetic(p, table, input, evaluatePartner(p, table, input));
};

function discount(): ProgramDefinition {
  const p = solar();
  p.payKind = "discount";
  p.method = "retro";
  p.listPrice = 200;
  p.targetIncentive = null;
  p.cap = null;
  p.tiers = [
    { bound: 1, rate: 0.05, label: "Gold" },
    { bound: 1.2, rate: 0.1, label: "Platinum" },
  ];
  return p;
}

describe("evaluatePartner", () => {
  test("a KPI of weight 0 is left out of the score; with no weight at all there is no score", () => {
    const p = solar();
    p.kpis[0].weight = 1;
    p.kpis[1].weight = 0;
    // CSAT has no result: it weighs nothing, so the score is on-time's attainment alone.
    const r = evaluate(p, [0.8, null]);
    expect(r.attainments).toEqual([1, null]);
    expect(r.score).toBe(1);
    expect(r.tier).toBe("Silver");
    p.kpis[0].weight = 0;
    expect(evaluate(p, [0.8, 4.2]).score).toBeNull();
  });

  test("a weighted score is Σ weight × attainment ÷ Σ weight", () => {
    const p = solar();
    p.kpis[0].weight = 0.5;
    p.kpis[1].weight = 0.25; // weights short of 100% still divide by their own total
    // 0.5 × 1.2 + 0.25 × 0.9 = 0.825; ÷ 0.75 = 1.1
    expect(evaluate(p, [0.96, 3.78]).score).toBeCloseTo((0.5 * (0.96 / 0.8) + 0.25 * (3.78 / 4.2)) / 0.75, 12);
  });

  test("no attainment without a target above zero", () => {
    const p = commission();
    expect(evaluate(p, [100], [0]).attainments).toEqual([null]);
    expect(evaluate(p, [100], [-5]).attainments).toEqual([null]);
    expect(evaluate(p, [100]).attainments).toEqual([null]);
    expect(evaluate(p, [150], [100]).attainments).toEqual([1.5]);
  });

  test("per-partner targets scale the bounds; without one nothing is paid and no tier is reached", () => {
    const p = commission();
    // Target 1,000: 4% to 1,000, 6% to 1,500, 8% above: 40 + 30 + 8 = 78 on 1,600.
    const r = evaluate(p, [1600], [1000]);
    expect(r.payout).toBeCloseTo(78, 9);
    expect(r.tier).toBe("Super accelerator");
    expect(r.tierInput).toBe(1600);
    expect(r.explanation?.total).toBeCloseTo(78, 9);
    const none = evaluate(p, [1600], [null]);
    expect([none.payout, none.tier, none.explanation]).toEqual([0, null, null]);
  });

  test("commission pays on its basis KPI's actual, not the score; a missed gate pays 0 but keeps the tier", () => {
    const p = programTemplate("resellerRebate");
    p.kpis[0].gate = 100000;
    const r = evaluate(p, [600000]);
    expect(r.tierInput).toBe(600000);
    expect(r.payout).toBeCloseTo(600000 * 0.035, 6);
    const gated = evaluate(p, [90000]);
    expect([gated.gateMet, gated.payout, gated.tier, gated.explanation]).toEqual([false, 0, "Member", null]);
  });

  test("a cap on a commission is applied", () => {
    const p = programTemplate("resellerRebate");
    p.cap = 1000;
    expect(evaluate(p, [600000]).payout).toBe(1000);
  });

  test("a discount: the discount per unit, the net price; a missed gate or no score leaves the list price", () => {
    const p = discount();
    const r = evaluate(p, [0.96, 4.2]); // score 0.7 × 1.2 + 0.3 × 1 = 1.14: Gold, 5%
    expect(r.tier).toBe("Gold");
    expect(r.payout).toBeCloseTo(10, 12);
    expect(r.netPrice).toBeCloseTo(190, 12);
    expect(r.explanation).toBeNull();
    const gated = evaluate(p, [0.96, 3.0]);
    expect([gated.payout, gated.netPrice]).toEqual([0, 200]);
    expect(evaluate(p, [null, 4.2]).netPrice).toBe(200);
    expect(evaluate(solar(), [null, 4.2]).netPrice).toBeNull();
  });

  test("a bonus without a target incentive pays 0", () => {
    const p = solar();
    p.targetIncentive = null;
    expect(evaluate(p, [0.96, 4.6]).payout).toBe(0);
  });
});

describe("payoutArithmetic", () => {
  test("a KPI without a result or target has no attainment step; a KPI of weight 0 no score term", () => {
    const p = solar();
    p.kpis[1].weight = 0;
    p.kpis[0].weight = 1;
    const m = arithmetic(p, [0.88, null]);
    expect(m.attainments).toEqual([{ kpi: 0, actual: 0.88, target: 0.8, direction: "higher", attainment: 0.88 / 0.8 }]);
    expect(m.score).toEqual({ terms: [{ kpi: 0, weight: 1, attainment: 0.88 / 0.8 }], weights: 1, score: 0.88 / 0.8 });
    // CSAT with a result but weight 0: its attainment is shown, it is no term of the score.
    const withCsat = arithmetic(p, [0.88, 4.2]);
    expect(withCsat.attainments.map((a) => a.kpi)).toEqual([0, 1]);
    expect(withCsat.score?.terms.map((t) => t.kpi)).toEqual([0]);
    const c = commission();
    expect(arithmetic(c, [150], [100]).attainments).toEqual([
      { kpi: 0, actual: 150, target: 100, direction: "higher", attainment: 1.5 },
    ]);
    expect(arithmetic(c, [150], [null]).attainments).toEqual([]);
    expect(arithmetic(c, [150], [0]).attainments).toEqual([]); // a target of 0: no attainment, though both are numbers
    expect(arithmetic(c, [150]).attainments).toEqual([]);
  });

  test("no score: nothing read off the table", () => {
    expect(arithmetic(solar(), [null, 4.2])).toEqual({
      attainments: [{ kpi: 1, actual: 4.2, target: 4.2, direction: "higher", attainment: 1 }],
      score: null,
      rate: null,
      capped: null,
      product: null,
    });
  });

  test("a cap equal to the curve's share caps nothing; no cap is no cap; no target incentive is 0", () => {
    const p = solar();
    p.cap = 1.5;
    p.kpis[0].target = 1;
    p.kpis[0].weight = 1;
    p.kpis[1].weight = 0;
    const at = arithmetic(p, [1.2, 4.2]); // score 1.2: exactly Gold's 150%
    expect(at.rate!.rate).toBe(1.5);
    expect(at.capped).toBeNull();
    p.cap = null;
    p.targetIncentive = null;
    const free = arithmetic(p, [1.2, 4.2]);
    expect(free.capped).toBeNull();
    expect(free.product).toMatchObject({ kind: "bonus", share: 1.5, targetIncentive: 0 });
  });

  test("a discount: the retro rate, list price × rate", () => {
    const m = arithmetic(discount(), [0.96, 4.2]);
    expect(m.rate).toMatchObject({ kind: "step", at: { tier: "Gold", bound: 1, rate: 0.05 }, rate: 0.05 });
    expect(m.capped).toBeNull();
    expect(m.product).toEqual({ kind: "discount", listPrice: 200, rate: 0.05, discount: expect.closeTo(10, 12) });
    const noPrice = discount();
    noPrice.listPrice = null;
    expect(arithmetic(noPrice, [0.96, 4.2]).product).toMatchObject({ listPrice: 0 });
  });

  test("retro commission with bounds relative to a per-partner target reads the scaled bounds; without the target, nothing", () => {
    const p = commission();
    p.method = "retro";
    const m = arithmetic(p, [1600], [1000]);
    expect(m.rate).toMatchObject({ kind: "step", at: { tier: "Super accelerator", bound: 1500, rate: 0.08 } });
    expect(m.product).toBeNull();
    expect(arithmetic(p, [1600], [null]).rate).toBeNull();
    // A fixed target scales the same way.
    p.kpis[0].targetMode = "fixed";
    p.kpis[0].target = 2000;
    expect(arithmetic(p, [1600]).rate).toMatchObject({ kind: "step", at: { tier: "Base", bound: 0, rate: 0.04 } });
    // Not relative: the bounds are read as they are (1.5 is far below 1,600).
    p.boundsRelativeToTarget = false;
    expect(arithmetic(p, [1600]).rate).toMatchObject({ at: { bound: 1.5 } });
  });
});

describe("payoutCurve", () => {
  test("61 points by default, evenly from `from` to `to`", () => {
    const points = payoutCurve(solar(), programTierTable(solar()), 0, 1.2);
    expect(points).toHaveLength(61);
    expect(points[30].x).toBeCloseTo(0.6, 12);
    expect(points[60]).toEqual({ x: 1.2, y: 30000 });
  });

  test("a discount's curve is its rate; a commission's is scaled by a fixed target when bounds are relative", () => {
    const d = discount();
    expect(payoutCurve(d, programTierTable(d), 1, 1.2, 2).map((pt) => pt.y)).toEqual([0.05, 0.05, 0.1]);
    const c = commission();
    c.kpis[0].targetMode = "fixed";
    c.kpis[0].target = 1000;
    expect(payoutCurve(c, programTierTable(c), 0, 1000, 1)[1].y).toBeCloseTo(40, 9);
    // Per-partner targets: no one scale, the bounds as they are.
    const perPartner = commission();
    expect(payoutCurve(perPartner, programTierTable(perPartner), 0, 2, 1)[1].y).toBeCloseTo(0.04 + 0.03 + 0.04, 12);
    c.cap = 10;
    expect(payoutCurve(c, programTierTable(c), 0, 1000, 1)[1].y).toBe(10);
    c.boundsRelativeToTarget = false;
    c.cap = null;
    expect(payoutCurve(c, programTierTable(c), 0, 2, 1)[1].y).toBeCloseTo(0.04 + 0.03 + 0.04, 12);
  });
});

describe("settings another pay kind left behind, and results cut short", () => {
  test("fewer actuals than KPIs: the missing ones have no attainment, and a weighted one missing leaves no score", () => {
    const r = evaluate(solar(), [0.96]);
    expect(r.attainments).toEqual([0.96 / 0.8, null]);
    expect(r.score).toBeNull();
  });

  test("no score when a later weighted KPI has no result, though an earlier one had", () => {
    const r = evaluate(solar(), [0.96, null]);
    expect([r.score, r.tier, r.payout]).toEqual([null, null, 0]);
  });

  test("a bonus reads the score even with a basis KPI left from a commission", () => {
    const p = solar();
    p.basisKpi = 0;
    // Score 0.7 × 0.96/0.8 + 0.3 × 4.2/4.2 = 1.14: Silver (1.0 to 1.2); the basis KPI's actual 0.96 would be Bronze.
    const r = evaluate(p, [0.96, 4.2]);
    expect(r.tierInput).toBeCloseTo(1.14, 12);
    expect(r.tier).toBe("Silver");
  });

  test("a list price left on a bonus is no net price, paid or not", () => {
    const p = solar();
    p.listPrice = 200;
    expect(evaluate(p, [null, 4.2]).netPrice).toBeNull();
    expect(evaluate(p, [0.96, 3.0]).netPrice).toBeNull(); // CSAT under its 3.8 gate
  });

  test("the curve of a rebate with bounds relative to its fixed target is scaled by it", () => {
    const p = programTemplate("resellerRebate"); // retro; fixed target 500,000
    p.boundsRelativeToTarget = true;
    p.tiers = [
      { bound: 0, rate: 0, label: "Member" },
      { bound: 0.5, rate: 0.02, label: "Silver" },
      { bound: 1, rate: 0.035, label: "Gold" },
      { bound: 2, rate: 0.05, label: "Platinum" },
    ];
    // 600,000 is 120% of the target: Gold, 3.5% on all of it (unscaled, 600,000 is past 2: 5%).
    expect(payoutCurve(p, programTierTable(p), 0, 600000, 1)[1].y).toBeCloseTo(21000, 6);
  });

  test("a per-partner basis KPI's curve is not scaled by a fixed target left on it", () => {
    const p = commission();
    p.kpis[0].target = 1000; // per-partner: this target is not used
    expect(payoutCurve(p, programTierTable(p), 0, 2, 1)[1].y).toBeCloseTo(0.04 + 0.03 + 0.04, 12);
  });
});
