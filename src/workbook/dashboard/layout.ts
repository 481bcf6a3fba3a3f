/* Small helpers shared by the dashboard and statement descriptions (pure). */
import { SheetLabels, fillLabel } from "../labels";
import { localSerialOf } from "../../engine/excelDates";
import type { CellBox, Cell, GridPlan, CellStyle } from "../sheetPlan";
import { pointsFor, widestDateText } from "../textWidth";

export { localSerialOf };

export function box(row: number, column: number, rows: number, columns: number): CellBox {
  return { row, column, rows, columns };
}

export function grid(
  row: number,
  column: number,
  rows: readonly (readonly Cell[])[],
  extra: { style?: CellStyle; columnFormats?: readonly (string | null)[]; formatDown?: number } = {},
): GridPlan {
  return { topLeft: { row, column }, rows, ...extra };
}

/** The ownership note every generated sheet carries in row 2, in the sheet's language. */
export function ownershipNote(labels: SheetLabels, programName: string, key: string, what: string): string {
  return fillLabel(labels.generatedOwnership, { program: programName.trim(), key, what });
}

type ColumnWidth = { readonly column: number; readonly width: number };

/** What a grid's cell shows at its widest: its text, or for a date the format's widest date. */
function shownText(cell: Cell, format: string | null | undefined): string {
  if (typeof cell === "object" && cell !== null && "text" in cell) return cell.text;
  return format ? (widestDateText(format) ?? "") : "";
}

/**
 * `widths` widened where a cell of `grids` (one-cell-wide labels, headers, dates) needs more, so
 * nothing there is cut or shows ####; other columns keep their width.
 */
export function widenToFit(widths: readonly ColumnWidth[], grids: readonly GridPlan[]): ColumnWidth[] {
  const need = new Map(widths.map((w) => [w.column, w.width]));
  for (const g of grids) {
    const bold = g.style === "header" || g.style === "caption";
    g.rows.forEach((row) =>
      row.forEach((cell, i) => {
        const column = g.topLeft.column + i;
        const points = pointsFor(shownText(cell, g.columnFormats?.[i]), bold);
        need.set(column, Math.max(need.get(column) ?? 0, points));
      }),
    );
  }
  return [...need.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width }));
}
