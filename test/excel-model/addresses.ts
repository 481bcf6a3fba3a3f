/*
 * A1 addresses: parsing, printing, moving relative references as a paste does. Excel's grid is
 * 1,048,576 rows by 16,384 columns (Excel specifications and limits,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
import type { Box } from "./types";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
const colNames: string[] = [];
/** 0 → "A", 27 → "AB" (remembered: a snapshot names every cell). */
export function colName(i: number): string {
  return (colNames[i] ??= letters(i));
}
function letters(i: number): string {
  let s = "";
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name))
    return name;
  return "'" + name.replace(/'/g, "''") + "'";
}
/** "'My sheet'!A1:B2" → { sheet: "My sheet", ref: "A1:B2" }; "A1" → { sheet: null, ref: "A1" }. */
export function splitSheet(address: unknown): { sheet: string | null; ref: string } {
  const s = String(address).trim().replace(/^=/, "");
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(s);
  if (m) return { sheet: m[1] != null ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
  return { sheet: null, ref: s };
}
/** "A1:C3" / "$A$1" / "A:C" / "2:4" → { r0, c0, r1, c1 } (0-based, inclusive) or null. */
export function parseRef(ref: unknown): Box | null {
  const parts = String(ref).replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const one = (p: string): { c: number | null; r: number | null } | null => {
    let m = /^([A-Z]{1,3})(\d{1,7})$/.exec(p);
    if (m) return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
    m = /^([A-Z]{1,3})$/.exec(p);
    if (m) return { c: colIndex(m[1]), r: null };
    m = /^(\d{1,7})$/.exec(p);
    if (m) return { c: null, r: Number(m[1]) - 1 };
    return null;
  };
  const a = one(parts[0]);
  const b = parts.length === 2 ? one(parts[1]) : a;
  if (!a || !b) return null;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return null;
  if (parts.length === 1 && (a.r === null || a.c === null)) return null;
  const box = {
    r0: a.r === null ? 0 : Math.min(a.r, b.r as number),
    r1: a.r === null ? MAX_ROWS - 1 : Math.max(a.r, b.r as number),
    c0: a.c === null ? 0 : Math.min(a.c, b.c as number),
    c1: a.c === null ? MAX_COLS - 1 : Math.max(a.c, b.c as number),
  };
  if (box.r0 < 0 || box.c0 < 0 || box.r1 >= MAX_ROWS || box.c1 >= MAX_COLS) return null;
  return box;
}
export function refOf(box: Box, absolute?: boolean): string {
  const d = absolute ? "$" : "";
  if (box.r0 === 0 && box.r1 === MAX_ROWS - 1) return `${d}${colName(box.c0)}:${d}${colName(box.c1)}`;
  if (box.c0 === 0 && box.c1 === MAX_COLS - 1) return `${d}${box.r0 + 1}:${d}${box.r1 + 1}`;
  const a = `${d}${colName(box.c0)}${d}${box.r0 + 1}`;
  if (box.r0 === box.r1 && box.c0 === box.c1) return a;
  return `${a}:${d}${colName(box.c1)}${d}${box.r1 + 1}`;
}
export function addressOf(sheet: { name: string }, box: Box, absolute?: boolean): string {
  return `${quoteSheet(sheet.name)}!${refOf(box, absolute)}`;
}
/**
 * Moves the relative A1 references of a formula by dr rows and dc columns, as pasting it
 * elsewhere does ($-anchored parts stay). Text in quotes and structured references ([…]) are
 * left alone.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (!dr && !dc) return formula;
  return formulaShifter(formula)(dr, dc);
}

/** A relative or absolute A1 reference found in a formula: `$`s, column index and row number as written. */
interface FormulaRef {
  colAbs: string;
  col: number;
  rowAbs: string;
  row: number;
}

const A1_REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.!\[])/y;

/**
 * shiftFormula for one formula pasted many times: the formula is read once, each shift only
 * prints its references (a paste over 100,000 cells reads the source formula once, not per cell).
 * Without a reference to move, every shift returns the formula itself.
 */
export function formulaShifter(formula: string): (dr: number, dc: number) => string {
  const f = formula;
  const literals: string[] = [];
  const refs: FormulaRef[] = [];
  let from = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < f.length && !(f[j] === ch && f[j + 1] !== ch)) j += f[j] === ch ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "'") {
          j++;
          continue;
        }
        if (f[j] === "[") depth++;
        else if (f[j] === "]" && --depth === 0) break;
      }
      i = j + 1;
      continue;
    }
    if (ch === "$" || (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z")) {
      A1_REF.lastIndex = i;
      const m = A1_REF.exec(f);
      const prev = i > 0 ? f[i - 1] : "";
      if (m && !/[A-Za-z0-9_.\\]/.test(prev)) {
        literals.push(f.slice(from, i));
        refs.push({ colAbs: m[1], col: colIndex(m[2]), rowAbs: m[3], row: Number(m[4]) });
        i += m[0].length;
        from = i;
        continue;
      }
    }
    i++;
  }
  if (refs.length === 0) return () => formula;
  literals.push(f.slice(from));
  return (dr, dc) => {
    if (!dr && !dc) return formula;
    let out = literals[0];
    for (let k = 0; k < refs.length; k++) {
      const r = refs[k];
      const col = r.colAbs ? r.col : r.col + dc;
      const row = r.rowAbs ? r.row : r.row + dr;
      out += (col < 0 || row < 1 ? "#REF!" : `${r.colAbs}${colName(col)}${r.rowAbs}${row}`) + literals[k + 1];
    }
    return out;
  };
}
export function rows(box: Box): number {
  return box.r1 - box.r0 + 1;
}
export function cols(box: Box): number {
  return box.c1 - box.c0 + 1;
}
export function overlaps(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
