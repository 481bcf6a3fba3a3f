/*
 * The dashboard against the last closed period: per partner, the score at that close, the change
 * since, and the negative balance carried from it (each a column of the per-partner table, one
 * spilling formula), and the "Most improved" list beside the leaderboard.
 *
 * Partners are found on the snapshot sheet by XLOOKUP over its partner rows (a fixed block: the
 * snapshot is values only and protected), with the dashboard's own IDs made text (A9#&""): an exact
 * match apart from letter case, no wildcards (XLOOKUP's default match mode), so "0012" never finds
 * "12" and "A*1" never "AB1"; the snapshot writes IDs as text. A partner not in the snapshot shows
 * blank (no score) or 0 (nothing carried).
 */
import { quotedSheet } from "../sourceRange";
import { columnLetters } from "../addresses";
import { stringLiteral } from "../formulas";
import { GENERAL, PERCENT } from "../numberFormats";
import { GridPlan, PlainCell, formula, text } from "../sheetPlan";
import { grid } from "./layout";
import { ADJUSTMENTS_WORDS } from "../cycle/adjustmentsWords";
import type { LastClosedPeriod, SnapshotField } from "./lastClosedPeriod";
import type { ProgramRefs } from "./programRefs";
import { RECOGNITION_SHEET_WORDS } from "./recognitionWords";

/** Partners in the "Most improved" list. */
export const MOST_IMPROVED_SIZE = 5;

/** A snapshot field over the partner rows, absolute: 'Program 2026-Q1'!$C$20:$C$31. */
export function snapshotRange(last: LastClosedPeriod, field: SnapshotField): string {
  const c = columnLetters(last.columns[field]);
  return `${quotedSheet(last.sheet)}!$${c}$${last.firstRow + 1}:$${c}$${last.firstRow + last.rows}`;
}

/** Each ID in `ids` (a spill) looked up in the snapshot: `values` where found, else `missing`. */
function lookupLast(last: LastClosedPeriod, ids: string, values: string, missing: string): string {
  return `=IF(${ids}="","",XLOOKUP(${ids}&"",${snapshotRange(last, "id")},${values},${missing}))`;
}

/** The carried balance's column, when a partner carries one into the open period. */
export function carriedColumn(r: ProgramRefs, last: LastClosedPeriod | null | undefined, ids: string) {
  if (!last?.carried) return [];
  return [
    {
      header: ADJUSTMENTS_WORDS[r.show.language].carriedInFrom(last.period),
      formula: lookupLast(last, ids, snapshotRange(last, "carriedOut"), "0"),
      format: r.money(),
      width: 110,
    },
  ];
}

/**
 * The score at the last close and the change since: a blank score cell in the snapshot stays
 * blank (not 0, which XLOOKUP would return for an empty cell), and the change is blank unless both
 * scores are numbers. `score` and `before` are the table's spills of those two columns.
 */
export function lastScoreColumns(
  r: ProgramRefs,
  last: LastClosedPeriod | null | undefined,
  ids: string,
  score: string,
  before: string,
) {
  if (!last) return [];
  const w = RECOGNITION_SHEET_WORDS[r.show.language];
  const scores = snapshotRange(last, "score");
  return [
    {
      header: w.lastScore(last.period),
      formula: lookupLast(last, ids, `IF(ISNUMBER(${scores}),${scores},"")`, '""'),
      format: PERCENT,
      width: 80,
    },
    {
      header: w.scoreChange,
      formula: `=IF(ISNUMBER(${score})*ISNUMBER(${before}),${score}-${before},"")`,
      format: PERCENT,
      width: 80,
    },
  ];
}

/** The per-partner table's spills the list reads. */
export interface ImprovedColumns {
  readonly partner: string;
  readonly before: string;
  readonly score: string;
  readonly change: string;
}

/**
 * Partner | Score then | Score now | Change: the MOST_IMPROVED_SIZE largest rises (> 0), largest
 * first; equal rises in the data table's order, as SORTBY keeps them (the leaderboard's rule too;
 * an explicit second key, the rows' positions, took the formula past 250 characters).
 */
export function mostImprovedFormula(r: ProgramRefs, last: LastClosedPeriod, t: ImprovedColumns): string {
  const ok = `ISNUMBER(${t.change})*(${t.change}>0)`;
  const none = stringLiteral(RECOGNITION_SHEET_WORDS[r.show.language].noRise(last.period));
  return (
    `=IF(COUNTIF(${t.change},">0")=0,${none},INDEX(SORTBY(FILTER(CHOOSE({1,2,3,4},${t.partner},${t.before},${t.score},${t.change}),${ok}),` +
    `FILTER(${t.change},${ok}),-1),SEQUENCE(MIN(${MOST_IMPROVED_SIZE},COUNTIF(${t.change},">0"))),{1,2,3,4}))`
  );
}

/**
 * The "Most improved" block under the leaderboard (caption, header, one spilling formula), and the
 * rows it takes; nothing when no period is closed.
 */
export function mostImprovedBlock(
  r: ProgramRefs,
  last: LastClosedPeriod | null | undefined,
  top: number,
  column: number,
  t: ImprovedColumns,
  headers: { readonly partner: string; readonly score: string },
): { cells: PlainCell[]; grids: GridPlan[]; height: number } {
  if (!last) return { cells: [], grids: [], height: 0 };
  const w = RECOGNITION_SHEET_WORDS[r.show.language];
  return {
    cells: [{ row: top, column, style: "caption", value: text(w.mostImproved(last.period, MOST_IMPROVED_SIZE)) }],
    grids: [
      grid(top + 1, column, [[headers.partner, w.lastScore(last.period), headers.score, w.scoreChange].map(text)], {
        style: "header",
      }),
      grid(top + 2, column, [[formula(mostImprovedFormula(r, last, t)), null, null, null]], {
        columnFormats: [GENERAL, PERCENT, PERCENT, PERCENT],
        formatDown: MOST_IMPROVED_SIZE - 1,
      }),
    ],
    height: MOST_IMPROVED_SIZE + 3,
  };
}
