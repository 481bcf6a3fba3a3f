/*
 * How big one request to Excel may get. Office.js sends everything queued before a
 * context.sync() as one request, and Excel on the web refuses requests over 5 MB (SPEC §7: none
 * over 4 MB). So the writer estimates each queued call's bytes and, when the next call would
 * take the request past the budget, syncs first. Writes up to the budget take a constant number
 * of syncs; beyond it, one more sync per budget's worth of data.
 */

/** The SPEC's ceiling for one request. */
export const REQUEST_LIMIT_BYTES = 4_000_000;
/** What the writer fills a request to: the limit less room for Office.js's own request envelope. */
export const BATCH_BUDGET_BYTES = 3_500_000;
/** Office.js's bookkeeping per queued call (object path, action, ids), generously. */
export const CALL_OVERHEAD_BYTES = 400;

/** UTF-8 bytes of a string, as it travels in the request. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON in the request (strings escaped, numbers as text). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** Consecutive groups of items whose bytes stay within the budget; an item over the budget gets a group of its own. */
export function groupByBudget<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = BATCH_BUDGET_BYTES,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && used + bytes > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Row blocks of a 2-D payload, each within the budget (a block is at least one row). */
export function rowBlocks<T>(
  rows: readonly T[],
  bytesOfRow: (row: T) => number,
  budget = BATCH_BUDGET_BYTES,
): { start: number; rows: T[] }[] {
  const blocks: { start: number; rows: T[] }[] = [];
  let start = 0;
  for (const group of groupByBudget(rows, bytesOfRow, budget)) {
    blocks.push({ start, rows: group });
    start += group.length;
  }
  return blocks;
}
