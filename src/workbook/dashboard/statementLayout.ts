/*
 * One partner's statement block: the same layout whether its cells are live formulas (the
 * statements sheet) or values computed by the engine (the values-only copy finance sends).
 * Seven columns (A–G, one portrait page wide), one block per printed page, and three helper
 * cells right of it (outside the print area) that the live gap sentence reads:
 *
 *   title      the partner's name
 *   identity   Partner ID … Statement no.; Period from … to …; Program
 *   results    KPI | Actual | Target | Attainment | Weight | Gate (threshold) | Met?   (one row per KPI)
 *   outcome    Score, Gates, Tier reached, Payout, Next tier (the gap in words); in a period that
 *              has them, the adjustment for closed periods and the balance carried in
 *   breakdown  commission/rebate: the EXPLAIN table; bonus: the curve point and the bonus;
 *              discount: the tier, the discount and the net price; then a note on gates and caps
 */
import type { ProgramDefinition } from "../../engine";
import type { SheetLabels } from "../labels";
import { GENERAL, PERCENT, WHOLE_NUMBER } from "../numberFormats";
import type { Cell, CellStyle } from "../sheetPlan";
import { text } from "../sheetPlan";
import { TIER_HEADROOM } from "./describeDashboard";
import { ProgramRefs } from "./programRefs";

/** Printed columns. */
export const STATEMENT_COLUMNS = 7;
/** Helper cells right of the printed columns (the gap sentence's next tier number, gap, next tier). */
export const STATEMENT_HELPERS = 3;
/** A block's full width: what is copied for each partner. */
export const STATEMENT_BLOCK_COLUMNS = STATEMENT_COLUMNS + STATEMENT_HELPERS;
/**
 * Column widths in points: 500 in all, within a portrait Letter or A4 page's printable width at
 * Excel's default margins, so a statement prints at 100% without "fit to page" (which would make
 * Excel ignore the page breaks that put each statement on its own page). B and D hold the period's
 * start and end: wide enough for the longest Chinese date (2026年12月31日).
 */
export const STATEMENT_WIDTHS = [120, 85, 60, 85, 50, 50, 50];
/** Rows above the first statement: title, ownership note, what this sheet is. */
export const STATEMENT_TOP = 4;

/** EXPLAIN's header row in the statement's language (the live sheet's spill is the function's own). */
export function explainHeader(l: SheetLabels): string[] {
  const h = l.statements.explainHeader;
  return [h.tier, h.from, h.to, h.amount, h.rate, h.payout];
}

/** What fills a block's cells: formulas (live) or values (engine). */
export interface StatementSource {
  partnerName(): Cell;
  partnerId(): Cell;
  statementNumber(): Cell;
  periodStart(): Cell;
  periodEnd(): Cell;
  kpiActual(i: number): Cell;
  kpiTarget(i: number): Cell;
  kpiAttainment(i: number): Cell;
  kpiWeight(i: number): Cell;
  /** The gate's threshold (a number, shown "≥ 4.00"), or nothing. */
  kpiGate(i: number): Cell;
  /** Met, missed, or no gate. */
  kpiGateResult(i: number): Cell;
  score(): Cell;
  gates(): Cell;
  tier(): Cell;
  payout(): Cell;
  gap(): Cell;
  /** The gap row's helper cells (live statements), or none. */
  gapHelpers(): Cell[];
  /** The breakdown's rows (exactly breakdownRows(p) of them, STATEMENT_COLUMNS wide). */
  breakdown(): Cell[][];
  note(): Cell;
  /** The line below the note: the cap, when there is one and the payout is settled. */
  capNote(): Cell;
  /** In a period with adjustments: the line's label and amount (statementAdjustment.ts); none otherwise. */
  adjustment?(): [label: Cell, amount: Cell];
  /** In a period with a balance carried in: its label and amount (statementAdjustment.ts); none otherwise. */
  carried?(): [label: Cell, amount: Cell];
}

/** Rows the breakdown takes: EXPLAIN's spill (header, a row per tier and one below, total) plus room for added tiers. */
export function breakdownRows(p: ProgramDefinition): number {
  switch (p.payKind) {
    case "commission":
    case "rebate":
      return p.tiers.length + 3 + TIER_HEADROOM;
    case "bonus":
      return 5;
    case "discount":
      return 6;
  }
}

export function blockHeight(p: ProgramDefinition): number {
  return 14 + p.kpis.length + breakdownRows(p) + 2;
}

export interface StatementBlock {
  readonly rows: Cell[][];
  /** Number format per cell (null: leave as is). */
  readonly formats: (string | null)[][];
  /** Styled rows within the block: offset from the block's top, and the style. */
  readonly styles: { readonly row: number; readonly style: CellStyle }[];
}

/** Offsets of a block's rows (from its top). */
export function blockRows(p: ProgramDefinition) {
  const k = p.kpis.length;
  return {
    title: 0,
    identity: 1,
    period: 2,
    program: 3,
    kpiHeader: 5,
    firstKpi: 6,
    score: 6 + k,
    gates: 7 + k,
    tier: 8 + k,
    payout: 9 + k,
    gap: 10 + k,
    /** The open period's lines under the payout: late data for closed periods, the balance carried in. */
    adjustment: 11 + k,
    carried: 12 + k,
    caption: 13 + k,
    breakdown: 14 + k,
    note: 14 + k + breakdownRows(p),
  };
}

export function statementBlock(r: ProgramRefs, s: StatementSource): StatementBlock {
  const p = r.program;
  const w = r.show.statements;
  const date = r.show.formats.date;
  const money = r.money();
  const height = blockHeight(p);
  const at = blockRows(p);
  const rows: Cell[][] = Array.from({ length: height }, () => Array<Cell>(STATEMENT_BLOCK_COLUMNS).fill(null));
  const formats: (string | null)[][] = Array.from({ length: height }, () =>
    Array<string | null>(STATEMENT_BLOCK_COLUMNS).fill(null),
  );
  const put = (row: number, cells: Cell[], fmts: (string | null)[] = []) => {
    cells.forEach((cell, j) => (rows[row][j] = cell));
    fmts.forEach((f, j) => (formats[row][j] = f));
  };

  put(at.title, [s.partnerName()]);
  put(
    at.identity,
    [text(w.partnerId), s.partnerId(), null, null, text(w.statementNo), s.statementNumber()],
    [null, GENERAL, null, null, null, "0"],
  );
  put(at.period, [text(w.period), s.periodStart(), text(w.to), s.periodEnd()], [null, date, null, date]);
  put(at.program, [text(w.program), text(p.name.trim())]);
  const k = w.kpiHeader;
  put(at.kpiHeader, [k.kpi, k.actual, k.target, k.attainment, k.weight, k.gate, k.gateResult].map(text));
  p.kpis.forEach((k, i) => {
    const f = r.kpiFormat(i);
    put(
      at.firstKpi + i,
      [
        text(k.name.trim()),
        s.kpiActual(i),
        s.kpiTarget(i),
        s.kpiAttainment(i),
        s.kpiWeight(i),
        s.kpiGate(i),
        s.kpiGateResult(i),
      ],
      [null, f, f, PERCENT, PERCENT, gateFormat(f, k.direction), null],
    );
  });
  put(at.score, [text(w.score), s.score()], [null, PERCENT]);
  put(at.gates, [text(w.gates), s.gates()]);
  put(at.tier, [text(w.tierReached), s.tier()]);
  put(at.payout, [text(payoutLabel(r)), s.payout()], [null, money]);
  put(at.gap, [text(w.nextTier), s.gap()]);
  // The open period's own lines under the payout's (the rows left empty otherwise): late data for
  // closed periods, and a negative balance the last close carried in.
  const adjustment = s.adjustment?.();
  if (adjustment) put(at.adjustment, adjustment, [null, money]);
  const carried = s.carried?.();
  if (carried) put(at.carried, carried, [null, money]);
  const helpers = s.gapHelpers();
  if (helpers.length > 0) {
    // Right of the printed columns, under captions saying what they are, for whoever audits the sheet.
    const h = r.show.gap.helpers;
    const right = STATEMENT_COLUMNS;
    [h.tierNumber, h.gap, h.tier].forEach((caption, j) => (rows[at.payout][right + j] = text(caption)));
    helpers.forEach((cell, j) => (rows[at.gap][right + j] = cell));
    [WHOLE_NUMBER, gapFormat(r)].forEach((format, j) => (formats[at.gap][right + j] = format));
  }
  put(at.caption, [text(w.howCalculated)]);
  const breakdown = s.breakdown();
  breakdown.forEach((row, i) => put(at.breakdown + i, row, breakdownFormats(r, i)));
  put(at.note, [s.note()]);
  put(at.note + 1, [s.capNote()]);
  return {
    rows,
    formats,
    styles: [
      { row: at.title, style: "title" },
      { row: at.kpiHeader, style: "header" },
      { row: at.payout, style: "total" },
      { row: at.caption, style: "caption" },
      ...(p.payKind === "commission" || p.payKind === "rebate"
        ? [{ row: at.breakdown, style: "header" as const }]
        : []),
      { row: at.note, style: "note" },
      { row: at.note + 1, style: "note" },
    ],
  };
}

/** A gate's threshold as the partner reads it: "≥ 4.00", "≤ 10.0%" (the sign from the KPI's direction). */
export function gateFormat(format: string, direction: "higher" | "lower"): string {
  const sign = direction === "lower" ? "≤ " : "≥ ";
  // Literal text in a number format is quoted; a format that starts with its own quoted text ("USD ") takes the sign inside it.
  return format.startsWith('"') ? `"${sign}${format.slice(1)}` : `"${sign}"${format}`;
}

/** The gap helper's number format: the unit of what the tiers read. */
function gapFormat(r: ProgramRefs): string {
  const basis = r.basisKpi();
  return basis === null ? PERCENT : r.kpiFormat(basis);
}

/** Number formats of a breakdown row: EXPLAIN's columns, or label | value for the others. */
function breakdownFormats(r: ProgramRefs, i: number): (string | null)[] {
  const p = r.program;
  const money = r.money();
  const basis = r.basisKpi();
  if (basis !== null) {
    const f = r.kpiFormat(basis);
    return [null, f, f, f, "0.00%", money];
  }
  if (p.payKind === "bonus") return [null, [PERCENT, GENERAL, PERCENT, money, money][i] ?? null];
  return [null, [PERCENT, GENERAL, PERCENT, money, money, money][i] ?? null];
}

/** The payout row's label: the discount for a discount program, the payout otherwise (its cell carries the currency). */
export function payoutLabel(r: ProgramRefs): string {
  return r.program.payKind === "discount" ? r.show.statements.discount : r.show.statements.payout;
}

/** The labels of the bonus and discount breakdowns, row by row, in the statement's language. */
export function breakdownLabels(r: ProgramRefs): string[] {
  const w = r.show.statements;
  if (r.program.payKind === "bonus") return [w.score, w.curvePoint, w.shareOfTarget, w.targetIncentive, w.payout];
  return [w.score, w.tierReached, w.discountRate, w.listPrice, w.discount, w.netPrice];
}
