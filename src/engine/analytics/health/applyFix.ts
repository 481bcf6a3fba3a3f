import type { ProgramDefinition } from "../../program/types";
import type { HealthEdit } from "./types";

/** The plan with a suggested fix's edits made, for the what-if to cost; `p` is left as it is. */
export function applyHealthFix(p: ProgramDefinition, edits: readonly HealthEdit[]): ProgramDefinition {
  const out: ProgramDefinition = { ...p, tiers: p.tiers.map((t) => ({ ...t })), kpis: p.kpis.map((k) => ({ ...k })) };
  for (const e of edits) {
    switch (e.kind) {
      case "tier":
        if (out.tiers[e.tier]) out.tiers[e.tier][e.field] = e.value;
        break;
      case "kpi": {
        const k = out.kpis[e.kpi];
        if (!k) break;
        if (e.field === "gate") k.gate = e.value;
        else if (e.value !== null) k[e.field] = e.value;
        break;
      }
      case "cap":
        out.cap = e.value;
        break;
    }
  }
  return out;
}
