/*
 * What the Explain panel shows for a selected cell, computed by the engine from what the
 * workbook read gave (services' SelectionInfo). Pure: no React, no Excel.
 *
 * - A cell of a program's data table: that row's partner, evaluated exactly as the table's
 *   formulas do (evaluatePartner, explainPayout), with the cells the numbers came from.
 * - Another cell whose formula calls INCENTIVE: the formula and the cells it reads.
 * - Anything else: nothing to explain.
 */
import { roundMoney } from "../../../engine/analytics/planCost";
import { bonus } from "../../../engine/bonus";
import { IncentiveError } from "../../../engine/errors";
import type { ExplainRow } from "../../../engine/explain";
import { evaluatePartner, programTierTable, targetOf } from "../../../engine/program/evaluate";
import type { ProgramDefinition } from "../../../engine/program/types";
import { rateAt } from "../../../engine/payout";
import { dataColumns } from "../../../workbook/dashboard/programRefs";
import { INCENTIVE_CALL } from "../../../workbook/selection";
import type { PartnerRecord, SelectedCell, SelectionInfo } from "../../services/WorkbookService";
import { formatMoney, formatNumber, formatPercent, formatWithUnit } from "../Wizard/format";

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
  readonly gate: "No gate" | "Met" | "Missed";
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

export function explainView(info: SelectionInfo): ExplainView {
  const { cell, program, partner } = info;
  const where = `${cell.sheet}!${cell.address}`;
  if (cell.dataRow && program) {
    if (!partner) return { kind: "blankRow", where, program: program.name };
    try {
      return {
        kind: "partner",
        where,
        shows: shownValue(cell),
        breakdown: breakdownOf(program, partner),
        sources: sourcesOf(program, cell),
      };
    } catch (e) {
      if (e instanceof IncentiveError) return { kind: "problem", where, message: e.message };
      throw e;
    }
  }
  if (cell.formula && INCENTIVE_CALL.test(cell.formula)) {
    return { kind: "formula", where, formula: cell.formula, reads: referencesIn(cell.formula) };
  }
  return { kind: "nothing", where };
}

function shownValue(cell: SelectedCell): string {
  const v = cell.value;
  if (typeof v === "number") return formatNumber(v, 4);
  if (v === null || v === undefined || v === "") return "(blank)";
  return String(v);
}

const money = (p: ProgramDefinition, n: number) => formatMoney(n, p.currency, p.decimals);
const percentOrDash = (n: number | null) => (n === null ? "—" : formatPercent(n));

/** The partner's row, computed as the data table's formulas compute it. */
export function breakdownOf(p: ProgramDefinition, partner: PartnerRecord): Breakdown {
  const table = programTierTable(p);
  const o = evaluatePartner(p, table, partner);
  const kpis: KpiLine[] = p.kpis.map((k, i) => {
    const actual = partner.actuals[i];
    const target = targetOf(p, i, partner);
    const met =
      k.gate === null ? null : actual !== null && (k.direction === "higher" ? actual >= k.gate : actual <= k.gate);
    return {
      name: k.name,
      actual: actual === null || actual === undefined ? "(blank)" : formatWithUnit(actual, k.unit),
      target: target === null ? "(blank)" : formatWithUnit(target, k.unit),
      attainment: percentOrDash(o.attainments[i]),
      weight: formatPercent(k.weight),
      gate: met === null ? "No gate" : met ? "Met" : "Missed",
    };
  });
  const paid = roundMoney(o.payout, p.decimals);
  const noResults = o.tierInput === null;
  const steps: Step[] = [];
  let note: string;
  if (noResults) {
    note = "No results yet: the payout stays blank until the results it reads are filled in.";
  } else if (!o.gateMet) {
    note = "A gate was missed, so nothing is paid for this period.";
  } else {
    switch (p.payKind) {
      case "commission":
      case "rebate":
        for (const row of o.explanation?.rows ?? []) steps.push(explainStep(p, row));
        if (o.explanation) steps.push({ label: "Total before rounding", value: money(p, o.explanation.total) });
        break;
      case "bonus": {
        const share = bonus(table, o.score ?? 0, 1, p.cap ?? Infinity);
        steps.push({ label: "Share of target incentive", value: formatPercent(share, 2) });
        steps.push({ label: "Target incentive", value: money(p, p.targetIncentive ?? 0) });
        break;
      }
      case "discount": {
        steps.push({ label: "Discount rate", value: formatPercent(rateAt(table, "retro", o.tierInput ?? 0), 2) });
        steps.push({ label: "List price", value: money(p, p.listPrice ?? 0) });
        if (o.netPrice !== null)
          steps.push({
            label: "Net price",
            value: money(p, roundMoney(p.listPrice ?? 0, p.decimals) - paid),
          });
        break;
      }
    }
    const capped = p.cap !== null && p.payKind !== "discount" ? `, and at most ${capText(p)}` : "";
    note = `Paid: the payout rounded to ${p.decimals} decimals${capped}.`;
  }
  const cols = dataColumns(p);
  return {
    partner: partner.id ? `${partner.name} (${partner.id})` : partner.name,
    program: p.name,
    kpis,
    score: percentOrDash(o.score),
    gates: p.kpis.every((k) => k.gate === null) ? "No gates" : o.gateMet ? "All met" : "Missed",
    tier: noResults ? "—" : o.tier === null ? "Below first tier" : String(o.tier),
    payoutLabel: cols.payout,
    payout: noResults ? "(blank)" : money(p, paid),
    steps,
    note,
  };
}

function capText(p: ProgramDefinition): string {
  if (p.cap === null) return "";
  return p.payKind === "bonus" ? `${formatPercent(p.cap)} of the target incentive` : money(p, p.cap);
}

function explainStep(p: ProgramDefinition, row: ExplainRow): Step {
  const basis = p.basisKpi !== null ? p.kpis[p.basisKpi] : null;
  const amount = (n: number) => (basis ? formatWithUnit(n, basis.unit) : formatNumber(n, 2));
  const label =
    row.kind === "below"
      ? "Below the first tier"
      : row.kind === "credited"
        ? "Already paid on the prior amount"
        : `Tier ${String(row.tier)}`;
  const range = row.kind === "band" || row.kind === "below" ? ` (${amount(row.from)} to ${amount(row.to)})` : "";
  return {
    label: `${label}${range}`,
    value: `${amount(row.amount)} × ${formatPercent(row.rate, 4)} = ${money(p, row.payout)}`,
  };
}

/** The cells the row's numbers came from: the partner, each KPI's actual and target, and the plan tables. */
export function sourcesOf(p: ProgramDefinition, cell: SelectedCell): SourceCell[] {
  const row = cell.dataRow;
  if (!row) return [];
  const at = (header: string) =>
    row.cells.find((c) => c.header.toLowerCase() === header.toLowerCase())?.address ?? null;
  const cols = dataColumns(p);
  const out: SourceCell[] = [];
  const add = (label: string, address: string | null) => {
    if (address) out.push({ label, address });
  };
  add("Partner", at(cols.partner));
  p.kpis.forEach((k, i) => {
    add(`${k.name} (actual)`, at(cols.actual[i]));
    const perPartner = cols.target[i];
    if (perPartner) add(`${k.name} target`, at(perPartner));
  });
  add("KPI table (targets, weights, gates)", row.kpis);
  add("Tier table", row.tiers);
  add("Settings (decimals, cap, method…)", row.settings);
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
