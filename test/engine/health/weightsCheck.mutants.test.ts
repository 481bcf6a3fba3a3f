/*
 * Plan health's weights check and applying a fix (mutation testing, docs/testing.md): weights
 * whole within the wizard's tolerance, none to check, all zero, the fix listing only the weights
 * that change, the largest weight taking the rounding; a fix's edits on rows that do not exist.
 */
import { applyHealthFix } from "../../../src/engine/analytics/health";
import { weightsFindings } from "../../../src/engine/analytics/health/weightsCheck";
import { bonusProgram, kpi } from "./fixtures";

const withWeights = (...weights: number[]) =>
  bonusProgram({ kpis: weights.map((w, i) => kpi(`K${i}`, { weight: w })) });

test("weights whole within 1e-9, not finite, or no KPI at all: no finding", () => {
  expect(weightsFindings(withWeights(0.1, 0.2, 0.7))).toEqual([]);
  expect(weightsFindings(withWeights(0.5, 0.5 + 1e-10))).toEqual([]);
  expect(weightsFindings(withWeights(0.5, NaN))).toEqual([]);
  expect(weightsFindings(withWeights())).toEqual([]);
});

test("weights of 120%: each scaled to 100%, only the changed ones in the fix", () => {
  const [f] = weightsFindings(withWeights(0.6, 0.6));
  expect(f).toMatchObject({ total: 1.2, weights: [0.6, 0.6], suggested: [0.5, 0.5] });
  expect(f.fix).toEqual([
    { kind: "kpi", kpi: 0, field: "weight", value: 0.5 },
    { kind: "kpi", kpi: 1, field: "weight", value: 0.5 },
  ]);
  // 0.5 + 0.3: 62.5% and 37.5%; a weight already right is left out of the fix.
  const [g] = weightsFindings(withWeights(1, 0, 0.5));
  expect(g.suggested).toEqual([0.6667, 0, 0.3333]);
  expect(g.fix!.map((e) => (e.kind === "kpi" ? e.kpi : -1))).toEqual([0, 2]);
});

test("the largest weight takes the rounding, so the suggestion adds up to 1", () => {
  // 10%, 10%, 10%, 30% of 60%: a sixth is 0.1667 three times, so the largest half gives up 0.0001.
  const [f] = weightsFindings(withWeights(0.1, 0.1, 0.1, 0.3));
  expect(f.suggested).toEqual([0.1667, 0.1667, 0.1667, 0.4999]);
  // Equal weights: the first takes it.
  expect(weightsFindings(withWeights(0.3, 0.3, 0.3))[0].suggested).toEqual([0.3334, 0.3333, 0.3333]);
});

test("all weights 0: equal shares", () => {
  const [f] = weightsFindings(withWeights(0, 0));
  expect(f.total).toBe(0);
  expect(f.suggested).toEqual([0.5, 0.5]);
});

test("a fix's edits: a tier or KPI that does not exist is skipped, a gate can be set to none, the cap set", () => {
  const p = bonusProgram();
  p.kpis[0].gate = 3;
  const q = applyHealthFix(p, [
    { kind: "tier", tier: 99, field: "rate", value: 1 },
    { kind: "kpi", kpi: 99, field: "weight", value: 1 },
    { kind: "kpi", kpi: 0, field: "gate", value: null },
    { kind: "cap", value: 2 },
  ] as never);
  expect(q.tiers).toEqual(p.tiers);
  expect(q.kpis[0].gate).toBeNull();
  expect(q.kpis[0].weight).toBe(p.kpis[0].weight);
  expect(q.cap).toBe(2);
  expect(p.kpis[0].gate).toBe(3);
  // A weight edit of null changes nothing.
  expect(applyHealthFix(p, [{ kind: "kpi", kpi: 0, field: "weight", value: null }] as never).kpis[0].weight).toBe(
    p.kpis[0].weight,
  );
});
