/*
 * Gates that take tiers away: a gate nobody meets pays nobody, and a gate on the KPI the tiers read
 * that sits above whole tiers means partners in those tiers never qualify, so those tiers never pay.
 */
import { tierName } from "../../tierTable";
import type { PartnerInput } from "../../program/evaluate";
import type { ProgramDefinition } from "../../program/types";
import { populationTarget } from "../targets";
import { extreme, present, roundNice, type TierAxis } from "./tierAxis";
import type { HealthFinding } from "./types";

type GateFinding = Extract<HealthFinding, { check: "gateNeverMet" | "gateBlocksTiers" }>;

export function gateFindings(p: ProgramDefinition, axis: TierAxis, inputs: readonly PartnerInput[]): GateFinding[] {
  const out: GateFinding[] = [];
  p.kpis.forEach((k, i) => {
    const gate = k.gate;
    if (gate === null || !Number.isFinite(gate)) return;
    const higher = k.direction === "higher";
    const actuals = inputs.map((x) => x.actuals[i] ?? null);
    const measured = present(actuals);
    if (measured.length === 0) return;
    if (!measured.some((a) => (higher ? a >= gate : a <= gate))) {
      const best = extreme(actuals, higher ? -1 : 1)!;
      const median = populationTarget(actuals, 0.5, higher)!;
      const suggestedGate = roundNice(median, higher ? "down" : "up");
      out.push({
        check: "gateNeverMet",
        severity: "warning",
        kpi: i,
        gate,
        best: { index: best.index, value: best.value, gap: Math.abs(gate - best.value) },
        partners: measured.length,
        suggestedGate,
        fix: [{ kind: "kpi", kpi: i, field: "gate", value: suggestedGate }],
      });
      return;
    }
    const blocked = blockedTiers(p, axis, i, gate);
    if (blocked.length === 0) return;
    const first = axis.table.bounds[0] * axis.scale;
    const suggestedGate = first > 0 ? first : null;
    out.push({
      check: "gateBlocksTiers",
      severity: "warning",
      kpi: i,
      gate,
      tiers: blocked,
      labels: blocked.map((t) => tierName(axis.table, t)),
      suggestedGate,
      fix: [{ kind: "kpi", kpi: i, field: "gate", value: suggestedGate }],
    });
  });
  return out;
}

/**
 * The tiers wholly below a gate on the KPI the tiers read (higher is better, bounds in the KPI's
 * own units or relative to one fixed target): the next tier's bound is at or below the gate.
 */
function blockedTiers(p: ProgramDefinition, axis: TierAxis, kpi: number, gate: number): number[] {
  const k = p.kpis[kpi];
  const oneScale = !p.boundsRelativeToTarget || k.targetMode === "fixed";
  if (axis.basis !== kpi || k.direction !== "higher" || !oneScale) return [];
  const { bounds, size } = axis.table;
  const out: number[] = [];
  for (let t = 0; t + 1 < size; t++) if (bounds[t + 1] * axis.scale <= gate) out.push(t);
  return out;
}
