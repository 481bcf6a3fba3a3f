/*
 * Plan health's tier axis, cliffs, tiers nobody or everybody reached and gates at their edges
 * (mutation testing, docs/testing.md). Each expectation worked by hand from docs/insights.md ("Plan
 * health") and the functions' contracts: exact binary fractions, so jumps compare exactly.
 */
import {
  HealthFinding,
  planHealth,
  programTierTable,
  type PartnerInput,
  type ProgramDefinition,
} from "../../../src/engine";
import { withinReach } from "../../../src/engine/analytics/health/cliffs";
import {
  basisOf,
  extreme,
  payAt,
  payBelow,
  present,
  roundNice,
  tierAxis,
} from "../../../src/engine/analytics/health/tierAxis";
import { bonusProgram, commission, kpi, sales } from "./fixtures";

function find<C extends HealthFinding["check"]>(fs: readonly HealthFinding[], check: C) {
  return fs.filter((f): f is Extract<HealthFinding, { check: C }> => f.check === check);
}
const axisOf = (p: ProgramDefinition, inputs: PartnerInput[] = [], tierInputs: (number | null)[] = []) =>
  tierAxis(p, programTierTable(p), inputs, tierInputs);
const tiers = (...rows: [number, number][]) => rows.map(([bound, rate], i) => ({ bound, rate, label: `T${i}` }));

describe("the tier axis", () => {
  test("commission and rebate read their basis KPI; bonus, discount or no basis KPI read the score", () => {
    expect(basisOf(commission({ basisKpi: 0 }))).toBe(0);
    expect(basisOf(commission({ payKind: "rebate", basisKpi: 0 }))).toBe(0);
    expect(basisOf(commission({ basisKpi: null }))).toBeNull();
    expect(basisOf(bonusProgram({ basisKpi: 0 }))).toBeNull();
    expect(basisOf(commission({ payKind: "discount", basisKpi: 0 }))).toBeNull();
  });

  test("relative bounds on a target of 0 give no value", () => {
    const p = commission({ boundsRelativeToTarget: true, kpis: [kpi("Sales", { target: 0 })] });
    expect(axisOf(p, sales(5000), [5000]).values).toEqual([null]);
  });

  test("what a bonus, a discount and a commission pay along the axis", () => {
    // The bonus curve through (0.5, 50%) and (1, 100%): 75% at 0.75. A discount's rate at 0.75 is the 50% tier's.
    expect(payAt(bonusProgram(), axisOf(bonusProgram()), 0.75)).toBeCloseTo(0.75, 12);
    const discount = bonusProgram({ payKind: "discount" });
    expect(payAt(discount, axisOf(discount), 0.75)).toBe(0.5);
    // Just below a tier: nothing below the first; a discount's tier below; retro money at the rate below.
    const retro = commission();
    expect(payBelow(retro, axisOf(retro), 0)).toBe(0);
    expect(payBelow(discount, axisOf(discount), 1)).toBe(0.5);
    expect(payBelow(retro, axisOf(retro), 2)).toBeCloseTo(3000, 9);
    // Marginal and a bonus curve are continuous: below Gold is at Gold (1,000 + 3% × 50,000; the Stretch point).
    const marginal = commission({ method: "marginal" });
    expect(payBelow(marginal, axisOf(marginal), 2)).toBeCloseTo(2500, 9);
    const bonusRetro = bonusProgram({ method: "retro" });
    expect(payBelow(bonusRetro, axisOf(bonusRetro), 2)).toBeCloseTo(2, 12);
  });

  test("present keeps finite numbers only", () => {
    expect(present([1, null, NaN, Infinity, -Infinity, 2])).toEqual([1, 2]);
  });

  test("roundNice: three significant digits, to the nearest, down or up; 0 and non-finite as they are", () => {
    expect(roundNice(0)).toBe(0);
    expect(roundNice(Infinity)).toBe(Infinity);
    expect(roundNice(12345)).toBe(12300);
    expect(roundNice(12355)).toBe(12400);
    expect(roundNice(12355, "down")).toBe(12300);
    expect(roundNice(12345, "up")).toBe(12400);
    expect(roundNice(12300, "up")).toBe(12300);
  });

  test("extreme: the first partner holding the smallest or the largest finite value", () => {
    expect(extreme([5, 3, null, 3, NaN], 1)).toEqual({ index: 1, value: 3 });
    expect(extreme([5, 7, 7, Infinity], -1)).toEqual({ index: 1, value: 7 });
    expect(extreme([null, NaN], 1)).toBeNull();
  });
});

describe("cliffs", () => {
  const cliffs = (p: ProgramDefinition) => find(planHealth(p, sales(1)).findings, "cliff");

  test("a discount's steps are not cliffs, nor is a tier that pays the same or less", () => {
    expect(cliffs(commission({ payKind: "discount", tiers: tiers([0, 0.02], [50000, 0.03]) }))).toEqual([]);
    expect(cliffs(commission({ tiers: tiers([0, 0.02], [50000, 0.02]) }))).toEqual([]);
    expect(cliffs(commission({ tiers: tiers([0, 0.03], [50000, 0.02]) }))).toEqual([]);
  });

  test("two warnings, largest jump first; at equal jumps, the lower tier first", () => {
    // Jump at 4: 4 × (1.5 − 0.25) = 5 against 0.25 × 4 = 1; at 8: 8 × (2.5 − 1.5) = 8 against 1.5 × 4 = 6.
    expect(cliffs(commission({ tiers: tiers([0, 0.25], [4, 1.5], [8, 2.5]) })).map((c) => [c.tier, c.jump])).toEqual([
      [2, 8],
      [1, 5],
    ]);
    // Jump at 4: 5 against 1; at 5: 5 × (2.5 − 1.5) = 5 against 1.5 × 1: both 5.
    const even = cliffs(commission({ tiers: tiers([0, 0.25], [4, 1.5], [5, 2.5]) }));
    expect(even.map((c) => [c.tier, c.jump, c.severity])).toEqual([
      [1, 5, "warning"],
      [2, 5, "warning"],
    ]);
  });

  test("no warning: the largest jump alone, the first at equal jumps; its fix only when the rate comes down", () => {
    // Jump at 4: 4 × 0.5 = 2 against 0.5 × 4 = 2; at 8: 8 × 0.25 = 2 against 1 × 4 = 4. Neither is more.
    const [c, ...rest] = cliffs(commission({ tiers: tiers([0, 0.5], [4, 1], [8, 1.25]) }));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ tier: 1, jump: 2, severity: "info" });
    // The rate that makes the jump what the tier below pays: 0.5 × (2 × 4 − 0) ÷ 4 = 1, the rate already.
    expect(c).toMatchObject({ suggestedRate: 1, fix: null });
    // 2% → 3% at 50,000: suggested 2% × 2 = 4%, above 3%: nothing to try.
    const [d] = cliffs(commission({ tiers: tiers([0, 0.02], [50000, 0.03]) }));
    expect(d).toMatchObject({ severity: "info", suggestedRate: 0.04, fix: null });
  });

  test("a tier below paying 0% gives no rate to try", () => {
    const [c] = cliffs(commission({ tiers: tiers([0, 0], [1000, 0.05]) }));
    expect(c).toMatchObject({ severity: "warning", tier: 1, suggestedRate: null, fix: null });
  });

  test("within reach: from 10% below the bound up to, not including, it; closest first, then data order", () => {
    const got = withinReach([90000, 100000, 89999, 95000, null, 95000, 99000], 100000, 0.1);
    expect(got).toEqual([
      { index: 6, value: 99000, gap: 1000 },
      { index: 3, value: 95000, gap: 5000 },
      { index: 5, value: 95000, gap: 5000 },
      { index: 0, value: 90000, gap: 10000 },
    ]);
  });
});

describe("tiers nobody reached", () => {
  const never = (p: ProgramDefinition, ...xs: number[]) =>
    find(planHealth(p, sales(...xs)).findings, "tierNeverReached");

  test("a partner at a bound reaches it", () => {
    expect(never(commission(), 100000, 50)).toEqual([]);
  });

  test("the suggested bound must be above the tier below's; below the first tier any is", () => {
    // Gold unreached; the top tenth's value, 50,000, is Silver's bound: nothing to suggest.
    const [f] = never(commission(), 50000, 40000);
    expect(f).toMatchObject({ tiers: [2], suggestedBound: null, fix: null });
    // Tiers from 1,000: nobody reaches any, the best's 20 is suggested for the first.
    const [g] = never(commission({ tiers: tiers([1000, 0.01], [5000, 0.02]) }), 10, 20);
    expect(g).toMatchObject({ tiers: [0, 1], suggestedBound: 20 });
    expect(g.fix).toEqual([{ kind: "tier", tier: 0, field: "bound", value: 20 }]);
  });
});

describe("a tier everybody reached", () => {
  const always = (p: ProgramDefinition, ...xs: number[]) =>
    find(planHealth(p, sales(...xs)).findings, "tierAlwaysReached");

  test("two partners or more; below the first tier is no finding", () => {
    expect(always(commission(), 60000)).toEqual([]);
    expect(always(commission({ tiers: tiers([1000, 0.01], [5000, 0.02]) }), 10, 20)).toEqual([]);
    const [f] = always(commission(), 60000, 70000);
    expect(f).toMatchObject({ tier: 1, label: "Silver", partners: 2, suggestedBound: 70000 });
    expect(f.fix).toEqual([{ kind: "tier", tier: 1, field: "bound", value: 70000 }]);
  });

  test("a first tier starting above 0, and a partner exactly at a bound", () => {
    const [f] = always(commission({ tiers: tiers([1000, 0.01], [5000, 0.02]) }), 2000, 3000);
    expect(f).toMatchObject({ tier: 0, bound: 1000, suggestedBound: 3000 });
    expect(always(commission(), 50000, 70000)[0]).toMatchObject({
      tier: 1,
      lowest: { index: 0, value: 50000, gap: 0 },
    });
  });

  test("the median is suggested only strictly between the tier's bound and the next; the top tier has no next", () => {
    expect(always(commission(), 50000, 50000, 90000)[0]).toMatchObject({ tier: 1, suggestedBound: null, fix: null });
    expect(always(commission(), 60000, 100000, 120000)[0]).toMatchObject({ tier: 1, suggestedBound: null });
    expect(always(commission(), 100000, 120000, 150000)[0]).toMatchObject({ tier: 2, suggestedBound: 120000 });
  });
});

describe("gates", () => {
  const gates = (p: ProgramDefinition, inputs: PartnerInput[]) =>
    planHealth(p, inputs).findings.filter((f) => f.check === "gateNeverMet" || f.check === "gateBlocksTiers");

  test("lower is better: met at or below the gate; the best is the lowest, the median suggested up", () => {
    const p = bonusProgram({ kpis: [kpi("Days", { direction: "lower", target: 5, gate: 5 })] });
    expect(gates(p, sales(5, 7))).toEqual([]);
    const [f] = gates(p, sales(8, 6, 7));
    expect(f).toMatchObject({ check: "gateNeverMet", best: { index: 1, value: 6, gap: 1 }, suggestedGate: 7 });
  });

  test("higher is better: met at the gate; the gap is how far the best is below it; no actuals, no finding", () => {
    const p = commission({ kpis: [kpi("Sales", { gate: 200000 })] });
    // Met by the partner at 200,000: not "never met" (it does take Bronze and Silver away).
    expect(gates(p, sales(200000, 10)).map((f) => f.check)).toEqual(["gateBlocksTiers"]);
    expect(gates(p, sales(null, null))).toEqual([]);
    const [f] = gates(p, sales(30000, 90000));
    expect(f).toMatchObject({ check: "gateNeverMet", best: { index: 1, value: 90000, gap: 110000 } });
  });

  test("a gate below the tier after the first takes nothing; one at its bound takes the first", () => {
    expect(gates(commission({ kpis: [kpi("Sales", { gate: 10000 })] }), sales(30000, 70000))).toEqual([]);
    const [f] = gates(commission({ kpis: [kpi("Sales", { gate: 50000 })] }), sales(30000, 70000));
    expect(f).toMatchObject({ check: "gateBlocksTiers", tiers: [0] });
  });

  test("relative bounds on one fixed target: the bounds and the suggested gate in the KPI's units", () => {
    const p = commission({
      boundsRelativeToTarget: true,
      tiers: tiers([0.1, 0.02], [0.5, 0.03], [1, 0.05]),
      kpis: [kpi("Sales", { target: 100000, gate: 60000 })],
    });
    const [f] = gates(p, sales(30000, 70000));
    expect(f).toMatchObject({ check: "gateBlocksTiers", tiers: [0], suggestedGate: 10000 });
    expect(f.fix).toEqual([{ kind: "kpi", kpi: 0, field: "gate", value: 10000 }]);
  });

  test("per-partner targets: relative bounds have no one scale, bounds in the KPI's units do", () => {
    const perPartner = kpi("Sales", { targetMode: "perPartner", target: null, gate: 60000 });
    const inputs = [30000, 70000].map((a) => ({ actuals: [a], targets: [100000] }));
    const relative = commission({
      boundsRelativeToTarget: true,
      tiers: tiers([0, 0.02], [0.5, 0.03]),
      kpis: [perPartner],
    });
    expect(gates(relative, inputs)).toEqual([]);
    const [f] = gates(commission({ kpis: [perPartner] }), inputs);
    expect(f).toMatchObject({ check: "gateBlocksTiers", tiers: [0] });
  });

  test("only a higher-is-better gate on the KPI the tiers read takes tiers away", () => {
    const lower = commission({ kpis: [kpi("Sales", { direction: "lower", gate: 60000 })] });
    expect(gates(lower, sales(30000, 70000))).toEqual([]);
    // A bonus reads the score: a gate on Sales that some meet takes no tier of the score's.
    const bonus = bonusProgram({ kpis: [kpi("Sales", { gate: 60000 })] });
    expect(gates(bonus, sales(30000, 70000))).toEqual([]);
  });
});
