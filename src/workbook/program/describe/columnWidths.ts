/* Column widths of a planned sheet, from its headers and first rows (pure). */
import { Cell, SheetPlan } from "../../sheetPlan";

/** Column widths from the headers and the first rows' contents, so the sheets open readable. */
export function withColumnWidths(sheet: SheetPlan): SheetPlan {
  const widths = new Map<number, number>();
  for (const table of sheet.tables) {
    table.columns.forEach((col, c) => {
      let chars = col.header.length;
      for (const row of table.rows.slice(0, 200)) chars = Math.max(chars, displayLength(row[c]));
      if (col.formula) chars = Math.max(chars, 10);
      const column = table.topLeft.column + c;
      const points = Math.min(260, Math.max(48, Math.round(chars * 6.5 + 14)));
      widths.set(column, Math.max(widths.get(column) ?? 0, points));
    });
  }
  // A width the sheet asks for itself (for rows written later) is kept when wider.
  for (const { column, width } of sheet.columnWidths) widths.set(column, Math.max(widths.get(column) ?? 0, width));
  const columnWidths = [...widths.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width }));
  return { ...sheet, columnWidths };
}

function displayLength(cell: Cell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "number") return 10;
  if (typeof cell === "boolean") return 5;
  if ("text" in cell) {
    // CJK characters are about twice as wide as Latin ones.
    let n = 0;
    for (const ch of cell.text) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
    return n;
  }
  return 10;
}
