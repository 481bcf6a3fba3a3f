/*
 * What the Explain panel shows for a selected cell, computed by the engine from what the
 * workbook read gave (services' SelectionInfo). Pure: no React, no Excel.
 *
 * - A cell of a program's data table showing an error whose reason the workbook found
 *   (readIssueReasons): the function's own message, whatever the code.
 * - A cell of a program's data table: that row's partner, evaluated exactly as the table's
 *   formulas do (evaluatePartner, explainPayout), with the cells the numbers came from.
 * - Another cell whose formula calls INCENTIVE: the formula and the cells it reads.
 * - Anything else: nothing to explain.
 */
import { roundMoney } from "../../../engine/analytics/planCost";
import { bonus } from "../../../engine/bonus";
import { IncentiveError } from "../../../engine/errors";
import { languageForLocale } from "../../../engine/language";
import type { ExplainRow, RateReading, TierPoint } from "../../../engine/explain";
import { payoutArithmetic } from "../../../engine/program/arithmetic";
import { evaluatePartner, programTierTable, targetOf } from "../../../engine/program/evaluate";
import type { ProgramDefinition } from "../../../engine/program/types";
import { rateAt } from "../../../engine/payout";
import { dataColumns } from "../../../workbook/dashboard/programRefs";
import { INCENTIVE_CALL } from "../../../workbook/selection";
import type { PartnerRecord, SelectedCell, SelectionInfo } from "../../services/WorkbookService";
import type { Catalog } from "../../i18n/catalog";
import { formatMoney, formatNumber, formatPercent, formatWithUnit } from "../shared/format";
import { reasonText } from "./issueMessages";

/** A cell the shown numbers came from. */
export interface SourceCell {
  readonly label: string;
  readonly address: string;
}

export interface KpiLine {
  readonly name: string;
  readonly actual: string;
  readonly target: string;
  readonly attainment: string;
  readonly weight: string;
  /** Whether the KPI's gate was met; "none" when it has no gate. */
  readonly gate: "none" | "met" | "missed";
}

/** One line of how the payout is calculated: a label and its value. */
export interface Step {
  readonly label: string;
  readonly value: string;
}

export interface Breakdown {
  readonly partner: string;
  readonly program: string;
  readonly kpis: readonly KpiLine[];
  readonly score: string;
  readonly gates: string;
  readonly tier: string;
  readonly payoutLabel: string;
  readonly payout: string;
  readonly steps: readonly Step[];
  readonly note: string;
}

export type ExplainView =
  | { readonly kind: "nothing"; readonly where: string }
  | { readonly kind: "formula"; readonly where: string; readonly formula: string; readonly reads: readonly string[] }
  | { readonly kind: "blankRow"; readonly where: string; readonly program: string }
  | { readonly kind: "problem"; readonly where: string; readonly message: string }
  | {
      readonly kind: "partner";
      readonly where: string;
      /** What the selected cell shows (its value), e.g. "14,000" or "#VALUE!". */
      readonly shows: string;
      readonly breakdown: Breakdown;
      readonly sources: readonly SourceCell[];
    };

/** What to show for the selection, worded in `t` with numbers for `locale`. */
export function explainView(info: SelectionInfo, t: Catalog, locale: string): ExplainView {
  const w: Words = { t, locale };
  const { cell, program, partner } = info;
  const where = `${cell.sheet}!${cell.address}`;
  if (cell.dataRow && program) {
    // An error cell whose reason the workbook found: the function's own message, for every code.
    const reason = info.reason ? reasonText(info.reason, t, locale) : null;
    if (reason) return { kind: "problem", where, message: reason };
    if (!partner) return { kind: "blankRow", where, program: program.name };
    try {
      return {
        kind: "partner",
        where,
        shows: shownValue(cell, w),
        breakdown: breakdownOf(program, partner, w),
        sources: sourcesOf(program, cell, w),
      };
    } catch (e) {
      if (e instanceof IncentiveError)
        return { kind: "problem", where, message: e.messageIn(languageForLocale(locale)) };
      throw e;
    }
  }
  if (cell.formula && INCENTIVE_CALL.test(cell.formula)) {
    // A statement's error cell whose reason was found in the data table's row it reads.
    const reason = info.reason ? reasonText(info.reason, t, locale) : null;
    if (reason) return { kind: "problem", where, message: reason };
    return { kind: "formula", where, formula: cell.formula, reads: referencesIn(cell.formula) };
  }
  return { kind: "nothing", where };
}

/** The catalogue and locale the view is worded in. */
interface Words {
  t: Catalog;
  locale: string;
}

function shownValue(cell: SelectedCell, { t, locale }: Words): string {
  const v = cell.value;
  if (typeof v === "number") return formatNumber(v, 4, locale);
  if (v === null || v === undefined || v === "") return t.explain.blank;
  return String(v);
}

/** The partner's row, computed as the data table's formulas compute it. */
export function breakdownOf(p: ProgramDefinition, partner: PartnerRecord, w: Words): Breakdown {
  const { t, locale } = w;
  const money = (n: number) => formatMoney(n, p.currency, p.decimals, locale);
  const percent = (n: number, decimals = 1) => formatPercent(n, decimals, locale);
  const percentOrDash = (n: number | null) => (n === null ? "—" : percent(n));
  const table = programTierTable(p);
  const o = evaluatePartner(p, table, partner);
  const kpis: KpiLine[] = p.kpis.map((k, i) => {
    const actual = partner.actuals[i];
    const target = targetOf(p, i, partner);
    const met =
      k.gate === null ? null : actual !== null && (k.direction === "higher" ? actual >= k.gate : actual <= k.gate);
    return {
      name: k.name,
      actual: actual === null || actual === undefined ? t.explain.blank : formatWithUnit(actual, k.unit, locale),
      target: target === null ? t.explain.blank : formatWithUnit(target, k.unit, locale),
      attainment: percentOrDash(o.attainments[i]),
      weight: percent(k.weight),
      gate: met === null ? "none" : met ? "met" : "missed",
    };
  });
  const paid = roundMoney(o.payout, p.decimals);
  const math = payoutArithmetic(p, table, partner, o);
  const exact = (n: number) => percent(n, 3);
  const noResults = o.tierInput === null;
  const steps: Step[] = [];
  let note: string;
  if (noResults) {
    note = t.explain.noResultsNote;
  } else if (!o.gateMet) {
    note = t.explain.gateMissedNote;
  } else {
    switch (p.payKind) {
      case "commission":
      case "rebate": {
        const basis = p.basisKpi !== null ? p.kpis[p.basisKpi] : null;
        const amount = (n: number) => (basis ? formatWithUnit(n, basis.unit, locale) : formatNumber(n, 2, locale));
        if (math.rate) steps.push(readingStep(math.rate, basis?.name.trim() ?? "", amount, t.explain.rateReached, w));
        for (const row of o.explanation?.rows ?? []) steps.push(explainStep(p, row, w));
        if (o.explanation) {
          steps.push({ label: t.explain.totalBeforeRounding, value: money(o.explanation.total) });
          if (p.cap !== null && o.payout < o.explanation.total)
            steps.push({
              label: t.explain.capStep,
              value: `min(${money(o.explanation.total)}, ${money(p.cap)}) = ${money(o.payout)}`,
            });
        }
        break;
      }
      case "bonus": {
        scoreSteps(p, math, steps, w);
        if (math.rate) steps.push(readingStep(math.rate, t.explain.scoreWord, exact, t.explain.curveStep, w));
        if (math.capped)
          steps.push({
            label: t.explain.capStep,
            value: `min(${percent(math.capped.before, 4)}, ${percent(math.capped.cap, 4)}) = ${percent(math.capped.cap, 4)}`,
          });
        const share = bonus(table, o.score ?? 0, 1, p.cap ?? Infinity);
        steps.push({ label: t.explain.shareOfTarget, value: percent(share, 2) });
        steps.push({ label: t.explain.targetIncentive, value: money(p.targetIncentive ?? 0) });
        steps.push({
          label: t.explain.payoutBeforeRounding,
          value: `${money(p.targetIncentive ?? 0)} × ${percent(share, 4)} = ${money(o.payout)}`,
        });
        break;
      }
      case "discount": {
        scoreSteps(p, math, steps, w);
        const rate = rateAt(table, "retro", o.tierInput ?? 0);
        if (math.rate) steps.push(readingStep(math.rate, t.explain.scoreWord, exact, t.explain.discountRate, w));
        else steps.push({ label: t.explain.discountRate, value: percent(rate, 2) });
        steps.push({ label: t.explain.listPrice, value: money(p.listPrice ?? 0) });
        steps.push({
          label: t.explain.discountPerUnit,
          value: `${money(p.listPrice ?? 0)} × ${percent(rate, 4)} = ${money(o.payout)}`,
        });
        if (o.netPrice !== null)
          steps.push({
            label: t.explain.netPrice,
            value: `${money(roundMoney(p.listPrice ?? 0, p.decimals))} − ${money(paid)} = ${money(roundMoney(p.listPrice ?? 0, p.decimals) - paid)}`,
          });
        break;
      }
    }
    const capped = p.cap !== null && p.payKind !== "discount" ? t.explain.cappedAt(capText(p, w)) : "";
    note = t.explain.paidNote(p.decimals, capped);
  }
  const cols = dataColumns(p);
  return {
    partner: partner.id ? `${partner.name} (${partner.id})` : partner.name,
    program: p.name,
    kpis,
    score: percentOrDash(o.score),
    gates: p.kpis.every((k) => k.gate === null) ? t.explain.noGates : o.gateMet ? t.explain.allMet : t.explain.missed,
    tier: noResults ? "—" : o.tier === null ? t.explain.belowFirstTier : String(o.tier),
    payoutLabel: cols.payout,
    payout: noResults ? t.explain.blank : money(paid),
    steps,
    note,
  };
}

/** Attainment per KPI and the weighted score, each as the sum a person would do. */
function scoreSteps(p: ProgramDefinition, math: ReturnType<typeof payoutArithmetic>, steps: Step[], w: Words): void {
  const { t, locale } = w;
  const exact = (n: number) => formatPercent(n, 3, locale);
  for (const a of math.attainments) {
    const k = p.kpis[a.kpi];
    const ratio = `${formatWithUnit(a.actual, k.unit, locale)} ÷ ${formatWithUnit(a.target, k.unit, locale)}`;
    steps.push({
      label: t.explain.attainmentStep(k.name.trim()),
      value:
        a.direction === "higher"
          ? `${ratio} = ${exact(a.attainment)}`
          : `max(0, 2 − ${ratio}) = ${exact(a.attainment)}`,
    });
  }
  if (math.score && math.score.terms.length > 0) {
    const terms = math.score.terms.map((x) => `${formatPercent(x.weight, 2, locale)} × ${exact(x.attainment)}`);
    const sum = terms.length > 1 ? `(${terms.join(" + ")})` : terms[0];
    steps.push({
      label: t.explain.score,
      value: `${sum} ÷ ${formatPercent(math.score.weights, 2, locale)} = ${exact(math.score.score)}`,
    });
  }
}

/**
 * How the rate was read off the tier table, as a sentence with its sum: on a linear curve the
 * interpolation between the two points ("score 105.6% is between Silver at 100% (100%) and Gold at
 * 120% (120%): 100% + (105.6% − 100%) ÷ (120% − 100%) × (120% − 100%) = 105.6%").
 */
function readingStep(
  r: RateReading,
  what: string,
  value: (n: number) => string,
  label: string,
  { t, locale }: Words,
): Step {
  // Rates to 4 decimals, as the tier table holds them and the bands show them.
  const rate = (n: number) => formatPercent(n, 4, locale);
  const tier = (x: TierPoint) => (typeof x.tier === "number" ? t.explain.rowTier(String(x.tier)) : x.tier);
  const point = (x: TierPoint) => t.explain.tierAt(tier(x), value(x.bound), rate(x.rate));
  const x = value(r.x);
  switch (r.kind) {
    case "below":
      return { label, value: t.explain.readBelow(what, x, point(r.first)) };
    case "step":
      return { label, value: t.explain.readStep(what, x, tier(r.at), value(r.at.bound), rate(r.rate)) };
    case "beyond":
      return { label, value: t.explain.readBeyond(what, x, point(r.last), rate(r.rate)) };
    case "between": {
      const { lower: a, upper: b } = r;
      const sum =
        `${rate(a.rate)} + (${x} − ${value(a.bound)}) ÷ (${value(b.bound)} − ${value(a.bound)})` +
        ` × (${rate(b.rate)} − ${rate(a.rate)}) = ${rate(r.rate)}`;
      return { label, value: t.explain.readBetween(what, x, point(a), point(b), sum) };
    }
  }
}

function capText(p: ProgramDefinition, { t, locale }: Words): string {
  if (p.cap === null) return "";
  return p.payKind === "bonus"
    ? t.explain.capOfTarget(formatPercent(p.cap, 1, locale))
    : formatMoney(p.cap, p.currency, p.decimals, locale);
}

function explainStep(p: ProgramDefinition, row: ExplainRow, { t, locale }: Words): Step {
  const basis = p.basisKpi !== null ? p.kpis[p.basisKpi] : null;
  const amount = (n: number) => (basis ? formatWithUnit(n, basis.unit, locale) : formatNumber(n, 2, locale));
  const label =
    row.kind === "below"
      ? t.explain.rowBelow
      : row.kind === "credited"
        ? t.explain.rowCredited
        : t.explain.rowTier(String(row.tier));
  const range = row.kind === "band" || row.kind === "below" ? t.explain.rowRange(amount(row.from), amount(row.to)) : "";
  // The arithmetic reads the same in both languages.
  const paid = formatMoney(row.payout, p.currency, p.decimals, locale);
  return {
    label: `${label}${range}`,
    value: `${amount(row.amount)} × ${formatPercent(row.rate, 4, locale)} = ${paid}`,
  };
}

/** The cells the row's numbers came from: the partner, each KPI's actual and target, and the plan tables. */
export function sourcesOf(p: ProgramDefinition, cell: SelectedCell, { t }: Words): SourceCell[] {
  const row = cell.dataRow;
  if (!row) return [];
  const at = (header: string) =>
    row.cells.find((c) => c.header.toLowerCase() === header.toLowerCase())?.address ?? null;
  const cols = dataColumns(p);
  const out: SourceCell[] = [];
  const add = (label: string, address: string | null) => {
    if (address) out.push({ label, address });
  };
  add(t.explain.sourcePartner, at(cols.partner));
  p.kpis.forEach((k, i) => {
    add(t.explain.sourceActual(k.name), at(cols.actual[i]));
    const perPartner = cols.target[i];
    if (perPartner) add(t.explain.sourceTarget(k.name), at(perPartner));
  });
  add(t.explain.sourceKpis, row.kpis);
  add(t.explain.sourceTiers, row.tiers);
  add(t.explain.sourceSettings, row.settings);
  return out;
}

/** Cell and table references in a formula, outside its text literals, in order and without repeats. */
export function referencesIn(formula: string): string[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join(" ");
  const found =
    code.match(
      /(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])|[A-Za-z_][A-Za-z0-9_.]*\[[^\]]*\](?:\])?/g,
    ) ?? [];
  return [...new Set(found.filter((r) => !/^INCENTIVE\./i.test(r)))];
}

/**
 * The partner's explanation as plain text, in the pane's language: what the panel shows, top to
 * bottom, one line each; a label and its value separated by a tab (so it pastes into two cells).
 */
export function explainText(
  view: {
    readonly where: string;
    readonly shows: string;
    readonly breakdown: Breakdown;
    readonly sources: readonly SourceCell[];
  },
  t: Catalog,
): string {
  const b = view.breakdown;
  const pair = (label: string, value: string) => `${label}\t${value}`;
  const lines = [
    b.partner,
    t.explain.shows(view.where, view.shows, b.program),
    "",
    t.explain.resultsByKpi,
    ...b.kpis.map(
      (k) =>
        pair(k.name, t.explain.kpiLine(k.actual, k.target, k.attainment, k.weight)) +
        (k.gate !== "none" ? t.explain.gateSuffix(t.explain.gateWords[k.gate]) : ""),
    ),
    "",
    t.explain.result,
    pair(t.explain.score, b.score),
    pair(t.explain.gates, b.gates),
    pair(t.explain.tierReached, b.tier),
    pair(b.payoutLabel, b.payout),
  ];
  if (b.steps.length > 0) lines.push("", t.explain.howCalculated, ...b.steps.map((s) => pair(s.label, s.value)));
  lines.push("", b.note, "", t.explain.cameFrom, ...view.sources.map((s) => pair(s.label, s.address)));
  return lines.join("\n");
}
