/*
 * Where standings come from: the partners' results now (the engine's evaluation, as the sheet
 * computes them) and a closed period's snapshot rows (as stored, never recomputed).
 */
import type { CanonicalField, CanonicalValue } from "../../cycle/canonical";
import { evaluatePartner, programTierTable, type PartnerInput } from "../../program/evaluate";
import type { ProgramDefinition } from "../../program/types";
import { roundMoney } from "../planCost";
import type { PartnerStanding } from "./standing";

/** Each partner's standing now, in the order given; a partner the engine cannot evaluate has no figures. */
export function standingsNow(
  program: ProgramDefinition,
  partners: readonly { readonly id: string; readonly name: string; readonly input: PartnerInput }[],
): PartnerStanding[] {
  const table = programTierTable(program);
  return partners.map((p) => {
    const o = evaluatePartner(program, table, p.input);
    return { id: p.id, name: p.name, score: o.score, payout: roundMoney(o.payout, program.decimals), tier: o.tier };
  });
}

/** The partner rows of a snapshot (rows whose `row` field is "partner"), as standings. */
export function standingsFromSnapshot(
  rows: readonly { readonly fields: readonly CanonicalField[] }[],
): PartnerStanding[] {
  const out: PartnerStanding[] = [];
  for (const r of rows) {
    const f = new Map<string, CanonicalValue>(r.fields);
    if (f.get("row") !== "partner") continue;
    const tier = f.get("tier");
    out.push({
      id: textOf(f.get("id")),
      name: textOf(f.get("name")),
      score: numberOf(f.get("score")),
      payout: numberOf(f.get("payout")),
      tier: typeof tier === "number" || (typeof tier === "string" && tier !== "") ? tier : null,
    });
  }
  return out;
}

function textOf(v: CanonicalValue | undefined): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

function numberOf(v: CanonicalValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v !== null && typeof v === "object" && "money" in v) return v.money;
  return null;
}
