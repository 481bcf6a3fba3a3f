import { IncentiveError, TierTable, parseTierTable } from "../engine";

/**
 * Tier tables parsed by content. A column of single-cell formulas calls a function once per row
 * with the same tier range, each time as a fresh array from Excel, so entries are matched by the
 * cells' values, not by identity. Comparing the cells is far cheaper than parsing and validating
 * again, but it is still every cell on every call: a cell anywhere in the range can make the
 * table invalid, so no cell can be left unread. A table that failed to parse is cached with its
 * error.
 */
const MAX_ENTRIES = 16;

interface Entry {
  readonly rows: number;
  readonly cols: number;
  /**
   * The cells' values, row by row, split by type so that each comparison site sees one type
   * (V8 then compares two doubles directly instead of calling its generic strict equality):
   * `nums` holds a number cell's value (NaN elsewhere, which no number equals), `strs` a text
   * cell's value, `text` what a cell is (`NOT_TEXT`, `EMPTY_TEXT` or `SOME_TEXT`), `others` any
   * other cell's value (a blank, TRUE/FALSE; `NOT_HERE` where the cell is a number or text).
   */
  readonly nums: Float64Array;
  readonly strs: readonly string[];
  readonly text: Uint8Array;
  readonly others: readonly unknown[];
  readonly result: TierTable | IncentiveError;
  /** The result when it is a table, else null. */
  readonly table: TierTable | null;
}

const NOT_TEXT = 0;
const EMPTY_TEXT = 1;
const SOME_TEXT = 2;

/** In `others` where the cell is a number or text: equal to no value a range can hold. */
const NOT_HERE: unknown = Object.freeze({});

/** Most recently used first. */
const entries: Entry[] = [];

/** The tier table in `cells`, parsed once per content; throws its error when it has one. */
export function cachedTierTable(cells: unknown): TierTable {
  return lookUp(cells, false);
}

/**
 * The same for a caller that never reads the tiers' labels (PAYOUT, RATE, GAP, BONUS, PRICE):
 * a label cell holding text matches any other non-empty text, so a call does not compare label
 * texts. What the labels can change for such a caller is compared as before: whether the cell
 * is blank (`""` is blank, and a row of blanks ends the table or is a gap) and every label that
 * is not text (a number, TRUE/FALSE: an error names it). The table that comes back may carry the
 * labels of an earlier call's range: never read `labels` (or `tierName`) from it — TIER and
 * EXPLAIN use `cachedTierTable`, which compares every text.
 */
export function cachedTierTableIgnoringLabels(cells: unknown): TierTable {
  return lookUp(cells, true);
}

function lookUp(cells: unknown, ignoreLabels: boolean): TierTable {
  let result: TierTable | IncentiveError;
  const hit = findEntry(cells, ignoreLabels);
  if (hit >= 0) {
    const entry = entries[hit];
    if (hit > 0) {
      entries.splice(hit, 1);
      entries.unshift(entry);
    }
    // A hit that parsed (every call of a column of single-cell formulas but the first): no
    // instanceof check on the way out.
    if (entry.table !== null) return entry.table;
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

function findEntry(cells: unknown, ignoreLabels: boolean): number {
  if (!Array.isArray(cells) || cells.length === 0 || !Array.isArray(cells[0])) return -1;
  const rows = cells.length;
  const cols = (cells[0] as unknown[]).length;
  // The label column of every row but the first (which is a header, or a tier compared in full).
  const labelColumn = ignoreLabels && cols === 3 ? 2 : -1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.rows === rows && entry.cols === cols && sameCells(cells, entry, labelColumn)) return i;
  }
  return -1;
}

/**
 * Every cell equal to the entry's (===; in `labelColumn` below the first row, text only as
 * empty or not), in one pass with no early shape search. This is what a call with a cached
 * table costs: rows × columns comparisons, each of one type (see `Entry`).
 * Excel passes a fresh array on every call (and a caller may change an array in place), so the
 * array's identity proves nothing and the content is always compared.
 */
function sameCells(cells: readonly unknown[], entry: Entry, labelColumn: number): boolean {
  const { nums, text, cols } = entry;
  // A tier table's own shapes, two or three columns, unrolled: the bound and the rate are
  // numbers in every row but a header.
  if (cols !== 2 && cols !== 3) return sameCellsAnyShape(cells, entry);
  const ignoreLabels = labelColumn === 2;
  for (let r = 0, k = 0; r < cells.length; r++, k += cols) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== cols) return false;
    const bound: unknown = row[0];
    if (typeof bound === "number" ? bound !== nums[k] : !sameOther(bound, entry, k)) return false;
    const rate: unknown = row[1];
    if (typeof rate === "number" ? rate !== nums[k + 1] : !sameOther(rate, entry, k + 1)) return false;
    if (cols === 3) {
      const label: unknown = row[2];
      if (typeof label === "string" && ignoreLabels && r > 0) {
        if (text[k + 2] !== (label.length === 0 ? EMPTY_TEXT : SOME_TEXT)) return false;
      } else if (typeof label === "number" ? label !== nums[k + 2] : !sameOther(label, entry, k + 2)) return false;
    }
  }
  return true;
}

/** A cell that is not a number against the entry's cell `k`. */
function sameOther(v: unknown, entry: Entry, k: number): boolean {
  return typeof v === "string" ? entry.text[k] !== NOT_TEXT && v === entry.strs[k] : v === entry.others[k];
}

/** Any other shape (which never parses, but its error is cached too), cell by cell. */
function sameCellsAnyShape(cells: readonly unknown[], entry: Entry): boolean {
  const { nums, cols } = entry;
  let k = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== cols) return false;
    for (let c = 0; c < cols; c++, k++) {
      const v: unknown = row[c];
      if (typeof v === "number" ? v !== nums[k] : !sameOther(v, entry, k)) return false;
    }
  }
  return true;
}

function remember(cells: unknown, result: TierTable | IncentiveError): void {
  if (!Array.isArray(cells) || cells.length === 0 || !Array.isArray(cells[0])) return;
  const rows = cells.length;
  const cols = (cells[0] as unknown[]).length;
  const nums = new Float64Array(rows * cols);
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const strs: string[] = new Array(rows * cols);
  const text = new Uint8Array(rows * cols);
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const others: unknown[] = new Array(rows * cols);
  let k = 0;
  for (const row of cells) {
    if (!Array.isArray(row) || row.length !== cols) return;
    for (const v of row) {
      // Only plain values: an error object's identity says nothing about its content.
      if (v !== null && v !== undefined && typeof v === "object") return;
      nums[k] = typeof v === "number" ? v : NaN;
      strs[k] = typeof v === "string" ? v : "";
      text[k] = typeof v !== "string" ? NOT_TEXT : v.length === 0 ? EMPTY_TEXT : SOME_TEXT;
      others[k] = typeof v === "number" || typeof v === "string" ? NOT_HERE : v;
      k++;
    }
  }
  const table = result instanceof IncentiveError ? null : result;
  entries.unshift({ rows, cols, nums, strs, text, others, result, table });
  if (entries.length > MAX_ENTRIES) entries.pop();
}

/** For tests: forget every cached table. */
export function clearTierCache(): void {
  entries.length = 0;
}

export function tierCacheSize(): number {
  return entries.length;
}
