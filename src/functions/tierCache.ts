import { IncentiveError, TierTable, parseTierTable } from "../engine";

/**
 * Tier tables parsed by content. A column of single-cell formulas calls a function once per row
 * with the same tier range, each time as a fresh array from Excel, so entries are matched by the
 * cells' values, not by identity. Comparing a handful of cells is far cheaper than parsing and
 * validating again. A table that failed to parse is cached with its error.
 */
const MAX_ENTRIES = 16;

interface Entry {
  readonly rows: number;
  readonly cols: number;
  /** The cells' values, row by row. */
  readonly cells: readonly unknown[];
  readonly result: TierTable | IncentiveError;
}

/** Most recently used first. */
const entries: Entry[] = [];

export function cachedTierTable(cells: unknown): TierTable {
  let result: TierTable | IncentiveError;
  const hit = findEntry(cells);
  if (hit >= 0) {
    const entry = entries[hit];
    if (hit > 0) {
      entries.splice(hit, 1);
      entries.unshift(entry);
    }
    result = entry.result;
  } else {
    try {
      result = parseTierTable(cells as unknown[][]);
    } catch (e) {
      // Errors that carry an input error value are not cached: they depend on the input as it is.
      if (!(e instanceof IncentiveError) || e.passthrough !== undefined) throw e;
      result = e;
    }
    remember(cells, result);
  }
  if (result instanceof IncentiveError) throw result;
  return result;
}

function findEntry(cells: unknown): number {
  if (!Array.isArray(cells) || cells.length === 0 || !Array.isArray(cells[0])) return -1;
  const rows = cells.length;
  const cols = (cells[0] as unknown[]).length;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.rows === rows && entry.cols === cols && sameCells(cells, entry)) return i;
  }
  return -1;
}

/**
 * Every cell equal to the entry's, in one pass with no early shape search. This is what a call
 * with a cached table costs: rows × columns strict comparisons. Excel passes a fresh array on
 * every call (and a caller may change an array in place), so the array's identity proves nothing
 * and the content is always compared.
 */
function sameCells(cells: readonly unknown[], entry: Entry): boolean {
  const flat = entry.cells;
  const cols = entry.cols;
  let k = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== cols) return false;
    for (let c = 0; c < cols; c++) if (row[c] !== flat[k++]) return false;
  }
  return true;
}

function remember(cells: unknown, result: TierTable | IncentiveError): void {
  if (!Array.isArray(cells) || cells.length === 0 || !Array.isArray(cells[0])) return;
  const cols = (cells[0] as unknown[]).length;
  const flat: unknown[] = [];
  for (const row of cells) {
    if (!Array.isArray(row) || row.length !== cols) return;
    for (const v of row) {
      // Only plain values: an error object's identity says nothing about its content.
      if (v !== null && v !== undefined && typeof v === "object") return;
      flat.push(v);
    }
  }
  entries.unshift({ rows: cells.length, cols, cells: flat, result });
  if (entries.length > MAX_ENTRIES) entries.pop();
}

/** For tests: forget every cached table. */
export function clearTierCache(): void {
  entries.length = 0;
}

export function tierCacheSize(): number {
  return entries.length;
}
