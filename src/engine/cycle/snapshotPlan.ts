/*
 * Reading a stored snapshot's cells back: a named field of a row as a number or a text, and the
 * plan as it stood at the close, rebuilt from the plan, KPI and tier rows.
 */
import type { ProgramDefinition } from "../program/types";
import { CanonicalField, CanonicalValue, canonicalValue } from "./canonical";

/** The value of a row's field by name; blank when the row has no such field. */
export const fieldOf = (fields: readonly CanonicalField[], name: string): CanonicalValue =>
  fields.find(([n]) => n === name)?.[1] ?? null;

/** A number, an amount or a date serial as a number; null for anything else. */
export const asNumber = (v: CanonicalValue): number | null => {
  if (typeof v === "number") return v;
  if (v !== null && typeof v === "object") return "money" in v ? v.money : v.date;
  return null;
};

/** A value as text ("" for blank; amounts and dates in their canonical text). */
export const asText = (v: CanonicalValue): string => (v === null ? "" : typeof v === "string" ? v : canonicalValue(v));

/** The plan as it stood, read back from a snapshot's plan rows (null when they cannot be read). */
export function programFromRows(rows: readonly (readonly CanonicalField[])[]): ProgramDefinition | null {
  const plan = rows.find((f) => fieldOf(f, "row") === "plan");
  if (!plan) return null;
  const kpis = rows.filter((f) => /^kpi \d+$/.test(asText(fieldOf(f, "row"))));
  const tiers = rows.filter((f) => /^tier \d+$/.test(asText(fieldOf(f, "row"))));
  const isoOf = (v: CanonicalValue) =>
    v !== null && typeof v === "object" && "date" in v ? canonicalValue(v) : asText(v);
  const basis = asNumber(fieldOf(plan, "basisKpi"));
  const decimals = asNumber(fieldOf(plan, "decimals"));
  if (decimals === null || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) return null;
  return {
    name: asText(fieldOf(plan, "name")),
    currency: asText(fieldOf(plan, "currency")),
    decimals,
    periodStart: isoOf(fieldOf(plan, "periodStart")),
    periodEnd: isoOf(fieldOf(plan, "periodEnd")),
    frequency: asText(fieldOf(plan, "frequency")) as ProgramDefinition["frequency"],
    payKind: asText(fieldOf(plan, "payKind")) as ProgramDefinition["payKind"],
    basisKpi: basis === null ? null : basis - 1,
    boundsRelativeToTarget: fieldOf(plan, "boundsRelativeToTarget") === true,
    method: asText(fieldOf(plan, "method")) as ProgramDefinition["method"],
    cap: asNumber(fieldOf(plan, "cap")),
    targetIncentive: asNumber(fieldOf(plan, "targetIncentive")),
    listPrice: asNumber(fieldOf(plan, "listPrice")),
    kpis: kpis.map((k) => ({
      name: asText(fieldOf(k, "name")),
      unit: asText(fieldOf(k, "unit")),
      direction: asText(fieldOf(k, "direction")) as "higher" | "lower",
      targetMode: asText(fieldOf(k, "targetMode")) as "fixed" | "perPartner",
      target: asNumber(fieldOf(k, "target")),
      weight: asNumber(fieldOf(k, "weight")) ?? 0,
      gate: asNumber(fieldOf(k, "gate")),
    })),
    tiers: tiers.map((t) => ({
      bound: asNumber(fieldOf(t, "bound")) ?? NaN,
      rate: asNumber(fieldOf(t, "rate")) ?? NaN,
      label: asText(fieldOf(t, "label")),
    })),
    source: { kind: "new" },
  };
}
