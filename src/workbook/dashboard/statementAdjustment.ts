/*
 * The open period's own lines on a statement: the adjustment (per partner, the Σ of the
 * Adjustments table's lines settled in that period: late data for closed periods) and the balance
 * carried in (a negative balance the last close carried out). Live sheets compute them, values-only
 * ones get the amounts; a partner without a line shows 0, so every statement of the period has the
 * same rows.
 *
 * Not SUMIFS: its criteria read "0012" as the number 12 and * ? ~ as wildcards, so a partner could
 * get another's line. "=" compares text exactly apart from case (docs/cycle.md).
 */
import { fromMinorUnits, toMinorUnits } from "../../engine";
import { ADJUSTMENTS_WORDS } from "../cycle/adjustmentsWords";
import { stringLiteral, tableColumn } from "../formulas";
import { fillLabel, labelExpression, listWords } from "../labels";
import { fixed, moneyTemplate } from "./gapText";
import { Cell, text } from "../sheetPlan";
import type { ProgramRefs } from "./programRefs";

/**
 * A negative balance carried into the open period: each partner's carried out on the last closed
 * period's snapshot sheet. The snapshot is values only and protected, so its cells stay where the
 * close wrote them and a live formula can read them by address.
 */
export interface CarriedBalance {
  /** The closed period it was carried out of ("2026-Q1"). */
  readonly fromPeriod: string;
  /** The snapshot's partner IDs and carried out amounts, as absolute references ('S'!$C$12:$C$40). */
  readonly ids: string;
  readonly balances: string;
  /** Each partner's balance carried in (negative), for values-only statements; partners without one absent. */
  readonly amounts: ReadonlyMap<string, number>;
}

export interface StatementAdjustment {
  /** The closed period the lines are for ("2026-Q1"), named in the line's label. */
  readonly forPeriod: string;
  /** When the lines are for several closed periods (an earlier one trued up too): each, oldest first. */
  readonly forPeriods?: readonly string[];
  /** The open period the lines are settled in. */
  readonly settledIn: string;
  /** The Adjustments table and its headers as written (in the program's sheet language). */
  readonly table: string;
  readonly columns: { readonly partnerId: string; readonly settledIn: string; readonly amount: string };
  /** Each partner's Σ of lines settled in the open period, for values-only statements (empty: no line). */
  readonly amounts: ReadonlyMap<string, number>;
  /** The balance carried into the open period, when a partner has one. */
  readonly carried?: CarriedBalance | null;
}

/** Whether the open period has adjustment lines (a carried balance alone has none). */
export const hasAdjustmentLines = (a: StatementAdjustment | null | undefined): a is StatementAdjustment =>
  !!a && a.amounts.size > 0;

/**
 * Per partner ID in `ids` (a cell, or a spilled column of them), the Σ of `amounts` whose `keys`
 * is that very ID: an IDs × keys match matrix (both as text, so a typed 12 still matches "12")
 * times the amounts.
 */
export function exactMatchSum(ids: string, keys: string, amounts: string): string {
  return `=MMULT(--(${ids}&""=TRANSPOSE(${keys}&"")),${amounts})`;
}

/** The live adjustment line: the lines settled in the open period with the partner's ID. */
export function adjustmentFormula(a: StatementAdjustment, ids: string): string {
  const col = (header: string) => tableColumn(a.table, header);
  const { partnerId, settledIn, amount } = a.columns;
  return exactMatchSum(ids, col(partnerId), `(${col(settledIn)}=${stringLiteral(a.settledIn)})*${col(amount)}`);
}

/** The live carried-balance line: the partner's carried out on the last closed period's snapshot. */
export function carriedFormula(c: CarriedBalance, ids: string): string {
  return exactMatchSum(ids, c.ids, c.balances);
}

/** The line's label in the sheet's language: "Adjustment for 2026-Q1". */
export function adjustmentLabel(r: ProgramRefs, a: StatementAdjustment): string {
  const periods = a.forPeriods && a.forPeriods.length > 1 ? a.forPeriods : [a.forPeriod];
  return ADJUSTMENTS_WORDS[r.show.language].lineFor(listWords(r.show, periods));
}

/** The carried balance's label in the sheet's language: "Carried in from 2026-Q1" (上期结转). */
export function carriedLabel(r: ProgramRefs, c: CarriedBalance): string {
  return ADJUSTMENTS_WORDS[r.show.language].carriedInFrom(c.fromPeriod);
}

/** The dashboard's per-partner column for the line, spilling beside `ids`: its own spilled partner IDs ("A9#"). */
export function adjustmentColumn(r: ProgramRefs, a: StatementAdjustment | null | undefined, ids: string) {
  if (!hasAdjustmentLines(a)) return [];
  const sum = adjustmentFormula(a, ids).slice(1);
  return [{ header: adjustmentLabel(r, a), formula: `=IF(${ids}="","",${sum})`, format: r.money(), width: 110 }];
}

/** A statement block's open-period lines (label, amount), each only when the program has it. */
export function periodLines(
  r: ProgramRefs,
  a: StatementAdjustment | null | undefined,
  amount: { adjustment(a: StatementAdjustment): Cell; carried(c: CarriedBalance): Cell },
): { adjustment?(): [Cell, Cell]; carried?(): [Cell, Cell] } {
  const c = a?.carried;
  return {
    ...(hasAdjustmentLines(a)
      ? { adjustment: (): [Cell, Cell] => [text(adjustmentLabel(r, a)), amount.adjustment(a)] }
      : {}),
    ...(c ? { carried: (): [Cell, Cell] => [text(carriedLabel(r, c)), amount.carried(c)] } : {}),
  };
}

/** Whether a statement of the open period has a line beyond the payout (so it says what the lines add up to). */
export const hasPeriodLines = (a: StatementAdjustment | null | undefined): a is StatementAdjustment =>
  !!a && (a.amounts.size > 0 || !!a.carried);

/** The terms the settlement line adds up, in the statement's words: "payout + adjustment + carried in". */
function settleTerms(r: ProgramRefs, a: StatementAdjustment): string {
  const t = r.show.statements.settleParts;
  return [t.payout, ...(hasAdjustmentLines(a) ? [t.adjustment] : []), ...(a.carried ? [t.carried] : [])].join(" + ");
}

/**
 * The values-only settlement line: payout + the period's lines = the amount to settle, summed in
 * minor units as the close sums them (engine/cycle/adjustments.ts); a negative sum is paid 0 and
 * carried forward.
 */
export function settleSentence(r: ProgramRefs, a: StatementAdjustment, amounts: readonly number[]): string {
  const d = r.program.decimals;
  const due = fromMinorUnits(
    amounts.reduce((sum, x) => sum + toMinorUnits(x, d), 0),
    d,
  );
  const w = r.show.statements;
  const amount = fillLabel(moneyTemplate(r, r.program.currency), { n: fixed(due, d) });
  return fillLabel(due < 0 ? w.settleCarryNote : w.settleNote, { parts: settleTerms(r, a), amount });
}

/** The live settlement line over the block's payout and line cells (relative, so each copied block reads its own). */
export function settleFormula(r: ProgramRefs, a: StatementAdjustment, cells: readonly string[]): string {
  const w = r.show.statements;
  const d = r.setting("decimals");
  // Each figure rounded as the close rounds it (a data table's payout may carry more decimals), then the sum.
  const due = `ROUND(${cells.map((c) => `ROUND(N(${c}),${d})`).join("+")},${d})`;
  const amount = labelExpression(moneyTemplate(r, r.program.currency), {}, { n: `FIXED(${due},${d})` });
  const words = (template: string) => labelExpression(template, { parts: settleTerms(r, a) }, { amount });
  return `=IF(${due}<0,${words(w.settleCarryNote)},${words(w.settleNote)})`;
}
