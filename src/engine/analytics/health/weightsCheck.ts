/*
 * Weights that do not add up to 100%. The score divides by their sum, so the pay is the same once
 * they are scaled to 100% — but a plan whose weights say 120% reads as if one KPI counts more than it does.
 */
import type { ProgramDefinition } from "../../program/types";
import type { HealthEdit, HealthFinding } from "./types";

type WeightsFinding = Extract<HealthFinding, { check: "weightsNotWhole" }>;

export function weightsFindings(p: ProgramDefinition): WeightsFinding[] {
  const weights = p.kpis.map((k) => k.weight);
  if (weights.some((w) => !Number.isFinite(w)) || weights.length === 0) return [];
  const total = weights.reduce((s, w) => s + w, 0);
  // The wizard's own tolerance for 0.1-style binary fractions (validate.ts).
  if (Math.abs(total - 1) <= 1e-9) return [];
  const suggested = scaledToWhole(weights, total);
  const fix: HealthEdit[] = [];
  suggested.forEach((w, kpi) => {
    if (w !== weights[kpi]) fix.push({ kind: "kpi", kpi, field: "weight", value: w });
  });
  return [{ check: "weightsNotWhole", severity: "warning", total, weights, suggested, fix }];
}

/** Each weight ÷ the total, to 0.01 percentage point; the largest takes the rounding so they add up to 1. */
function scaledToWhole(weights: readonly number[], total: number): number[] {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const raw = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
  const out = raw.map(round);
  const largest = raw.indexOf(Math.max(...raw));
  const rest = out.reduce((s, w, i) => (i === largest ? s : s + w), 0);
  out[largest] = round(1 - rest);
  return out;
}
