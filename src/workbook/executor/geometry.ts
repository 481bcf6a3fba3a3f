/* Where a plan's tables and grids sit on their sheet: pure arithmetic over the plan, no Office. */
import { rangeAddress } from "../addresses";
import { GENERAL } from "../numberFormats";
import type { CellBox, GridPlan, SheetPlan, TablePlan } from "../sheetPlan";

export function boxAddress(b: CellBox): string {
  return rangeAddress(b.row, b.column, b.rows, b.columns);
}

/** A table's header row and data rows. */
export function tableAddress(t: TablePlan): string {
  return rangeAddress(t.topLeft.row, t.topLeft.column, t.rows.length + 1, t.columns.length);
}

/** The widest row of a grid. A loop, not Math.max(...rows): spreading 10,000+ rows overflows the call stack. */
export function gridWidth(g: GridPlan): number {
  let width = 0;
  for (const r of g.rows) if (r.length > width) width = r.length;
  return width;
}

/** The block covering a sheet's grids and the rows they format or repeat into; null without grids. */
export function gridBounds(sheet: SheetPlan): CellBox | null {
  const grids = sheet.grids ?? [];
  if (grids.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const g of grids) {
    top = Math.min(top, g.topLeft.row);
    left = Math.min(left, g.topLeft.column);
    bottom = Math.max(bottom, g.topLeft.row + g.rows.length - 1 + (g.formatDown ?? 0));
    right = Math.max(right, g.topLeft.column + gridWidth(g) - 1);
  }
  const rep = sheet.repeat;
  if (rep && rep.times > 1) bottom = Math.max(bottom, rep.block.row + rep.block.rows * rep.times - 1);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Each cell's number format: the grid's per column or per cell, General where it gives none. */
export function gridFormats(g: GridPlan): string[][] | null {
  const width = gridWidth(g);
  if (g.columnFormats) {
    // One row shared by every row: 50,000 rows hold 50,000 references, not 50,000 arrays.
    const row = Array.from({ length: width }, (_, j) => g.columnFormats![j] ?? GENERAL);
    return Array.from({ length: g.rows.length }, () => row);
  }
  if (g.cellFormats)
    return g.rows.map((_, i) => Array.from({ length: width }, (_, j) => g.cellFormats![i]?.[j] ?? GENERAL));
  return null;
}

/** Runs of adjacent calculated columns: [first column index, formulas]. */
export function formulaRuns(t: TablePlan): { start: number; formulas: string[] }[] {
  const runs: { start: number; formulas: string[] }[] = [];
  t.columns.forEach((c, i) => {
    if (!c.formula) return;
    const run = runs[runs.length - 1];
    if (run && run.start + run.formulas.length === i) run.formulas.push(c.formula.formula);
    else runs.push({ start: i, formulas: [c.formula.formula] });
  });
  return runs;
}
