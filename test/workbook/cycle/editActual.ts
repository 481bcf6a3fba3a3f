/*
 * Late data, as the cycle and dashboard tests make it: a partner's actual edited by the user in the
 * program's data table (the row whose first cell is exactly the partner's ID, so "0012" never finds
 * "12"; the first cell of that row holding the value it had), typed as Excel takes it.
 */
import type { ModelExcel } from "../../excel-model/fakeExcelFacade";

export function editActual(excel: ModelExcel, dataTable: string, id: string, from: number, to: number): void {
  const table = excel.table(dataTable);
  const values = table.values();
  const r = values.findIndex((v) => v[0] === id);
  const c = values[r].indexOf(from);
  excel.userEdit(table.sheet.name, `${String.fromCharCode(65 + table.box.column + c)}${table.box.row + r + 1}`, [[to]]);
}
