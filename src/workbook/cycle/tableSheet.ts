/*
 * A cycle sheet that holds one table of the add-in's under a title and a note (the Periods table,
 * the Adjustments table), the header row kept in view.
 */
import { SheetPlan, SheetRole, TablePlan, text } from "../sheetPlan";

export interface TableSheetParts {
  readonly name: string;
  readonly role: SheetRole;
  readonly title: string;
  readonly note: string;
  readonly table: TablePlan;
  /** Column widths in points, from column A. */
  readonly widths: readonly number[];
}

export function tableSheet(s: TableSheetParts): SheetPlan {
  return {
    name: s.name,
    role: s.role,
    cells: [
      { row: 0, column: 0, value: text(s.title), style: "title" },
      { row: 1, column: 0, value: text(s.note), style: "note" },
    ],
    tables: [s.table],
    columnWidths: s.widths.map((width, column) => ({ column, width })),
    frozenRows: s.table.topLeft.row + 1,
  };
}
