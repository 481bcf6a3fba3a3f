/*
 * "USD 12,500.00 more in Bookings reaches Accelerator" / "签约额再增加 ¥12,500.00，即可达到超目标档":
 * the gap to the next tier in plain words, in the statement's language, as a formula (live
 * statements: INCENTIVE.GAP in a helper cell, the next tier's label looked up in the tier table)
 * and as text computed by the engine (values-only statements). Both fill the same sentence of the
 * catalogue; while a gate is missed both say the gates come first instead.
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

/** Money as the partner reads it, the currency first: "USD 20,000.00", and "¥20,000.00" on Chinese sheets. */
export function moneyTemplate(r: ProgramRefs, code: string): string {
  return code.trim().toUpperCase() === "CNY" ? r.show.gap.moneyCny : fillLabel(r.show.gap.money, { code });
}

/** The amount in words: `n` is the number as text (a FIXED(...) formula or engine text). */
function amountIn(r: ProgramRefs, unit: GapUnit, n: string, asFormula: boolean): string {
  const g = r.show.gap;
  const template = unit.kind === "points" ? g.points : unit.kind === "money" ? moneyTemplate(r, unit.code) : "{n}";
  return asFormula ? labelExpression(template, {}, { n }) : fillLabel(template, { n });
}

/** The gap sentence's cells: what the tiers read, the basis target (or null), and the Gates row's cell. */
export interface GapCells {
  readonly value: string;
  /**
   * The same value as INCENTIVE.GAP is given it: read from the data table by the partner's number
   * (INDEX(…,$F6)), so Check formula errors finds the partner's row behind an error (issues/).
   */
  readonly read: string;
  readonly target: string | null;
  readonly gates: string;
}

/**
 * The helper cells the sentence reads, left to right right of the statement (outside its print
 * area): the next tier's number, the gap to it (INCENTIVE.GAP), the next tier's name (its label
 * in the tier table, so edited labels follow; "tier 3" when blank). Each blank without results.
 */
export function gapHelperFormulas(r: ProgramRefs, at: GapCells, helper: readonly [string, string, string]): string[] {
  const [k, g] = helper;
  const v = at.value;
  const scale = at.target === null ? "" : `*${at.target}`;
  const targetArg = at.target === null ? "" : `,${at.target}`;
  const label = `INDEX(${r.tierColumn("label")},${k})`;
  const numbered = labelExpression(r.show.gap.tierNumber, {}, { n: k });
  return [
    `=IF(${v}="","",IFERROR(MATCH(${v},${r.tierColumn("bound")}${scale},1),0)+1)`,
    `=IF(${v}="","",INCENTIVE.GAP(${at.read},${r.tiers}${targetArg}))`,
    `=IF(${g}="","",IFERROR(IF(${label}="",${numbered},${label}),""))`,
  ];
}

/**
 * The gap sentence as a formula over the statement's own cells and the helpers: no results yet;
 * a gate missed (the gates come first); the top tier; or the amount and the next tier. FIXED
 * formats the number with the user's own separators.
 */
export function gapFormula(r: ProgramRefs, at: GapCells, helper: readonly [string, string, string]): string {
  const g = r.show.gap;
  const [, gap, tier] = helper;
  const unit = gapUnit(r);
  const number =
    unit.kind === "points"
      ? `FIXED(${gap}*100,1)`
      : unit.kind === "money" || unit.kind === "fixed"
        ? `FIXED(${gap},${unit.decimals})`
        : `FIXED(${gap},IF(${gap}=INT(${gap}),0,2))`;
  const sentence = labelExpression(
    g.sentence,
    { subject: subject(r) },
    { amount: amountIn(r, unit, number, true), tier },
  );
  const s = r.show.statements;
  return (
    `=IF(${at.value}="",${stringLiteral(s.noResults)},IF(${at.gates}<>${stringLiteral(s.allMet)},${stringLiteral(g.gateFirst)},` +
    `IF(${gap}=0,${stringLiteral(g.top)},${sentence})))`
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
export function gapSentence(
  r: ProgramRefs,
  table: TierTable,
  value: number | null,
  scale: number,
  gateMet = true,
): string {
  const w = r.show.gap;
  if (value === null) return r.show.statements.noResults;
  if (!gateMet) return w.gateFirst;
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
