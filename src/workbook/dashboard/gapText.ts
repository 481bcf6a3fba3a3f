/*
 * "CNY 12,500.00 more in Bookings reaches Accelerator" / "签约额再增加 EUR 12,500.00，即可达到加速":
 * the gap to the next tier in plain words, in the statement's language, as a formula (live
 * statements: INCENTIVE.GAP, the next tier's label looked up in the tier table) and as text
 * computed by the engine (values-only statements). Both fill the same sentence of the catalogue.
 */
import { ProgramDefinition, TierTable, gapToNextTier, tierIndex, tierName } from "../../engine";
import { stringLiteral } from "../formulas";
import { fillLabel, labelExpression } from "../labels";
import { kpiUnitKind } from "../numberFormats";
import { ProgramRefs } from "./programRefs";

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
  return basis === null ? r.show.gap.score : r.program.kpis[basis].name.trim();
}

/** The amount in words: `n` is the number as text (a FIXED(...) formula or engine text). */
function amountIn(r: ProgramRefs, unit: GapUnit, n: string, asFormula: boolean): string {
  const g = r.show.gap;
  if (unit.kind === "points") return asFormula ? labelExpression(g.points, {}, { n }) : fillLabel(g.points, { n });
  if (unit.kind === "money")
    return asFormula
      ? labelExpression(g.money, { code: unit.code }, { n })
      : fillLabel(g.money, { n, code: unit.code });
  return n;
}

/**
 * The gap sentence as a formula. `value` is what the tiers read for this partner, `target` the
 * basis target when bounds are relative to it (else null). FIXED formats the number with the
 * user's own separators.
 */
export function gapFormula(r: ProgramRefs, value: string, target: string | null): string {
  const g = r.show.gap;
  const unit = gapUnit(r);
  const number =
    unit.kind === "points"
      ? "FIXED(g*100,1)"
      : unit.kind === "money" || unit.kind === "fixed"
        ? `FIXED(g,${unit.decimals})`
        : "FIXED(g,IF(g=INT(g),0,2))";
  const scale = target === null ? "" : "*t";
  const targetArg = target === null ? "" : ",t";
  const bounds = r.tierColumn("bound");
  const labels = r.tierColumn("label");
  const tier = `IF(l="",${labelExpression(g.tierNumber, {}, { n: "k" })},l)`;
  const sentence = labelExpression(
    g.sentence,
    { subject: subject(r) },
    { amount: amountIn(r, unit, number, true), tier },
  );
  return (
    `=LET(v,${value},${target === null ? "" : `t,${target},`}IF(v="",${stringLiteral(r.show.statements.noResults)},` +
    `LET(g,INCENTIVE.GAP(v,${r.tiers}${targetArg}),IF(g=0,${stringLiteral(g.top)},` +
    `LET(k,IFERROR(MATCH(v,${bounds}${scale},1),0)+1,l,INDEX(${labels},k),` +
    `${sentence})))))`
  );
}

/** FIXED(x, decimals) as Excel writes it in an English locale: 12,500.00. */
export function fixed(x: number, decimals: number): string {
  // One formatter per number of decimals: toLocaleString with options builds a new one on every
  // call (about 0.1 ms), which values-only statements for 50,000 partners call hundreds of thousands of times.
  let format = FIXED_FORMATS.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    FIXED_FORMATS.set(decimals, format);
  }
  return format.format(x);
}

const FIXED_FORMATS = new Map<number, Intl.NumberFormat>();

/** The same sentence computed by the engine, for values-only statements. */
export function gapSentence(r: ProgramRefs, table: TierTable, value: number | null, scale: number): string {
  const w = r.show.gap;
  if (value === null) return r.show.statements.noResults;
  const g = gapToNextTier(table, value, scale);
  if (g === 0) return w.top;
  const next = tierIndex(table, value, scale) + 1;
  const label = tierName(table, next);
  const unit = gapUnit(r);
  const number =
    unit.kind === "points"
      ? fixed(g * 100, 1)
      : unit.kind === "money" || unit.kind === "fixed"
        ? fixed(g, unit.decimals)
        : fixed(g, Number.isInteger(g) ? 0 : 2);
  const tier = typeof label === "number" ? fillLabel(w.tierNumber, { n: label }) : label;
  return fillLabel(w.sentence, { amount: amountIn(r, unit, number, false), subject: subject(r), tier });
}

export type { ProgramDefinition };
