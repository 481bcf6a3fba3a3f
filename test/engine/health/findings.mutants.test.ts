/*
 * Plan health's cap, target and cost-concentration checks at their edges (mutation testing,
 * docs/testing.md), each expectation worked by hand from the rules in docs/insights.md ("Plan
 * health"): which plans a check skips, the boundary of each condition, the numbers and the fix.
 */
import { HealthFinding, planHealth } from "../../../src/engine";
import { concentrationFindings } from "../../../src/engine/analytics/health/concentration";
import { targetFindings } from "../../../src/engine/analytics/health/targetRange";
import { bonusProgram, commission, kpi, sales } from "./fixtures";

function find<C extends HealthFinding["check"]>(fs: readonly HealthFinding[], check: C) {
  return fs.filter((f): f is Extract<HealthFinding, { check: C }> => f.check === check);
}
const capFinding = (p: Parameters<typeof planHealth>[0]) => find(planHealth(p, sales(1)).findings, "capBlocksTiers");

describe("a cap that takes tiers away", () => {
  test("one tier starting at 10,000 at 10%: a cap under the 1,000 it pays there blocks no tier above, but is below the first tier", () => {
    const only = [{ bound: 10000, rate: 0.1, label: "Only" }];
    const [f, ...rest] = capFinding(commission({ tiers: only, cap: 500 }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ tier: 0, label: "Only", tiersBlocked: 0, belowFirstTier: true, suggestedCap: 1000 });
    expect(f.firstTierPays).toBeCloseTo(1000, 9);
    expect(f.paysBelow).toBeCloseTo(1000, 9);
    expect(f.fix).toEqual([{ kind: "cap", value: 1000 }]);
    // A cap of exactly what the first tier pays is not below it, and there is no tier above to block.
    expect(capFinding(commission({ tiers: only, cap: 1000 }))).toEqual([]);
  });

  test("a cap no smaller than what the top tier pays where it starts: the fix is no cap", () => {
    // Retro, falling rates: just below 10,000 the plan pays 10% × 10,000 = 1,000, the cap; the top
    // tier pays 1% × 10,000 = 100 where it starts, so no cap above 1,000 is suggested: remove it.
    const falling = [
      { bound: 0, rate: 0.1, label: "Low" },
      { bound: 10000, rate: 0.01, label: "High" },
    ];
    const [f] = capFinding(commission({ tiers: falling, cap: 1000 }));
    expect(f).toMatchObject({ tier: 1, label: "High", tiersBlocked: 1, suggestedCap: 1000 });
    expect(f.fix).toEqual([{ kind: "cap", value: null }]);
  });

  test("a linear commission climbs to each point before it: a cap reached at Silver's point blocks Gold only", () => {
    // T1 linear: Silver's point pays 3% × 50,000 = 1,500, Gold's 5% × 100,000 = 5,000.
    for (const cap of [1000, 1500]) {
      const [f] = capFinding(commission({ method: "linear", cap }));
      expect(f).toMatchObject({ tier: 2, label: "Gold", tiersBlocked: 1, belowFirstTier: false });
      expect(f.paysBelow).toBeCloseTo(1500, 9);
    }
    expect(capFinding(commission({ method: "linear", cap: 2999 }))).toEqual([]);
  });

  test("a bonus reads its curve at the point below whatever method the plan names", () => {
    for (const method of ["retro", "marginal"] as const) {
      const [f] = capFinding(bonusProgram({ method, cap: 1 }));
      expect(f).toMatchObject({ tier: 2, label: "Stretch", tiersBlocked: 1, paysBelow: 1 });
    }
  });

  test("a discount has no cap check", () => {
    expect(capFinding(commission({ payKind: "discount", cap: 0.001 }))).toEqual([]);
  });
});

describe("targets outside the data", () => {
  test("only fixed targets above 0 of KPIs in the score are checked, over two results or more", () => {
    // KPI 1 weighs 0 and is not what the tiers read: its target (far above) is not checked.
    const weightless = bonusProgram({ kpis: [kpi("Sales", { weight: 1 }), kpi("Other", { weight: 0, target: 1e9 })] });
    expect(targetFindings(weightless, [{ actuals: [50000, 5] }, { actuals: [150000, 6] }])).toEqual([]);
    const perPartner = bonusProgram({ kpis: [kpi("Sales", { targetMode: "perPartner", target: 1e9 })] });
    expect(targetFindings(perPartner, sales(1, 2, 3))).toEqual([]);
    for (const target of [0, -5])
      expect(targetFindings(bonusProgram({ kpis: [kpi("Sales", { target })] }), sales(1, 2, 3))).toEqual([]);
    const high = bonusProgram({ kpis: [kpi("Sales", { target: 1e9 })] });
    expect(targetFindings(high, sales(1))).toEqual([]);
    expect(targetFindings(high, sales(1, null))).toEqual([]);
    expect(targetFindings(high, sales(1, 2)).map((f) => [f.side, f.partners])).toEqual([["nobodyReaches", 2]]);
  });

  test("a weight-0 KPI counts when relative bounds sit on its target (the basis KPI), not otherwise", () => {
    const kpis = [kpi("Sales", { weight: 0, target: 200000 }), kpi("Units", { weight: 0, target: 1e9 })];
    const inputs = [{ actuals: [30000, 1] }, { actuals: [60000, 2] }];
    const relative = commission({ basisKpi: 0, boundsRelativeToTarget: true, kpis });
    expect(targetFindings(relative, inputs).map((f) => [f.kpi, f.side])).toEqual([[0, "nobodyReaches"]]);
    expect(targetFindings(commission({ basisKpi: 0, boundsRelativeToTarget: false, kpis }), inputs)).toEqual([]);
  });

  test("higher is better: above the best is nobody, at or below the worst is everybody, the best itself is neither", () => {
    const at = (target: number) =>
      targetFindings(bonusProgram({ kpis: [kpi("Sales", { target })] }), sales(10, 20, 30));
    expect(at(30)).toEqual([]);
    expect(at(20)).toEqual([]);
    expect(at(31).map((f) => f.side)).toEqual(["nobodyReaches"]);
    expect(at(10).map((f) => f.side)).toEqual(["everybodyReaches"]);
  });

  test("lower is better: below the best (lowest) is nobody, at or above the worst (highest) is everybody", () => {
    const at = (target: number) =>
      targetFindings(bonusProgram({ kpis: [kpi("Days", { direction: "lower", target })] }), sales(10, 20, 30));
    expect(at(10)).toEqual([]);
    expect(at(29)).toEqual([]);
    const [nobody] = at(9);
    expect(nobody).toMatchObject({ side: "nobodyReaches", min: 10, median: 20, max: 30, suggestedTarget: 20 });
    expect(nobody.fix).toEqual([{ kind: "kpi", kpi: 0, field: "target", value: 20 }]);
    expect(at(30).map((f) => f.side)).toEqual(["everybodyReaches"]);
  });

  test("the fix is the median as the target, none when that is the target already or not above 0", () => {
    const one = (target: number, ...xs: number[]) =>
      targetFindings(bonusProgram({ kpis: [kpi("Sales", { target })] }), sales(...xs));
    const [same] = one(5, 5, 5, 5);
    expect(same).toMatchObject({ side: "everybodyReaches", suggestedTarget: 5, fix: null });
    const [zero] = one(5, -1, 0, 1);
    expect(zero).toMatchObject({ side: "nobodyReaches", median: 0, suggestedTarget: 0, fix: null });
    expect(one(5, -3, -2, -1)[0].fix).toBeNull();
  });
});

describe("cost on the top 10%", () => {
  const plain = commission({ method: "marginal" });

  test("nothing for a discount, no partners, or nothing paid", () => {
    expect(concentrationFindings(commission({ payKind: "discount" }), [5, 1])).toEqual([]);
    expect(concentrationFindings(plain, [])).toEqual([]);
    expect(concentrationFindings(plain, [0, 0, 0])).toEqual([]);
  });

  test("the best-paid are found wherever they are in the data", () => {
    // Twenty partners: the top tenth is two, 500 and 400, wherever they sit.
    const paid = [10, 500, ...Array(16).fill(10), 400, 10];
    const [f] = concentrationFindings(plain, paid);
    expect(f).toMatchObject({ top: 2, partners: 20, topPaid: 900, total: 1080, suggestedCap: 400 });
  });

  test("a warning from a share of exactly 50% with ten partners; nine partners are information", () => {
    const ten = [900, ...Array(9).fill(100)];
    const [f] = concentrationFindings(plain, ten);
    expect(f).toMatchObject({ share: 0.5, severity: "warning" });
    expect(f.fix).toEqual([{ kind: "cap", value: 900 }]);
    const [g] = concentrationFindings(plain, [900, ...Array(8).fill(10)]);
    expect(g).toMatchObject({ partners: 9, severity: "info", fix: null });
  });

  test("a bonus's cap is the last top partner's pay as a share of the target incentive", () => {
    const paid = [15000, ...Array(9).fill(1000)];
    expect(concentrationFindings(bonusProgram({ targetIncentive: 10000 }), paid)[0].suggestedCap).toBe(1.5);
    expect(concentrationFindings(bonusProgram({ targetIncentive: null }), paid)[0].suggestedCap).toBeNull();
  });

  test("no cap suggested when the last of the top tenth is paid nothing, or the plan's cap is at or below it", () => {
    // Twenty partners, one paid: the second of the top two is paid 0.
    expect(concentrationFindings(plain, [1000, ...Array(19).fill(0)])[0].suggestedCap).toBeNull();
    const ten = [900, ...Array(9).fill(100)];
    const at = concentrationFindings(commission({ method: "marginal", cap: 900 }), ten)[0];
    expect(at).toMatchObject({ severity: "warning", suggestedCap: null, fix: null });
    expect(concentrationFindings(commission({ method: "marginal", cap: 901 }), ten)[0].suggestedCap).toBe(900);
  });
});
