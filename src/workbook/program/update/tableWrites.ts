/*
 * Writes into one table of a snapshot (pure): a column's values and formats, rows added or
 * deleted at its end, a user's cell carried as it was.
 */
import { rangeAddress } from "../../addresses";
import { textInput, valueInput } from "../../cellInput";
import { ProgramNotWritableError } from "../notWritable";
import { GENERAL } from "../../numberFormats";
import { Cell } from "../../sheetPlan";
import { CellWrite, Input, ShapeOp } from "./updateWrites";
import { TableSnapshot } from "./snapshots";
import { formatMessage } from "../../words";

export const lower = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toLowerCase();

export function headerIndex(snap: TableSnapshot, header: string): number {
  const i = snap.values[0].findIndex((h) => lower(h) === header.toLowerCase());
  if (i < 0)
    throw new ProgramNotWritableError(formatMessage("updateColumnMissing", { table: snap.name, column: header }));
  return i;
}

export function cellInput(cell: Cell): Input {
  return cell === null ? "" : valueInput(cell);
}

/** A column's number format for data row r of a plan table. */
export function formatAt(format: string | readonly string[], r: number): string {
  return typeof format === "string" ? format : (format[r] ?? GENERAL);
}

/** Values and formats for one known column of a table, rows [from, from + cells.length). */
export function columnWrites(
  snap: TableSnapshot,
  column: number,
  cells: Cell[],
  formats: string[],
  from = 0,
): CellWrite[] {
  if (cells.length === 0) return [];
  const address = rangeAddress(snap.row + 1 + from, snap.column + column, cells.length, 1);
  return [
    // Formats first: a text-formatted cell takes what follows as text.
    { sheet: snap.sheet, address, kind: "numberFormat", grid: formats.map((f) => [f]) },
    { sheet: snap.sheet, address, kind: "values", grid: cells.map((c) => [cellInput(c)]) },
  ];
}

/** Adds or deletes rows at the table's end so its body has `wanted` rows. Returns the body rows before. */
export function resize(snap: TableSnapshot, wanted: number, shape: ShapeOp[]): number {
  const had = snap.values.length - 1;
  if (wanted > had) shape.push({ kind: "addRows", table: snap.name, rows: wanted - had, width: snap.values[0].length });
  for (let i = had - 1; i >= wanted; i--) shape.push({ kind: "deleteRow", table: snap.name, index: i });
  return had;
}

/**
 * A user's cell as it must be written to arrive as it was: a formula as its formula, a constant
 * as its value (text marked so it stays text). A text cell's formula reads as its text, so a cell
 * is a formula only when its formula differs from its value.
 */
export function carried(snap: TableSnapshot, r: number, c: number): Input {
  const f = snap.formulas[r]?.[c];
  const v = snap.values[r][c];
  if (typeof f === "string" && f.startsWith("=") && f !== v) return f;
  if (typeof v === "string") return textInput(v);
  return (v as Input) ?? "";
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}
