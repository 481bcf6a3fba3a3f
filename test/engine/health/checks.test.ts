/*
 * The plan health check (issue 17 item 3), check by check on small plans worked by hand: the
 * numbers behind each finding and the fix it suggests.
 */
import { HealthFinding, applyHealthFix, payout, planCost, planHealth, programTierTable } from "../../../src/engine";
import { bonusProgram, commission, kpi, sales } from "./fixtures";

function find<C extends HealthFinding["check"]>(fs: readonly HealthFinding[], check: C) {
  return fs.filter((f): f is Extract<HealthFinding, { check: C }> => f.check === check);
}

describe("cliffs (retro)", () => {
  // T1 retro: at 100,000 the 5% re-prices the whole amount: 100,000 × (5% − 3%) = 2,000 at once,
  // more than all of Silver pays (3% × 100,000 − 3% × 50,000 = 1,500). At 50,000: 500 < 1,000.
  const partners = sales(95000, 92000, 60000, 30000, 120000, 89000);

  test("T1 retro: the jump into Gold is flagged with its numbers, the partners within 10% and a rate to try", () => {
    const [cliff, ...rest] = find(planHealth(commission(), partners).findings, "cliff");
    expect(rest).toEqual([]);
    expect(cliff).toMatchObject({
      severity: "warning",
      tier: 2,
      label: "Gold",
      bound: 100000,
      rateBelow: 0.03,
      rate: 0.05,
      reach: 0.1,
      suggestedRate: 0.045,
    });
    expect(cliff.jump).toBeCloseTo(2000, 9);
    expect(cliff.tierBelowPays).toBeCloseTo(1500, 9);
    // 95,000 (5,000 short) and 92,000 (8,000 short); 89,000 is 11% below, out of reach.
    expect(cliff.withinReach.map((w) => [w.index, w.gap])).toEqual([
      [0, 5000],
      [1, 8000],
    ]);
    expect(cliff.fix).toEqual([{ kind: "tier", tier: 2, field: "rate", value: 0.045 }]);
  });

  test("the jump is the payout's own step at the bound: P(100,000) − P(100,000 − 0.01)", () => {
    const table = programTierTable(commission());
    const [cliff] = find(planHealth(commission(), partners).findings, "cliff");
    const step = payout(table, "retro", 100000) - payout(table, "retro", 99999.99);
    expect(cliff.jump).toBeCloseTo(step, 2);
  });

  test("with the suggested rate the jump is what Silver pays, so it is no longer flagged", () => {
    const fixed = applyHealthFix(commission(), find(planHealth(commission(), partners).findings, "cliff")[0].fix!);
    expect(fixed.tiers[2].rate).toBe(0.045);
    const cliffs = find(planHealth(fixed, partners).findings, "cliff");
    expect(cliffs.map((c) => c.severity)).toEqual(["info"]);
    expect(cliffs[0].jump).toBeCloseTo(1500, 6);
  });

  test("marginal and linear curves have no cliff above the first tier", () => {
    for (const method of ["marginal", "linear"] as const)
      expect(find(planHealth(commission({ method }), partners).findings, "cliff")).toEqual([]);
  });

  test("a cap takes the jump down to what is left under it", () => {
    // Under a cap of 4,000: at 100,000 the payout is capped at 4,000, just below it 3,000 → 1,000.
    const [cliff] = find(planHealth(commission({ cap: 4000 }), partners).findings, "cliff");
    expect(cliff.jump).toBeCloseTo(1000, 9);
    expect(cliff.severity).toBe("info");
  });

  test("bounds relative to a fixed target: the bound in the table's units, the money at the target", () => {
    const p = commission({
      boundsRelativeToTarget: true,
      tiers: [
        { bound: 0, rate: 0.02, label: "Bronze" },
        { bound: 0.5, rate: 0.03, label: "Silver" },
        { bound: 1, rate: 0.05, label: "Gold" },
      ],
    });
    const [cliff] = find(planHealth(p, partners).findings, "cliff");
    expect(cliff).toMatchObject({ tier: 2, bound: 1, severity: "warning" });
    expect(cliff.jump).toBeCloseTo(2000, 6);
    expect(cliff.withinReach.map((w) => w.index)).toEqual([0, 1]);
  });
});

describe("tiers nobody or everybody reached", () => {
  test("Gold above every partner: the best partner, and the value the top 10% reached as its bound", () => {
    const [f] = find(planHealth(commission(), sales(80000, 60000, 20000, 55000)).findings, "tierNeverReached");
    expect(f).toMatchObject({ tiers: [2], labels: ["Gold"], bound: 100000, partners: 4, suggestedBound: 80000 });
    expect(f.best).toEqual({ index: 0, value: 80000, gap: 20000 });
    expect(f.fix).toEqual([{ kind: "tier", tier: 2, field: "bound", value: 80000 }]);
  });

  test("Silver reached by everybody: the lowest partner, the median as its bound", () => {
    const [f] = find(planHealth(commission(), sales(60000, 70000, 81234, 90000, 95000)).findings, "tierAlwaysReached");
    expect(f).toMatchObject({ tier: 1, label: "Silver", bound: 50000, partners: 5, suggestedBound: 81200 });
    expect(f.lowest.index).toBe(0);
  });

  test("a first tier from 0 reached by everybody is by design, not a finding", () => {
    expect(find(planHealth(commission(), sales(1000, 2000, 3000)).findings, "tierAlwaysReached")).toEqual([]);
  });
});

describe("a cap or a gate that takes tiers away", () => {
  test("a cap of 900 is reached before Silver (2% × 50,000 = 1,000): Silver and Gold pay nothing more", () => {
    const [f] = find(planHealth(commission({ cap: 900 }), sales(30000, 70000)).findings, "capBlocksTiers");
    expect(f).toMatchObject({ cap: 900, tier: 1, label: "Silver", tiersBlocked: 2, belowFirstTier: false });
    expect(f.paysBelow).toBeCloseTo(1000, 9);
    expect(f.suggestedCap).toBe(5000);
    expect(f.fix).toEqual([{ kind: "cap", value: 5000 }]);
  });

  test("a bonus cap below the first point's percentage", () => {
    const [f] = find(planHealth(bonusProgram({ cap: 0.4 }), []).findings, "capBlocksTiers");
    expect(f).toMatchObject({ belowFirstTier: true, firstTierPays: 0.5, tier: 1, suggestedCap: 2 });
  });

  test("a bonus curve climbs to each point before it: a cap at the top point's percentage takes nothing away", () => {
    expect(find(planHealth(bonusProgram({ cap: 2 }), []).findings, "capBlocksTiers")).toEqual([]);
    // Capped at 100%, the curve is flat from the Target point on: the climb to Stretch (200%) is gone.
    const [f] = find(planHealth(bonusProgram({ cap: 1 }), []).findings, "capBlocksTiers");
    expect(f).toMatchObject({ tier: 2, label: "Stretch", tiersBlocked: 1, paysBelow: 1, belowFirstTier: false });
  });

  test("marginal: a tier whose band starts at or over the cap adds nothing", () => {
    // Marginal T1 at 50,000 has paid 2% × 50,000 = 1,000: under a cap of 1,000 Silver's 3% band pays nothing.
    const [f] = find(planHealth(commission({ method: "marginal", cap: 1000 }), sales(1)).findings, "capBlocksTiers");
    expect(f).toMatchObject({ tier: 1, label: "Silver", tiersBlocked: 2 });
    // At 100,000 it has paid 1,000 + 3% × 50,000 = 2,500: a cap of 1,001 leaves Silver's band, not Gold's.
    const [g] = find(planHealth(commission({ method: "marginal", cap: 1001 }), sales(1)).findings, "capBlocksTiers");
    expect(g).toMatchObject({ tier: 2, label: "Gold", tiersBlocked: 1, paysBelow: 2500 });
    const none = planHealth(commission({ method: "marginal", cap: 2501 }), sales(1)).findings;
    expect(find(none, "capBlocksTiers")).toEqual([]);
  });

  test("a cap above the top tier's payout is no finding", () => {
    expect(find(planHealth(commission({ cap: 6000 }), sales(1)).findings, "capBlocksTiers")).toEqual([]);
  });

  test("a gate of 60,000 on Sales: Bronze (up to 50,000) never qualifies", () => {
    const p = commission({ kpis: [kpi("Sales", { gate: 60000 })] });
    const [f] = find(planHealth(p, sales(30000, 70000)).findings, "gateBlocksTiers");
    expect(f).toMatchObject({ kpi: 0, gate: 60000, tiers: [0], labels: ["Bronze"], suggestedGate: null });
    expect(f.fix).toEqual([{ kind: "kpi", kpi: 0, field: "gate", value: null }]);
  });

  test("a gate nobody meets: the best actual and the median as the gate to try", () => {
    const p = commission({ kpis: [kpi("Sales", { gate: 200000 })] });
    const [f] = find(planHealth(p, sales(30000, 70000, 90000)).findings, "gateNeverMet");
    expect(f).toMatchObject({ kpi: 0, gate: 200000, partners: 3, suggestedGate: 70000 });
    expect(f.best).toMatchObject({ index: 2, value: 90000 });
    const fixed = applyHealthFix(p, f.fix!);
    expect(planCost(fixed, sales(30000, 70000, 90000)).total).toBeGreaterThan(0);
  });
});

describe("weights, targets, concentration", () => {
  test("weights of 60% and 60%: total 120%, scaled to 50/50, and the pay does not change", () => {
    const p = bonusProgram({ kpis: [kpi("Sales", { weight: 0.6 }), kpi("CSAT", { target: 4, weight: 0.6 })] });
    const inputs = [{ actuals: [90000, 4.5] }, { actuals: [120000, 3] }];
    const [f] = find(planHealth(p, inputs).findings, "weightsNotWhole");
    expect(f.total).toBeCloseTo(1.2, 12);
    expect(f.suggested).toEqual([0.5, 0.5]);
    expect(planCost(applyHealthFix(p, f.fix!), inputs).total).toBe(planCost(p, inputs).total);
  });

  test("a target above every partner's result, and one everybody beats", () => {
    const p = bonusProgram({ kpis: [kpi("Sales", { weight: 0.5 }), kpi("CSAT", { target: 2, weight: 0.5 })] });
    const inputs = [20000, 30000, 40000].map((s, i) => ({ actuals: [s, 3 + i] }));
    const fs = find(planHealth(p, inputs).findings, "targetOutOfRange");
    expect(fs.map((f) => [f.kpi, f.side, f.min, f.median, f.max, f.suggestedTarget])).toEqual([
      [0, "nobodyReaches", 20000, 30000, 40000, 30000],
      [1, "everybodyReaches", 3, 4, 5, 4],
    ]);
  });

  test("the best-paid tenth: one partner of ten taking 91% of the cost is a warning with a cap to try", () => {
    const paid = [100000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000];
    const p = commission({ method: "marginal", tiers: [{ bound: 0, rate: 1, label: "" }] });
    const [f] = find(planHealth(p, sales(...paid)).findings, "costConcentration");
    expect(f).toMatchObject({ top: 1, partners: 10, topPaid: 100000, total: 109000, severity: "warning" });
    expect(f.share).toBeCloseTo(100000 / 109000, 12);
    expect(f.fix).toEqual([{ kind: "cap", value: 100000 }]);
  });

  test("an even spread is information only", () => {
    const p = commission({ method: "marginal" });
    const [f] = find(planHealth(p, sales(...Array(20).fill(1000))).findings, "costConcentration");
    expect(f).toMatchObject({ severity: "info", top: 2, share: 0.1, fix: null });
  });
});

test("warnings come before information", () => {
  const h = planHealth(commission(), sales(95000, 60000, 30000, 120000));
  const severities = h.findings.map((f) => f.severity);
  expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "warning" ? -1 : 1)));
  expect(h.partners).toBe(4);
});
