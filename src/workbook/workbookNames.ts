/* global Excel */
/* The sheet, table and defined names already in the workbook, and which sheets are protected: one sync. */
import type { ExistingNames } from "./names";
import { queueProtectionRead } from "./protection/protectedSheets";

export async function readExistingNames(context: Excel.RequestContext): Promise<ExistingNames> {
  const existing = queueExistingNames(context.workbook);
  await context.sync();
  return existing();
}

/**
 * Queues the reads of the names (and of the sheets' protection, for the write that follows) in
 * the caller's sync; the function returns them after it.
 */
export function queueExistingNames(workbook: Excel.Workbook): () => ExistingNames {
  const { worksheets, tables, names } = workbook;
  names.load("items/name");
  const protection = queueProtectionRead(workbook);
  return () => ({
    sheets: worksheets.items.map((s) => s.name),
    tables: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    protection: protection(),
  });
}
