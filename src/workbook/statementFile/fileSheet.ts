/*
 * A partner's statement file, described: the one sheet of a values-only statement (a SheetPlan
 * from valuesOnlyStatement.ts) flattened into the cells an .xlsx holds — each cell's value,
 * number format and look — with the column widths. Pure: spreadsheetML.ts writes it as XML.
 *
 * What Office.js would do on a sheet is done here once, in the data: a grid's formats and style,
 * the repeated block's formats copied below it, and the "missed gate" highlight (a conditional
 * format on the sheet) applied to the cells whose text has it, since a values-only file never changes.
 */
import { CellStyle, SheetPlan, isFormula, isText } from "../sheetPlan";
import type { Cell } from "../sheetPlan";

/** How a cell looks: a plan's style, or the highlight of a cell that says a gate was missed. */
export type FileCellLook = CellStyle | "flag";

export interface FileCell {
  readonly row: number;
  readonly column: number;
  /** A number, a boolean or text; a blank cell that only carries a format or a look is null. */
  readonly value: number | boolean | string | null;
  readonly format: string | null;
  readonly look: FileCellLook | null;
}

export interface FileSheet {
  readonly name: string;
  /** Row by row, left to right; only cells with a value, a format or a look. */
  readonly cells: readonly FileCell[];
  /** Column widths in points, as the plan gives them. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly landscape: boolean;
}

interface Slot {
  value: number | boolean | string | null;
  format: string | null;
  look: FileCellLook | null;
}

/** The sheet's cells as a file holds them. Refuses a formula: a statement file holds values only. */
export function describeFileSheet(sheet: SheetPlan): FileSheet {
  const slots = new Map<string, Slot & { row: number; column: number }>();
  const slot = (row: number, column: number) => {
    const k = `${row}:${column}`;
    let s = slots.get(k);
    if (!s) slots.set(k, (s = { row, column, value: null, format: null, look: null }));
    return s;
  };
  const put = (row: number, column: number, cell: Cell) => {
    if (cell === null) return;
    if (isFormula(cell)) throw new Error(`A statement file holds values only: ${sheet.name} has a formula.`);
    slot(row, column).value = isText(cell) ? cell.text : cell;
  };

  for (const c of sheet.cells) {
    put(c.row, c.column, c.value);
    slot(c.row, c.column).look = c.style;
  }
  for (const g of sheet.grids ?? []) {
    g.rows.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        const row = g.topLeft.row + i;
        const column = g.topLeft.column + j;
        put(row, column, cell);
        const format = g.columnFormats ? g.columnFormats[j] : g.cellFormats?.[i]?.[j];
        if (format) slot(row, column).format = format;
        if (g.style) slot(row, column).look = g.style;
      }),
    );
  }
  copyRepeatedFormats(sheet, slots, slot);
  for (const cf of sheet.conditionalFormats ?? []) {
    if (cf.kind !== "textContains") continue;
    for (const s of slots.values()) {
      const r = cf.range;
      const inside =
        s.row >= r.row && s.row < r.row + r.rows && s.column >= r.column && s.column < r.column + r.columns;
      if (inside && typeof s.value === "string" && s.value.includes(cf.text)) s.look = "flag";
    }
  }

  const cells = [...slots.values()]
    .filter((s) => s.value !== null || s.format !== null || s.look !== null)
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ row, column, value, format, look }) => ({ row, column, value, format, look }));
  return {
    name: sheet.name,
    cells,
    columnWidths: sheet.columnWidths,
    landscape: sheet.print?.orientation === "landscape",
  };
}

/** The repeated block's formats and looks, copied below it as Range.copyFrom would (its values are the plan's own). */
function copyRepeatedFormats(
  sheet: SheetPlan,
  slots: Map<string, Slot & { row: number; column: number }>,
  slot: (row: number, column: number) => Slot,
): void {
  const rep = sheet.repeat;
  if (!rep || rep.times <= 1) return;
  const b = rep.block;
  const inBlock = [...slots.values()].filter(
    (s) => s.row >= b.row && s.row < b.row + b.rows && s.column >= b.column && s.column < b.column + b.columns,
  );
  for (let k = 1; k < rep.times; k++) {
    for (const s of inBlock) {
      const to = slot(s.row + k * b.rows, s.column);
      to.format = s.format;
      to.look = s.look;
      if (rep.copy !== "Formats") to.value = s.value;
    }
  }
}
