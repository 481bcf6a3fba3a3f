/* global Excel */
/*
 * The one place a WorkbookPlan becomes Office.js calls. The plan is compiled into small steps
 * (each with an estimate of the bytes it adds to a request), the steps are grouped into batches
 * within the request budget, and each batch is one context.sync():
 *
 *   1 sync   check that every sheet and table name is still free (skipped when the caller has
 *            just read the names in the same Excel.run);
 *   W syncs  add the sheets and write them (W = 1 up to the budget, +1 per budget's worth beyond);
 *   1 sync   recalculate the new tables and show the data sheet.
 *
 * Calculated columns and uniform number formats are written once in the first data row and
 * copied down with Range.copyFrom, so their size does not grow with the partner count; only the
 * partners' own values do. If anything fails, the sheets this call added are deleted and the
 * error says, in plain words, what failed.
 */
import { cellAddress, columnAddress, rangeAddress } from "./addresses";
import { textInput, valueInput } from "./cellInput";
import { ExcelFeatures, detectExcelFeatures } from "./excelFeatures";
import type { ExistingNames } from "./names";
import { GENERAL, TEXT } from "./numberFormats";
import { OWNER_PROPERTY, ownerMarkValue } from "./ownership";
import {
  BATCH_BUDGET_BYTES,
  CALL_OVERHEAD_BYTES,
  groupByBudget,
  jsonBytes,
  rowBlocks,
  utf8Bytes,
} from "./requestBudget";
import { PlainCell, SheetPlan, TablePlan, WorkbookPlan, isFormula } from "./sheetPlan";
import { readExistingNames } from "./workbookNames";

export interface ApplyOptions {
  /** Names read from the workbook earlier in the same Excel.run: the name check then needs no sync of its own. */
  readonly existing?: ExistingNames;
  /** The host's optional APIs; detected from Office's requirement sets when not given. */
  readonly features?: ExcelFeatures;
  /** Bytes one request may carry (default BATCH_BUDGET_BYTES, under the SPEC's 4 MB). */
  readonly budgetBytes?: number;
}

export interface AppliedPlan {
  readonly sheets: readonly string[];
  /** context.sync() calls made. */
  readonly syncs: number;
}

/** A write that failed or was refused; the message is meant for the user as it is. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

/** One piece of the write: what it does (for messages), its request bytes, and the calls it queues. */
interface Step {
  readonly what: string;
  readonly bytes: number;
  run(sheets: Map<string, Excel.Worksheet>, context: Excel.RequestContext): void;
}

export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<AppliedPlan> {
  const features = options.features ?? detectExcelFeatures();
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  // Compiling the steps checks every cell, so a bad plan fails before anything is written.
  const batches = groupByBudget(compileSteps(plan, features, budget), (s) => s.bytes, budget);
  let syncs = 0;

  let existing = options.existing;
  if (!existing) {
    try {
      existing = await readExistingNames(context);
      syncs++;
    } catch (e) {
      throw new WorkbookWriteError(
        `Could not read the workbook's sheet and table names (${reason(e)}). Nothing was written.`,
      );
    }
  }
  const clash = nameClash(plan, existing);
  if (clash) throw new WorkbookWriteError(`${clash} Nothing was written: review the program again to get fresh names.`);

  const added = new Map<string, Excel.Worksheet>();
  let doing = "starting the write";
  try {
    for (const batch of batches) {
      doing = describeBatch(batch);
      suspendWhileWriting(context, features);
      for (const step of batch) step.run(added, context);
      // One sync per batch is the point: a batch is as much as one request may carry.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    }
    doing = "recalculating the new tables";
    finish(plan, added, features);
    await context.sync();
    syncs++;
  } catch (e) {
    const left = await removeAddedSheets(
      context,
      plan.sheets.map((s) => s.name),
    );
    const outcome =
      left.length === 0
        ? "The workbook is as it was: the sheets this write had started to add were removed."
        : `The add-in could not remove the sheets it had added (${left.map((n) => `“${n}”`).join(", ")}); please delete them.`;
    throw new WorkbookWriteError(
      `Excel could not finish writing “${plan.programName}” while ${doing}: ${reason(e)}. ${outcome}`,
    );
  }
  return { sheets: plan.sheets.map((s) => s.name), syncs };
}

/** The first name of the plan that is already in the workbook, as a sentence; null when all are free. */
function nameClash(plan: WorkbookPlan, existing: ExistingNames): string | null {
  const sheets = new Set(existing.sheets.map((n) => n.toLowerCase()));
  const tables = new Set(existing.tables.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) {
    if (sheets.has(sheet.name.toLowerCase())) return `The workbook already has a sheet named “${sheet.name}”.`;
    for (const t of sheet.tables) {
      if (tables.has(t.name.toLowerCase())) return `The workbook already has a table or name called ${t.name}.`;
    }
  }
  return null;
}

/** Calculation and screen updating pause until the next sync; asked for again before every batch. */
function suspendWhileWriting(context: Excel.RequestContext, features: ExcelFeatures): void {
  if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * After the writes: calculation was suspended, so the new tables are calculated (only those:
 * the user's own sheets are left to Excel's calculation mode), and the data sheet is shown.
 */
function finish(plan: WorkbookPlan, added: Map<string, Excel.Worksheet>, features: ExcelFeatures): void {
  if (features.suspendCalculation) {
    for (const sheet of plan.sheets) {
      const ws = added.get(sheet.name)!;
      for (const t of sheet.tables) {
        if (t.columns.some((c) => c.formula)) ws.getRange(tableAddress(t)).calculate();
      }
    }
  }
  added.get(plan.activeSheet)?.activate();
}

/** Deletes the plan's sheets that exist now (their names were free before this write). Returns those it could not delete. */
async function removeAddedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  try {
    const found = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    found.forEach((f) => f.sheet.load("isNullObject"));
    await context.sync();
    const present = found.filter((f) => !f.sheet.isNullObject);
    if (present.length === 0) return [];
    present.forEach((f) => f.sheet.delete());
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}

function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return message.trim().replace(/\.$/, "") || "an unknown error";
}

function describeBatch(batch: readonly Step[]): string {
  const whats = [...new Set(batch.map((s) => s.what))];
  return whats.length <= 3 ? whats.join(", ") : `${whats.slice(0, 2).join(", ")} and ${whats.length - 2} more steps`;
}

// ---------------------------------------------------------------------------------------------
// Compiling a plan into steps. Order matters: sheets and tables first (formulas refer to tables
// on other sheets, and text formats must be set before text is written), then values, then
// formulas, then layout.

function compileSteps(plan: WorkbookPlan, features: ExcelFeatures, budget: number): Step[] {
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    const bad = t.columns.find((c) => c.formula && c.numberFormat === TEXT);
    // A text-formatted cell keeps a formula as text: a calculated column must never be "@".
    if (bad) throw new Error(`Internal error: the calculated column ${bad.header} of ${t.name} is formatted as text.`);
  }
  const structure: Step[] = [];
  const values: Step[] = [];
  const formulas: Step[] = [];
  const layout: Step[] = [];
  for (const sheet of plan.sheets) {
    structure.push(addSheetStep(sheet, plan.key, features), cellsStep(sheet));
    for (const table of sheet.tables) {
      structure.push(...tableSteps(sheet, table, features, budget));
      values.push(...valueSteps(sheet, table, budget));
      formulas.push(...formulaSteps(sheet, table, features, budget));
    }
    layout.push(layoutStep(sheet));
  }
  return [...structure, ...values, ...formulas, ...layout];
}

function sheetOf(sheets: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  const ws = sheets.get(name);
  if (!ws) throw new Error(`the sheet “${name}” was not added`);
  return ws;
}

function addSheetStep(sheet: SheetPlan, key: string, features: ExcelFeatures): Step {
  const mark = ownerMarkValue({ key, role: sheet.role });
  return {
    what: `adding the sheet “${sheet.name}”`,
    bytes: 3 * CALL_OVERHEAD_BYTES + utf8Bytes(sheet.name) + utf8Bytes(mark),
    run(sheets, context) {
      const ws = context.workbook.worksheets.add(sheet.name);
      sheets.set(sheet.name, ws);
      if (features.customProperties) ws.customProperties.add(OWNER_PROPERTY, mark);
    },
  };
}

/** Titles, notes and the captions above tables. */
function cellsStep(sheet: SheetPlan): Step {
  const captions: PlainCell[] = sheet.tables.flatMap((t) =>
    t.caption === null
      ? []
      : [{ row: t.topLeft.row - 1, column: t.topLeft.column, style: "caption" as const, value: { text: t.caption } }],
  );
  const cells = [...sheet.cells, ...captions];
  const inputs = cells.map((c) => (isFormula(c.value) ? c.value.formula : valueInput(c.value)));
  return {
    what: `writing the titles on “${sheet.name}”`,
    bytes: cells.length * 4 * CALL_OVERHEAD_BYTES + jsonBytes(inputs),
    run(sheets) {
      const ws = sheetOf(sheets, sheet.name);
      cells.forEach((cell, i) => {
        const range = ws.getRange(cellAddress(cell.row, cell.column));
        if (isFormula(cell.value)) range.formulas = [[inputs[i]]];
        else range.values = [[inputs[i]]];
        if (cell.style === "title") {
          range.format.font.bold = true;
          range.format.font.size = 14;
        } else if (cell.style === "caption") {
          range.format.font.bold = true;
        } else {
          range.format.font.italic = true;
          range.format.font.color = "#595959";
        }
      });
    },
  };
}

function tableAddress(t: TablePlan): string {
  return rangeAddress(t.topLeft.row, t.topLeft.column, t.rows.length + 1, t.columns.length);
}

/** The header row, the number formats (before any value, so text columns take text), and the table itself. */
function tableSteps(sheet: SheetPlan, t: TablePlan, features: ExcelFeatures, budget: number): Step[] {
  const { row, column } = t.topLeft;
  const n = t.rows.length;
  const headers = t.columns.map((c) => textInput(c.header));
  const uniform = t.columns.map((c) => (typeof c.numberFormat === "string" ? c.numberFormat : GENERAL));
  const perRow = t.columns.flatMap((c, i) =>
    typeof c.numberFormat === "string" ? [] : [{ i, formats: c.numberFormat }],
  );
  const firstRow = rangeAddress(row + 1, column, 1, t.columns.length);
  const steps: Step[] = [
    {
      what: `setting up the table ${t.name}`,
      bytes: 3 * CALL_OVERHEAD_BYTES + jsonBytes(headers),
      run(sheets) {
        sheetOf(sheets, sheet.name).getRange(rangeAddress(row, column, 1, t.columns.length)).values = [headers];
      },
    },
  ];
  if (features.copyFrom || n === 1) {
    steps.push({
      what: `setting up the table ${t.name}`,
      bytes: 5 * CALL_OVERHEAD_BYTES + jsonBytes(uniform),
      run(sheets) {
        const ws = sheetOf(sheets, sheet.name);
        ws.getRange(firstRow).numberFormat = [uniform];
        // Ranges, not address strings: an address without a sheet would be read on the active sheet.
        if (n > 1)
          ws.getRange(rangeAddress(row + 2, column, n - 1, t.columns.length)).copyFrom(
            ws.getRange(firstRow),
            "Formats",
          );
      },
    });
  } else {
    // Without copyFrom, every row carries its formats: row blocks within the budget.
    const rows = Array.from({ length: n }, () => uniform);
    for (const block of rowBlocks(rows, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES)) {
      steps.push({
        what: `setting the number formats of ${t.name}`,
        bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
        run(sheets) {
          sheetOf(sheets, sheet.name).getRange(
            rangeAddress(row + 1 + block.start, column, block.rows.length, t.columns.length),
          ).numberFormat = block.rows;
        },
      });
    }
  }
  for (const { i, formats } of perRow) {
    const cells = formats.map((f) => [f]);
    steps.push({
      what: `setting up the table ${t.name}`,
      bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(cells),
      run(sheets) {
        sheetOf(sheets, sheet.name).getRange(rangeAddress(row + 1, column + i, n, 1)).numberFormat = cells;
      },
    });
  }
  steps.push({
    what: `setting up the table ${t.name}`,
    bytes: 4 * CALL_OVERHEAD_BYTES + utf8Bytes(t.name),
    run(sheets) {
      const ws = sheetOf(sheets, sheet.name);
      const table = ws.tables.add(ws.getRange(tableAddress(t)), true);
      table.name = t.name;
    },
  });
  return steps;
}

/** The data rows' own values (not the calculated columns), in row blocks within the budget. */
function valueSteps(sheet: SheetPlan, t: TablePlan, budget: number): Step[] {
  const inputColumns = t.columns.map((c, i) => (c.formula ? -1 : i)).filter((i) => i >= 0);
  if (inputColumns.length === 0) return [];
  const first = inputColumns[0];
  const last = inputColumns[inputColumns.length - 1];
  const rows = t.rows.map((r) =>
    r.slice(first, last + 1).map((cell, k) => {
      if (t.columns[first + k].formula && cell !== null)
        throw new Error(`Internal error: a value in the calculated column ${t.columns[first + k].header}.`);
      return valueInput(cell);
    }),
  );
  if (rows.every((r) => r.every((v) => v === null))) return [];
  return rowBlocks(rows, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES).map((block) => ({
    what: `writing rows ${block.start + 1}–${block.start + block.rows.length} of ${t.name}`,
    bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
    run(sheets) {
      const address = rangeAddress(
        t.topLeft.row + 1 + block.start,
        t.topLeft.column + first,
        block.rows.length,
        last - first + 1,
      );
      sheetOf(sheets, sheet.name).getRange(address).values = block.rows;
    },
  }));
}

/** Runs of adjacent calculated columns: [first column index, formulas]. */
function formulaRuns(t: TablePlan): { start: number; formulas: string[] }[] {
  const runs: { start: number; formulas: string[] }[] = [];
  t.columns.forEach((c, i) => {
    if (!c.formula) return;
    const run = runs[runs.length - 1];
    if (run && run.start + run.formulas.length === i) run.formulas.push(c.formula.formula);
    else runs.push({ start: i, formulas: [c.formula.formula] });
  });
  return runs;
}

/**
 * Calculated columns: the formulas go into the first data row and are copied down, so the
 * request stays small whatever the row count. Where copyFrom is missing, every row carries them.
 */
function formulaSteps(sheet: SheetPlan, t: TablePlan, features: ExcelFeatures, budget: number): Step[] {
  const n = t.rows.length;
  const top = t.topLeft.row + 1;
  return formulaRuns(t).flatMap((run): Step[] => {
    const column = t.topLeft.column + run.start;
    const width = run.formulas.length;
    const what = `writing the formulas of ${t.name}`;
    if (features.copyFrom || n === 1) {
      return [
        {
          what,
          bytes: 5 * CALL_OVERHEAD_BYTES + jsonBytes(run.formulas),
          run(sheets) {
            const ws = sheetOf(sheets, sheet.name);
            const firstRow = rangeAddress(top, column, 1, width);
            ws.getRange(firstRow).formulas = [run.formulas];
            if (n > 1)
              ws.getRange(rangeAddress(top + 1, column, n - 1, width)).copyFrom(ws.getRange(firstRow), "Formulas");
          },
        },
      ];
    }
    const rows = Array.from({ length: n }, () => run.formulas);
    return rowBlocks(rows, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES).map((block) => ({
      what,
      bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
      run(sheets) {
        sheetOf(sheets, sheet.name).getRange(
          rangeAddress(top + block.start, column, block.rows.length, width),
        ).formulas = block.rows;
      },
    }));
  });
}

function layoutStep(sheet: SheetPlan): Step {
  return {
    what: `laying out “${sheet.name}”`,
    bytes: (sheet.columnWidths.length * 3 + 2) * CALL_OVERHEAD_BYTES,
    run(sheets) {
      const ws = sheetOf(sheets, sheet.name);
      for (const { column, width } of sheet.columnWidths) ws.getRange(columnAddress(column)).format.columnWidth = width;
      if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
    },
  };
}
