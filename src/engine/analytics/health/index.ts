/*
 * The plan health check (issue 17 item 3): what in a plan's design pays badly even when every
 * number is computed right, found over the partners' current results. One file per check; each
 * finding is data (an id, the numbers behind it, a fix the what-if can try).
 */
import type { PartnerInput } from "../../program/evaluate";
import { programTierTable } from "../../program/evaluate";
import type { ProgramDefinition } from "../../program/types";
import { planCost, type PlanCost } from "../planCost";
import { capFindings } from "./capCheck";
import { cliffFindings } from "./cliffs";
import { concentrationFindings } from "./concentration";
import { gateFindings } from "./gateCheck";
import { targetFindings } from "./targetRange";
import { present, tierAxis } from "./tierAxis";
import { alwaysReached, neverReached } from "./tierReach";
import type { HealthFinding, PlanHealth } from "./types";
import { weightsFindings } from "./weightsCheck";

export * from "./types";
export { applyHealthFix } from "./applyFix";
export { CLIFF_REACH } from "./cliffs";
export { TOP_SHARE } from "./tierReach";
export { CONCENTRATED, TOP_TENTH } from "./concentration";

/**
 * Every check over the plan and its partners' results, warnings first (each group in check order).
 * `cost` may be passed when the caller has it already (the same plan and inputs).
 * Throws the tier parser's IncentiveError when the tier table is invalid, as `planCost` does.
 */
export function planHealth(p: ProgramDefinition, inputs: readonly PartnerInput[], cost?: PlanCost): PlanHealth {
  const c = cost ?? planCost(p, inputs);
  const table = programTierTable(p);
  const axis = tierAxis(
    p,
    table,
    inputs,
    c.partners.map((x) => x.outcome.tierInput),
  );
  const findings: HealthFinding[] = [
    ...cliffFindings(p, axis),
    ...neverReached(axis),
    ...alwaysReached(axis),
    ...capFindings(p, axis),
    ...gateFindings(p, axis, inputs),
    ...weightsFindings(p),
    ...targetFindings(p, inputs),
    ...concentrationFindings(
      p,
      c.partners.map((x) => x.paid),
    ),
  ];
  const rank = (f: HealthFinding) => (f.severity === "warning" ? 0 : 1);
  return {
    findings: findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map((x) => x.f),
    partners: present(axis.values).length,
  };
}
