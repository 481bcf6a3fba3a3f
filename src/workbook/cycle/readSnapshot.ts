/* global Excel */
/*
 * A snapshot sheet read back: its cells from the first snapshot row down, in blocks within the
 * response budget (chunkedRead.ts), turned back into the engine's stored rows — each row by the
 * layout its kind cell names (header rows and anything else are skipped), its fingerprint from
 * column B — with where on the sheet each row is, so a finding can name its cells.
 */
import { StoredRow, fieldsFromCells, rowLayoutFor } from "../../engine";
import { FIRST_BLOCK_ROWS, blockRows, queueFirstBlock, readRemainingRows } from "../chunkedRead";
import { SNAPSHOT_FIRST_ROW } from "./describeSnapshot";

/** A stored row and the sheet row (zero-based) it was read from. */
export interface PlacedRow extends StoredRow {
  readonly sheetRow: number;
}

/** The rows of a snapshot from its sheet's values (`values[0]` is the sheet's row `firstRow`). */
export function storedRows(values: readonly (readonly unknown[])[], firstRow = SNAPSHOT_FIRST_ROW): PlacedRow[] {
  const kpis = values.filter((v) => /^kpi \d+$/.test(String(v[0] ?? ""))).length;
  const plan = values.find((v) => v[0] === "plan");
  // The plan row's decimals (its fourth field, column E) round every amount read back.
  const decimals = plan && typeof plan[4] === "number" ? plan[4] : 2;
  const out: PlacedRow[] = [];
  values.forEach((v, i) => {
    const layout = rowLayoutFor(v[0], kpis);
    if (!layout) return;
    const cells = [v[0], ...v.slice(2, layout.length + 1)];
    out.push({
      fields: fieldsFromCells(layout, cells, decimals),
      fingerprint: String(v[1] ?? ""),
      sheetRow: firstRow + i,
    });
  });
  return out;
}

/** Reads a snapshot sheet's rows (null when the sheet is gone), and the syncs it took: three, more for a large snapshot. */
export async function readSnapshotSheet(
  context: Excel.RequestContext,
  sheet: string,
): Promise<{ rows: PlacedRow[] | null; syncs: number }> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  // Only a sheet that exists is asked for its used range: nothing is queued on a null object.
  if (ws.isNullObject) return { rows: null, syncs: 1 };
  const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  if (used.isNullObject) return { rows: [], syncs: 2 };
  const lastRow = used.rowIndex + used.rowCount - 1;
  const rows = lastRow - SNAPSHOT_FIRST_ROW + 1;
  if (rows <= 0) return { rows: [], syncs: 2 };
  const width = used.columnIndex + used.columnCount;
  const range = ws.getRangeByIndexes(SNAPSHOT_FIRST_ROW, 0, rows, width);
  const first = queueFirstBlock(range, ["values"], Math.min(rows, FIRST_BLOCK_ROWS.values));
  await context.sync();
  const read = blockRows(first, ["values"], Math.min(rows, FIRST_BLOCK_ROWS.values));
  const more = await readRemainingRows(context, range, ["values"], read, rows);
  return { rows: storedRows(read.values!), syncs: 3 + more };
}
