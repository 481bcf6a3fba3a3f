/* What a plan will add, for the review step: sheets, tables (columns, rows) and one formula per calculated column. */
import type { WritePreview } from "./contract";
import { WorkbookPlan, filledRows } from "./sheetPlan";

export function previewOf(plan: WorkbookPlan): WritePreview {
  return {
    sheets: plan.sheets.map((sheet) => ({
      name: sheet.name,
      tables: sheet.tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.header), rows: filledRows(t) })),
      formulas: sheet.tables.flatMap((t) =>
        t.columns.flatMap((c) => (c.formula ? [{ column: c.header, formula: c.formula.formula }] : [])),
      ),
    })),
  };
}
