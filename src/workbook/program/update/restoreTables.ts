/* global Excel */
/* After a failed edit: each table back to its snapshot (shape, then every cell as it was). */
import { rangeAddress } from "../../addresses";
import { BATCH_BUDGET_BYTES, CALL_OVERHEAD_BYTES, groupByBudget, jsonBytes, rowBlocks } from "../../requestBudget";
import { Input } from "./updateWrites";
import { Snapshots } from "./snapshots";
import { carried, lower } from "./tableWrites";

/** `untouched`: sheets the failed write could not have changed (protected since the read), left alone. */
export async function restoreTables(
  context: Excel.RequestContext,
  s: Snapshots,
  untouched: readonly string[] = [],
): Promise<boolean> {
  try {
    const all = [s.settings, s.kpis, s.tiers, s.data].filter((t) => !untouched.includes(t.sheet));
    const now = all.map((snap) => {
      const t = context.workbook.tables.getItem(snap.name);
      // Headers and size only: the whole data table's values could pass the 5 MB response limit.
      return { snap, t, range: t.getRange().load("rowCount"), top: t.getHeaderRowRange().load("values") };
    });
    await context.sync();
    const writes: { sheet: string; address: string; formats: Input[][]; formulas: Input[][] }[] = [];
    for (const { snap, t, range, top } of now) {
      const header = top.values[0].map(lower);
      const wanted = snap.values[0].map(lower);
      // Columns this write added go; columns it deleted come back where they were.
      header.forEach((h, i) => {
        if (!wanted.includes(h)) t.columns.getItem(String(top.values[0][i])).delete();
      });
      wanted.forEach((h, i) => {
        if (!header.includes(h)) t.columns.add(i, undefined, String(snap.values[0][i]));
      });
      const rows = range.rowCount - 1;
      const had = snap.values.length - 1;
      if (rows > had) for (let i = rows - 1; i >= had; i--) t.rows.getItemAt(i).delete();
      if (rows < had)
        t.rows.add(
          undefined,
          Array.from({ length: had - rows }, () => snap.values[0].map(() => "")),
        );
      // Every cell as it was, in row blocks: a large data table's snapshot passes the request limit.
      const width = snap.values[0].length;
      const cells = snap.values.map((r, i) => ({
        formats: snap.numberFormat[i] as Input[],
        formulas: r.map((_, c) => carried(snap, i, c)),
      }));
      const bytes = (r: (typeof cells)[number]) => jsonBytes(r.formats) + jsonBytes(r.formulas) + 2;
      for (const block of rowBlocks(cells, bytes, BATCH_BUDGET_BYTES - 4 * CALL_OVERHEAD_BYTES)) {
        writes.push({
          sheet: snap.sheet,
          address: rangeAddress(snap.row + block.start, snap.column, block.rows.length, width),
          formats: block.rows.map((r) => r.formats),
          formulas: block.rows.map((r) => r.formulas),
        });
      }
    }
    // The shape changes go with the first request; the cell writes fill requests within the budget.
    const size = (w: (typeof writes)[number]) => jsonBytes(w.formats) + jsonBytes(w.formulas) + 4 * CALL_OVERHEAD_BYTES;
    for (const batch of groupByBudget(writes, size)) {
      for (const w of batch) {
        const ws = context.workbook.worksheets.getItem(w.sheet);
        ws.getRange(w.address).numberFormat = w.formats;
        ws.getRange(w.address).formulas = w.formulas;
      }
      // One sync per request's worth: the restore is as large as the tables.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return true;
  } catch {
    return false;
  }
}
