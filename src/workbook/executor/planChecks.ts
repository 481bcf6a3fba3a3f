/*
 * Checks of a plan against the workbook's names and Excel's limits, made before anything is
 * written, so a refusal leaves the workbook as it was. Pure: the caller reads the names.
 */
import { MAX_FORMULA_LENGTH } from "../excelLimits";
import type { ExistingNames } from "../names";
import { TEXT } from "../numberFormats";
import type { WorkbookPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { WorkbookWriteError } from "../writeError";
import type { InPlaceSheet, PlanOutline } from "./options";

/** A text-formatted cell keeps a formula as text: a calculated column must never be "@". */
export function assertNoTextFormulaColumns(plan: Pick<WorkbookPlan, "sheets">): void {
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    const bad = t.columns.find((c) => c.formula && c.numberFormat === TEXT);
    if (bad) throw new Error(`Internal error: the calculated column ${bad.header} of ${t.name} is formatted as text.`);
  }
}

/**
 * Excel refuses a formula over 8,192 characters (excelLimits.ts). Validated programs stay well
 * under it; a KPI name typed into the KPI table since could make a generated sheet's formulas
 * longer, so that is refused before anything is written, saying what to shorten.
 */
export function assertFormulaLengths(plan: Pick<WorkbookPlan, "sheets">): void {
  for (const sheet of plan.sheets) {
    let longest = 0;
    const measure = (cell: unknown) => {
      const f = typeof cell === "object" && cell !== null ? (cell as { formula?: unknown }).formula : undefined;
      if (typeof f === "string" && f.length > longest) longest = f.length;
    };
    for (const c of sheet.cells) measure(c.value);
    for (const t of sheet.tables) for (const col of t.columns) measure(col.formula ?? null);
    for (const g of sheet.grids ?? []) for (const row of g.rows) for (const cell of row) measure(cell);
    if (longest > MAX_FORMULA_LENGTH)
      throw new WorkbookWriteError(formatMessage("formulaTooLong", { sheet: sheet.name, length: longest }));
  }
}

/** The first name of the plan that is already in the workbook, as a sentence; null when all are free. */
export function nameClash(
  plan: Pick<PlanOutline, "sheets" | "names">,
  existing: ExistingNames,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): string | null {
  const sheets = new Set(existing.sheets.map((n) => n.toLowerCase()));
  const tables = new Set(existing.tables.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) {
    const own = inPlace.has(sheet.name.toLowerCase());
    if (own && !sheets.has(sheet.name.toLowerCase())) return formatMessage("sheetToRewriteGone", { sheet: sheet.name });
    if (!own && sheets.has(sheet.name.toLowerCase())) return formatMessage("sheetNameTaken", { sheet: sheet.name });
    for (const t of sheet.tables ?? []) {
      if (tables.has(t.name.toLowerCase())) return formatMessage("tableNameTaken", { table: t.name });
    }
  }
  for (const n of plan.names ?? []) {
    if (tables.has(n.name.toLowerCase())) return formatMessage("tableNameTaken", { table: n.name });
  }
  return null;
}
