/* global Excel */
/*
 * Reading a whole table in row blocks, so no response gets near Excel on the web's 5 MB limit
 * (responses as well as requests: "Resource limits and performance optimization for Office
 * Add-ins", https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * 50,000 partners × 13 columns of values are about 10 MB; with their formulas and formats, more.
 *
 * The first block (FIRST_BLOCK_ROWS) is queued by the caller in the sync that reads everything
 * else, so a table that fits takes no sync more than before. The rest is read in blocks sized from
 * the bytes per row measured so far (with a margin) to fill at most RESPONSE_BUDGET_BYTES each; a
 * block Excel still refuses as too large is read again in halves.
 */
import { RESPONSE_BUDGET_BYTES } from "./excelLimits";
import type { ProgramDefinition } from "../engine";
import { jsonBytes, utf8Bytes } from "./requestBudget";

export type RowProp = "values" | "formulas" | "numberFormat";

export type RowsRead = { [P in RowProp]?: unknown[][] };

/** Rows in the first block of a values-only read (a data table's inputs and results). */
export const FIRST_BLOCK_ROWS = { values: 2000 } as const;

/**
 * Rows in the first block of a read with formulas and formats (a snapshot to restore from): as
 * many as fit the budget by a generous estimate of a data row of this program — its calculated
 * cells repeat the KPI names (the gate formula names each about four times), so 2 KPIs allow
 * about 700 rows, 10 KPIs of 80 Chinese characters about 50.
 */
export function formulaRowsFor(p: ProgramDefinition, budget = RESPONSE_BUDGET_BYTES): number {
  let names = 0;
  for (const k of p.kpis) names += utf8Bytes(k.name);
  const perRow = 1000 + 3 * (p.kpis.length * 500 + 8 * names);
  return Math.max(1, Math.floor(budget / perRow));
}

/** Excel's room for error: each block is sized for rows this much larger than the largest seen. */
const MARGIN = 1.5;

/** Rows [from, from + count) of `range`, at its full width. */
export function rowsOf(range: Excel.Range, from: number, count: number): Excel.Range {
  return range.getRow(from).getResizedRange(Math.max(1, count) - 1, 0);
}

/** Queues the first block of `range` (its first `rows` rows) with `props`; read it after the caller's sync. */
export function queueFirstBlock(range: Excel.Range, props: readonly RowProp[], rows: number): Excel.Range {
  return rowsOf(range, 0, rows).load(props.join(","));
}

/** What a loaded block holds, rows beyond `keep` (past the table's end) dropped. */
export function blockRows(block: Excel.Range, props: readonly RowProp[], keep: number): RowsRead {
  const out: RowsRead = {};
  for (const p of props) out[p] = (block[p] as unknown[][]).slice(0, keep);
  return out;
}

/** The largest response one row of a block made, as JSON. */
function bytesPerRow(read: RowsRead, props: readonly RowProp[]): number {
  const rows = read[props[0]]?.length ?? 0;
  let largest = 1;
  for (let r = 0; r < rows; r++) {
    let bytes = 0;
    for (const p of props) bytes += jsonBytes(read[p]![r]) + 1;
    if (bytes > largest) largest = bytes;
  }
  return largest;
}

function isTooLarge(e: unknown): boolean {
  const text = e instanceof Error ? `${(e as { code?: string }).code ?? ""} ${e.message}` : String(e);
  return /payload|too large|size limit/i.test(text);
}

/**
 * The rows of `range` from `first` (already read: `read`) to `total`, appended to `read`, in
 * blocks within the response budget. Returns the syncs made.
 */
export async function readRemainingRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  props: readonly RowProp[],
  read: RowsRead,
  total: number,
  budget = RESPONSE_BUDGET_BYTES,
): Promise<number> {
  let syncs = 0;
  let next = read[props[0]]?.length ?? 0;
  let perRow = bytesPerRow(read, props);
  while (next < total) {
    let count = Math.min(total - next, Math.max(1, Math.floor(budget / (perRow * MARGIN))));
    for (;;) {
      const block = rowsOf(range, next, count).load(props.join(","));
      syncs++; // refused or not, a sync made
      try {
        // One sync per block is the point: a block is as much as one response may carry.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (count > 1 && isTooLarge(e)) {
          count = Math.ceil(count / 2);
          continue;
        }
        throw e;
      }
      const got = blockRows(block, props, count);
      for (const p of props) for (const row of got[p]!) read[p]!.push(row);
      perRow = Math.max(perRow, bytesPerRow(got, props));
      next += count;
      break;
    }
  }
  return syncs;
}
