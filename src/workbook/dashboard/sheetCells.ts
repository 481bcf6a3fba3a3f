/* Every cell a sheet plan writes, as one list: for tests and previews. */
import type { Cell, SheetPlan } from "../sheetPlan";

/** Every cell of a sheet plan's grids and plain cells, for tests and previews. */
export function allCells(sheet: SheetPlan): { row: number; column: number; value: Cell }[] {
  const out: { row: number; column: number; value: Cell }[] = sheet.cells.map((c) => ({ ...c }));
  for (const g of sheet.grids ?? []) {
    g.rows.forEach((row, i) =>
      row.forEach((value, j) => out.push({ row: g.topLeft.row + i, column: g.topLeft.column + j, value })),
    );
  }
  return out;
}
