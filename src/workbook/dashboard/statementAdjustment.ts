/*
 * The adjustment line a statement shows in the open period: per partner, the Σ of the Adjustments
 * table's lines settled in that period (late data for the closed period before it). Live sheets
 * compute it over the table, values-only ones get the amounts; a partner without a line shows 0, so
 * every statement of the period has the same rows.
 *
 * Not SUMIFS: its criteria read "0012" as the number 12 and * ? ~ as wildcards, so a partner could
 * get another's line. "=" compares text exactly apart from case (docs/cycle.md).
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

/**
 * The live line's formula: per partner ID in `ids` (a cell, or a spilled column of them), the Σ of
 * the lines settled in the open period with that very ID — an IDs × lines match matrix (IDs as
 * text, so a typed 12 still matches the table's "12") times the lines' amounts in the period.
 */
export function adjustmentFormula(a: StatementAdjustment, ids: string): string {
  const col = (header: string) => tableColumn(a.table, header);
  const { partnerId, settledIn, amount } = a.columns;
  const inPeriod = `(${col(settledIn)}=${stringLiteral(a.settledIn)})*${col(amount)}`;
  return `=MMULT(--(${ids}&""=TRANSPOSE(${col(partnerId)}&"")),${inPeriod})`;
}

/** The line's label in the sheet's language: "Adjustment for 2026-Q1". */
export function adjustmentLabel(r: ProgramRefs, a: StatementAdjustment): string {
  return ADJUSTMENTS_WORDS[r.show.language].lineFor(a.forPeriod);
}

/** The dashboard's per-partner column for the line, spilling beside `ids`: its own spilled partner IDs ("A9#"). */
export function adjustmentColumn(r: ProgramRefs, a: StatementAdjustment | null | undefined, ids: string) {
  if (!a) return [];
  const sum = adjustmentFormula(a, ids).slice(1);
  return [{ header: adjustmentLabel(r, a), formula: `=IF(${ids}="","",${sum})`, format: r.money(), width: 110 }];
}
