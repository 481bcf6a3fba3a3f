/*
 * "12,500.00 CNY more in Bookings reaches Accelerator": the gap to the next tier in plain words,
 * as a formula (live statements: INCENTIVE.GAP, the next tier's label looked up in the tier
 * table) and as text computed by the engine (values-only statements). Both use the same words.
 */
import { ProgramDefinition, TierTable, gapToNextTier, tierIndex, tierName } from "../../engine";
import { stringLiteral, tableColumn } from "../formulas";
import { kpiUnitKind } from "../numberFormats";
import { TIER_HEADERS } from "../planTables";
import { ProgramRefs } from "./programRefs";

export const GAP_WORDS = {
  noResults: "No results yet",
  top: "Top tier reached",
  more: " more in ",
  reaches: " reaches ",
  tier: "tier ",
  points: " percentage points",
  score: "score",
} as const;

/** How the gap is written: in the unit of what the tiers read. */
type GapUnit =
  | { readonly kind: "points" }
  | { readonly kind: "money"; readonly code: string; readonly decimals: number }
  | { readonly kind: "fixed"; readonly decimals: number }
  | { readonly kind: "plain" };

function gapUnit(r: ProgramRefs): GapUnit {
  const basis = r.basisKpi();
  if (basis === null) return { kind: "points" };
  const unit = kpiUnitKind(r.program.kpis[basis], r.program);
  switch (unit.kind) {
    case "percent":
      return { kind: "points" };
    case "score":
      return { kind: "fixed", decimals: 2 };
    case "money":
      return { kind: "money", code: unit.code, decimals: r.program.decimals };
    case "plain":
      return { kind: "plain" };
  }
}

function subject(r: ProgramRefs): string {
  const basis = r.basisKpi();
  return basis === null ? GAP_WORDS.score : r.program.kpis[basis].name.trim();
}

/**
 * The gap sentence as a formula. `value` is what the tiers read for this partner, `target` the
 * basis target when bounds are relative to it (else null). FIXED formats the number with the
 * user's own separators.
 */
export function gapFormula(r: ProgramRefs, value: string, target: string | null): string {
  const unit = gapUnit(r);
  const amount =
    unit.kind === "points"
      ? `FIXED(g*100,1)&${stringLiteral(GAP_WORDS.points)}`
      : unit.kind === "money"
        ? `FIXED(g,${unit.decimals})&${stringLiteral(` ${unit.code}`)}`
        : unit.kind === "fixed"
          ? `FIXED(g,${unit.decimals})`
          : `FIXED(g,IF(g=INT(g),0,2))`;
  const scale = target === null ? "" : "*t";
  const targetArg = target === null ? "" : ",t";
  const bounds = tableColumn(r.tiers, TIER_HEADERS.bound);
  const labels = tableColumn(r.tiers, TIER_HEADERS.label);
  return (
    `=LET(v,${value},${target === null ? "" : `t,${target},`}IF(v="",${stringLiteral(GAP_WORDS.noResults)},` +
    `LET(g,INCENTIVE.GAP(v,${r.tiers}${targetArg}),IF(g=0,${stringLiteral(GAP_WORDS.top)},` +
    `LET(k,IFERROR(MATCH(v,${bounds}${scale},1),0)+1,l,INDEX(${labels},k),` +
    `${amount}&${stringLiteral(GAP_WORDS.more + subject(r) + GAP_WORDS.reaches)}&IF(l="",${stringLiteral(GAP_WORDS.tier)}&k,l))))))`
  );
}

/** FIXED(x, decimals) as Excel writes it in an English locale: 12,500.00. */
export function fixed(x: number, decimals: number): string {
  return x.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  });
}

/** The same sentence computed by the engine, for values-only statements. */
export function gapSentence(r: ProgramRefs, table: TierTable, value: number | null, scale: number): string {
  if (value === null) return GAP_WORDS.noResults;
  const g = gapToNextTier(table, value, scale);
  if (g === 0) return GAP_WORDS.top;
  const next = tierIndex(table, value, scale) + 1;
  const label = tierName(table, next);
  const unit = gapUnit(r);
  const amount =
    unit.kind === "points"
      ? `${fixed(g * 100, 1)}${GAP_WORDS.points}`
      : unit.kind === "money"
        ? `${fixed(g, unit.decimals)} ${unit.code}`
        : unit.kind === "fixed"
          ? fixed(g, unit.decimals)
          : fixed(g, Number.isInteger(g) ? 0 : 2);
  const name = typeof label === "number" ? `${GAP_WORDS.tier}${label}` : label;
  return `${amount}${GAP_WORDS.more}${subject(r)}${GAP_WORDS.reaches}${name}`;
}

export type { ProgramDefinition };
