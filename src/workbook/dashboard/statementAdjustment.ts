/*
 * The adjustment line a statement shows in the open period: per partner, the Σ of the Adjustments
 * table's lines settled in that period (late data for the closed period before it). Live sheets
 * read it with SUMIFS over the table, values-only ones get the amounts; a partner without a line
 * shows 0, so every statement of the period has the same rows.
 */
import { ADJUSTMENTS_WORDS } from "../cycle/adjustmentsWords";
import { stringLiteral, tableColumn } from "../formulas";
import type { ProgramRefs } from "./programRefs";

export interface StatementAdjustment {
  /** The closed period the lines are for ("2026-Q1"), named in the line's label. */
  readonly forPeriod: string;
  /** The open period the lines are settled in. */
  readonly settledIn: string;
  /** The Adjustments table and its headers as written (in the program's sheet language). */
  readonly table: string;
  readonly columns: { readonly partnerId: string; readonly settledIn: string; readonly amount: string };
  /** Each partner's Σ of lines settled in the open period, for values-only statements. */
  readonly amounts: ReadonlyMap<string, number>;
}

/** The live line's formula: SUMIFS of the partner's lines settled in the open period. */
export function adjustmentFormula(a: StatementAdjustment, partnerIdCell: string): string {
  const col = (header: string) => tableColumn(a.table, header);
  const { partnerId, settledIn, amount } = a.columns;
  return `=SUMIFS(${col(amount)},${col(partnerId)},${partnerIdCell},${col(settledIn)},${stringLiteral(a.settledIn)})`;
}

/** The line's label in the sheet's language: "Adjustment for 2026-Q1". */
export function adjustmentLabel(r: ProgramRefs, a: StatementAdjustment): string {
  return ADJUSTMENTS_WORDS[r.show.language].lineFor(a.forPeriod);
}

/** The dashboard's per-partner column for the line: SUMIFS over every data row's partner ID, spilling. */
export function adjustmentColumn(r: ProgramRefs, a: StatementAdjustment | null | undefined) {
  if (!a) return [];
  const ids = r.col(r.columns.partnerId);
  const sum = adjustmentFormula(a, ids).slice(1);
  return [{ header: adjustmentLabel(r, a), formula: `=IF(${ids}="","",${sum})`, format: r.money(), width: 110 }];
}
