/*
 * A fixed target outside the range of what partners achieved: nobody reaches it (attainment says
 * little when every partner is far below 100%), or everybody beats it (it measures nothing).
 */
import type { PartnerInput } from "../../program/evaluate";
import type { ProgramDefinition } from "../../program/types";
import { populationTarget } from "../targets";
import { basisOf, present, roundNice } from "./tierAxis";
import type { HealthFinding } from "./types";

type TargetFinding = Extract<HealthFinding, { check: "targetOutOfRange" }>;

/** Fixed targets of KPIs that count (in the score, or setting where relative bounds sit), against the actuals. */
export function targetFindings(p: ProgramDefinition, inputs: readonly PartnerInput[]): TargetFinding[] {
  const out: TargetFinding[] = [];
  const basis = basisOf(p);
  p.kpis.forEach((k, i) => {
    const target = k.target;
    const counts = k.weight > 0 || (basis === i && p.boundsRelativeToTarget);
    if (k.targetMode !== "fixed" || target === null || !(target > 0) || !counts) return;
    const actuals = present(inputs.map((x) => x.actuals[i] ?? null));
    if (actuals.length < 2) return;
    const min = Math.min(...actuals);
    const max = Math.max(...actuals);
    const higher = k.direction === "higher";
    const nobody = higher ? target > max : target < min;
    const everybody = higher ? target <= min : target >= max;
    if (!nobody && !everybody) return;
    const median = populationTarget(actuals, 0.5)!;
    const suggestedTarget = roundNice(median);
    out.push({
      check: "targetOutOfRange",
      severity: "warning",
      kpi: i,
      side: nobody ? "nobodyReaches" : "everybodyReaches",
      target,
      min,
      median,
      max,
      partners: actuals.length,
      suggestedTarget,
      fix:
        suggestedTarget > 0 && suggestedTarget !== target
          ? [{ kind: "kpi", kpi: i, field: "target", value: suggestedTarget }]
          : null,
    });
  });
  return out;
}
