/* Small helpers shared by the dashboard and statement descriptions (pure). */
import { SheetLabels, fillLabel } from "../labels";
import { localSerialOf } from "../../engine/excelDates";
import type { CellBox, Cell, GridPlan, CellStyle } from "../sheetPlan";

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
