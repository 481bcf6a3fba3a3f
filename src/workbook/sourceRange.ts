/*
 * Partner results in a plain range of cells rather than an Excel table ("'Sales data'!A1:D61"):
 * the address the user gave or selected, read strictly and written back only in a canonical form
 * the add-in builds itself (sheet name always quoted, quotes doubled, absolute cells), so text
 * typed as an address can never inject anything into a formula. The first row holds the headers;
 * the rows below it are the partners.
 */
import { columnLetters } from "./addresses";

export interface SheetRange {
  readonly sheet: string;
  /** Zero-based: the header row and the first column. */
  readonly top: number;
  readonly left: number;
  /** Zero-based, inclusive: the last partner row and the last column. */
  readonly bottom: number;
  readonly right: number;
}

/** Why an address cannot be a source; null when it can. */
export type RangeProblem = "notAnAddress" | "noSheet" | "tooSmall" | "tooLarge" | "wholeColumns";

/**
 * More partner rows than this is a selection run to the sheet's end, not partner data (a
 * program over 100,000 partners should use a table).
 */
export const MAX_RANGE_ROWS = 100_000;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The sheet part: 'quoted, with '' for a quote' or a plain name (no spaces or punctuation Excel would quote). */
const SHEET = /^(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/u;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Reads "'Sales data'!$A$1:$D$61" or "Sheet1!A1:D61"; the sheet must be named. */
export function parseSourceRange(text: string): { ok: true; range: SheetRange } | { ok: false; problem: RangeProblem } {
  const t = text.trim();
  const sheetMatch = SHEET.exec(t);
  if (!sheetMatch)
    return { ok: false, problem: /!/.test(t) ? "notAnAddress" : isCellsOnly(t) ? "noSheet" : "notAnAddress" };
  const sheet = sheetMatch[1] !== undefined ? sheetMatch[1].replace(/''/g, "'") : sheetMatch[2];
  const cells = t.slice(sheetMatch[0].length);
  if (COLUMNS.test(cells)) return { ok: false, problem: "wholeColumns" };
  const [a, b, extra] = cells.split(":");
  if (extra !== undefined || a === undefined) return { ok: false, problem: "notAnAddress" };
  const first = CELL.exec(a);
  const last = CELL.exec(b ?? a);
  if (!first || !last) return { ok: false, problem: "notAnAddress" };
  const rows = [Number(first[2]) - 1, Number(last[2]) - 1];
  const cols = [columnIndex(first[1]), columnIndex(last[1])];
  if (rows.some((r) => r < 0 || r >= MAX_ROWS) || cols.some((c) => c < 0 || c >= MAX_COLUMNS))
    return { ok: false, problem: "notAnAddress" };
  const range: SheetRange = {
    sheet,
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
  // A header row and one partner row at least.
  if (range.bottom === range.top) return { ok: false, problem: "tooSmall" };
  if (range.bottom - range.top > MAX_RANGE_ROWS) return { ok: false, problem: "tooLarge" };
  return { ok: true, range };
}

function isCellsOnly(t: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(t) || COLUMNS.test(t);
}

/** The sheet as a formula names it: always quoted, quotes doubled ('Sales data', 'Bob''s'). */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

const absolute = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;

/** The canonical address the add-in stores and shows: 'Sales data'!$A$1:$D$61. */
export function rangeText(r: SheetRange): string {
  return `${quotedSheet(r.sheet)}!${absolute(r.top, r.left)}:${absolute(r.bottom, r.right)}`;
}

/** The address of the block on its sheet, without the sheet: A1:D61 (for worksheet.getRange). */
export function rangeCells(r: SheetRange): string {
  return `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/** The partner rows of the range's column `index` (0 = its first column): 'Sales data'!$C$2:$C$61. */
export function rangeColumnRef(r: SheetRange, index: number): string {
  const c = r.left + index;
  return `${quotedSheet(r.sheet)}!${absolute(r.top + 1, c)}:${absolute(r.bottom, c)}`;
}
