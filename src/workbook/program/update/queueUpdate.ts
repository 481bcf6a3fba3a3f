/* global Excel */
/*
 * Queuing an edit's write: shape changes first (the addresses of the cell writes assume them),
 * then formats and values, then formulas.
 */
import { cellAddress, rangeAddress } from "../../addresses";
import { ExcelFeatures } from "../../excelFeatures";
import { UpdateWrites } from "./updateWrites";

export function queueUpdate(context: Excel.RequestContext, update: UpdateWrites, features: ExcelFeatures): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const tables = new Map<string, Excel.Table>();
  const table = (name: string) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = context.workbook.tables.getItem(name)));
    return t;
  };
  for (const op of update.shape) {
    switch (op.kind) {
      case "addRows":
        table(op.table).rows.add(
          undefined,
          Array.from({ length: op.rows }, () => Array.from({ length: op.width }, () => "")),
        );
        break;
      case "deleteRow":
        table(op.table).rows.getItemAt(op.index).delete();
        break;
      case "addColumn":
        table(op.table).columns.add(op.index, undefined, op.header);
        break;
      case "deleteColumn":
        table(op.table).columns.getItem(op.header).delete();
        break;
    }
  }
  for (const w of update.writes) {
    const range = sheet(w.sheet).getRange(w.address);
    if (w.kind === "numberFormat") range.numberFormat = w.grid;
    else if (w.kind === "formulas") range.formulas = w.grid;
    else range.values = w.grid;
  }
  for (const fill of update.fills) {
    const ws = sheet(fill.sheet);
    const first = ws.getRange(cellAddress(fill.row, fill.column));
    first.numberFormat = [[fill.format]];
    first.formulas = [[fill.formula]];
    if (fill.rows <= 1) continue;
    const rest = rangeAddress(fill.row + 1, fill.column, fill.rows - 1, 1);
    if (features.copyFrom) {
      ws.getRange(rest).copyFrom(first, "Formats");
      ws.getRange(rest).copyFrom(first, "Formulas");
    } else {
      ws.getRange(rest).numberFormat = Array.from({ length: fill.rows - 1 }, () => [fill.format]);
      ws.getRange(rest).formulas = Array.from({ length: fill.rows - 1 }, () => [fill.formula]);
    }
  }
}
