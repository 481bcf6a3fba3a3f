/**
 * What a what-if scenario changes in a program, as data: one entry per tier value, KPI target,
 * weight or gate, and per money setting that differs. The pane and the scenario sheet word it
 * each in their own language; the values stay numbers so they can be formatted (and written) as such.
 */
import type { ProgramDefinition, TierRow } from "../program/types";

export type ScenarioChange =
  | {
      readonly kind: "tier";
      /** Zero-based tier row. */
      readonly tier: number;
      readonly field: "bound" | "rate" | "label";
      readonly before: number | string | null;
      readonly after: number | string | null;
    }
  /** A tier row only one side has: `row` is that row. */
  | { readonly kind: "tierAdded" | "tierRemoved"; readonly tier: number; readonly row: TierRow }
  | {
      readonly kind: "kpi";
      readonly kpi: number;
      readonly name: string;
      readonly field: "target" | "weight" | "gate";
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly kind: "setting";
      readonly field: "cap" | "targetIncentive" | "listPrice";
      readonly before: number | null;
      readonly after: number | null;
    };

const differs = (a: unknown, b: unknown) => !(a === b || (Number.isNaN(a) && Number.isNaN(b)));

/**
 * The changes from `current` to `scenario` that the what-if can make (tiers, KPI targets, weights,
 * gates, cap, target incentive, list price), in the program's order. KPIs are matched by position:
 * a what-if never adds, removes or renames one.
 */
export function scenarioChanges(current: ProgramDefinition, scenario: ProgramDefinition): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  for (const field of ["cap", "targetIncentive", "listPrice"] as const) {
    if (differs(current[field], scenario[field]))
      out.push({ kind: "setting", field, before: current[field], after: scenario[field] });
  }
  scenario.kpis.forEach((k, i) => {
    const was = current.kpis[i];
    if (!was) return;
    for (const field of ["target", "weight", "gate"] as const) {
      if (differs(was[field], k[field]))
        out.push({ kind: "kpi", kpi: i, name: k.name, field, before: was[field], after: k[field] });
    }
  });
  const n = Math.max(current.tiers.length, scenario.tiers.length);
  for (let t = 0; t < n; t++) {
    const a = current.tiers[t];
    const b = scenario.tiers[t];
    if (!a) out.push({ kind: "tierAdded", tier: t, row: { ...b } });
    else if (!b) out.push({ kind: "tierRemoved", tier: t, row: { ...a } });
    else
      for (const field of ["bound", "rate", "label"] as const) {
        if (differs(a[field], b[field])) out.push({ kind: "tier", tier: t, field, before: a[field], after: b[field] });
      }
  }
  return out;
}
