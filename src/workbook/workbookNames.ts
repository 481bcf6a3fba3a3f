/* global Excel */
/* The sheet, table and defined names already in the workbook: one sync. */
import type { ExistingNames } from "./names";

export async function readExistingNames(context: Excel.RequestContext): Promise<ExistingNames> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => s.name),
    tables: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
  };
}
