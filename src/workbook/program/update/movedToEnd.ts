/*
 * A removed KPI's kept column that stands between the program's actual columns, moved to the data
 * table's end (planned here, pure): Gate met then reads the actuals as one span, [@[First]:[Last]],
 * exactly as a new program's does. Excel's tables cannot move a column, so it is deleted and added
 * again at the end with its cells as they were (values, formulas, number formats); a formula
 * elsewhere that read it shows #REF!, as after any deleted column (docs/workbook.md).
 */
import { rangeAddress } from "../../addresses";
import { CellWrite, ShapeOp } from "./updateWrites";
import { TableSnapshot } from "./snapshots";
import { carried, headerIndex } from "./tableWrites";

const indexIn = (cols: readonly string[], h: string) => cols.findIndex((c) => c.toLowerCase() === h.toLowerCase());

/** The kept columns that stand between the first and the last of the program's actual columns. */
export function betweenActuals(kept: readonly string[], actuals: readonly string[], cols: readonly string[]): string[] {
  const at = actuals.map((h) => indexIn(cols, h)).filter((i) => i >= 0);
  if (at.length < 2) return [];
  const [first, last] = [Math.min(...at), Math.max(...at)];
  return kept.filter((h) => indexIn(cols, h) > first && indexIn(cols, h) < last);
}

/** Plans the move of column `h` to the table's end: deleted, then added last under its header. */
export function moveToEnd(table: string, h: string, cols: string[], shape: ShapeOp[]): void {
  cols.splice(indexIn(cols, h), 1);
  shape.push({ kind: "deleteColumn", table, header: h });
  cols.push(h);
  shape.push({ kind: "addColumn", table, index: cols.length - 1, header: h });
}

/** The moved columns' cells, as the snapshot read them, written where each column ends up (`at`). */
export function movedCells(
  snap: TableSnapshot,
  moved: readonly string[],
  at: (h: string) => number,
  rows: number,
): CellWrite[] {
  return moved.flatMap((h): CellWrite[] => {
    const c = headerIndex(snap, h);
    const address = rangeAddress(snap.row + 1, snap.column + at(h), rows, 1);
    const body = Array.from({ length: rows }, (_, i) => i + 1);
    return [
      // Formats first: a text-formatted cell takes what follows as text.
      { sheet: snap.sheet, address, kind: "numberFormat", grid: body.map((r) => [String(snap.numberFormat[r][c])]) },
      { sheet: snap.sheet, address, kind: "formulas", grid: body.map((r) => [carried(snap, r, c)]) },
    ];
  });
}
