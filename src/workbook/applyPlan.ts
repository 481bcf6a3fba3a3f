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
 *
 * Generated sheets (dashboard, statements) add grids of cells outside tables, conditional
 * formats, charts and print setup, and may be rewritten IN PLACE: a sheet named in
 * `options.inPlace` is the add-in's own (the caller checked its ownership mark), so it is cleared
 * and rewritten rather than deleted and added again (deleting a sheet clears Excel's undo history
 * and turns references to it into #REF!). If such a rewrite fails midway, the sheet is cleared and
 * says so in A1, so no half-written numbers are left to be trusted.
 */
import { cellAddress, columnAddress, rangeAddress } from "./addresses";
import { textInput, valueInput } from "./cellInput";
import { ExcelFeatures, detectExcelFeatures } from "./excelFeatures";
import { MAX_FORMULA_LENGTH, MAX_PAGE_BREAKS } from "./excelLimits";
import type { ExistingNames } from "./names";
import { GENERAL, TEXT } from "./numberFormats";
import { supportsExcelApi } from "./excelFeatures";
import { OWNER_PROPERTY, ownerMarkValue } from "./ownership";
import {
  BATCH_BUDGET_BYTES,
  CALL_OVERHEAD_BYTES,
  groupByBudget,
  jsonBytes,
  rowBlocks,
  utf8Bytes,
} from "./requestBudget";
import {
  CellBox,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  GridPlan,
  PlainCell,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
  isFormula,
} from "./sheetPlan";
import { readExistingNames } from "./workbookNames";
import { CleanUpOutsideGroup, isGroupedRun } from "./undoGroup";
import { WorkbookWriteError, failureReason } from "./writeError";
import { formatMessage, workbookLanguage, commaList, quotedList } from "./words";

/** The optional APIs generated sheets use, beyond ExcelFeatures. */
export interface GeneratedSheetFeatures {
  /** Range.conditionalFormats (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** FreezePanes.unfreeze (ExcelApi 1.7). */
  readonly unfreeze: boolean;
  /** Worksheet.pageLayout and page breaks (ExcelApi 1.9). */
  readonly pageLayout: boolean;
}

export function detectGeneratedSheetFeatures(): GeneratedSheetFeatures {
  return {
    conditionalFormats: supportsExcelApi("1.6"),
    unfreeze: supportsExcelApi("1.7"),
    pageLayout: supportsExcelApi("1.9"),
  };
}

type Features = ExcelFeatures & GeneratedSheetFeatures;

/** A sheet of the plan that already exists and is the add-in's own: cleared and rewritten in place. */
export interface InPlaceSheet {
  readonly name: string;
  /** Charts on it now (they are deleted before the rewrite). */
  readonly charts: number;
}

export interface ApplyOptions {
  /** Names read from the workbook earlier in the same Excel.run: the name check then needs no sync of its own. */
  readonly existing?: ExistingNames;
  /** The host's optional APIs; detected from Office's requirement sets when not given. */
  readonly features?: ExcelFeatures & Partial<GeneratedSheetFeatures>;
  /** Sheets of the plan to rewrite in place (the caller has checked they carry the add-in's mark). */
  readonly inPlace?: readonly InPlaceSheet[];
  /** Bytes one request may carry (default BATCH_BUDGET_BYTES, under the SPEC's 4 MB). */
  readonly budgetBytes?: number;
}

export interface AppliedPlan {
  readonly sheets: readonly string[];
  /** context.sync() calls made. */
  readonly syncs: number;
}

export { WorkbookWriteError } from "./writeError";

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
  const features: Features = { ...detectGeneratedSheetFeatures(), ...(options.features ?? detectExcelFeatures()) };
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  const inPlace = new Map((options.inPlace ?? []).map((s) => [s.name.toLowerCase(), s]));
  // Compiling the steps checks every cell, so a bad plan fails before anything is written.
  const batches = groupByBudget(compileSteps(plan, features, budget, inPlace), (s) => s.bytes, budget);
  let syncs = 0;

  let existing = options.existing;
  if (!existing) {
    try {
      existing = await readExistingNames(context);
      syncs++;
    } catch (e) {
      // Nothing was written yet.
      throw new WorkbookWriteError(formatMessage("namesUnreadable", { reason: reason(e) }), {
        cause: e,
        restored: true,
      });
    }
  }
  const clash = nameClash(plan, existing, inPlace);
  if (clash) throw new WorkbookWriteError(formatMessage("nameClash", { clash }));

  const added = new Map<string, Excel.Worksheet>();
  let doing = formatMessage("stepStarting");
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
    doing = formatMessage("stepRecalculating");
    finish(plan, added, features);
    await context.sync();
    syncs++;
  } catch (e) {
    const adding = plan.sheets.map((s) => s.name).filter((n) => !inPlace.has(n.toLowerCase()));
    const rewriting = plan.sheets.map((s) => s.name).filter((n) => inPlace.has(n.toLowerCase()));
    const notCleared = rewriting.length > 0 ? await clearRewrittenSheets(context, rewriting, reason(e)) : [];
    const failed = (left: string[]) => writeFailure(plan, e, doing, adding, rewriting, left, notCleared);
    // Deleting a sheet cannot be part of an undo group: inside one, the caller deletes them after the run.
    // A name left behind would refer to a deleted sheet (#REF!) and keep the program's key taken.
    if (adding.length > 0 && isGroupedRun(context)) {
      throw new CleanUpOutsideGroup(e, async (outside) => {
        await removeAddedNames(outside, plan);
        return failed(await removeAddedSheets(outside, adding));
      });
    }
    await removeAddedNames(context, plan);
    throw failed(await removeAddedSheets(context, adding));
  }
  return { sheets: plan.sheets.map((s) => s.name), syncs };
}

/** The error of a failed write, saying what was being done and what was taken back. */
function writeFailure(
  plan: WorkbookPlan,
  e: unknown,
  doing: string,
  adding: readonly string[],
  rewriting: readonly string[],
  left: readonly string[],
  notCleared: readonly string[],
): WorkbookWriteError {
  const outcomes: string[] = [];
  if (adding.length > 0)
    outcomes.push(
      left.length === 0
        ? rewriting.length === 0
          ? formatMessage("writeUndoneAll")
          : formatMessage("writeUndoneAdded")
        : formatMessage("writeSheetsLeft", { sheets: quotedList(left) }),
    );
  if (rewriting.length > 0)
    outcomes.push(
      notCleared.length === 0
        ? formatMessage("writeSheetsCleared", { sheets: quotedList(rewriting) })
        : formatMessage("writeSheetsHalfWritten", { sheets: quotedList(notCleared) }),
    );
  return new WorkbookWriteError(
    formatMessage("writeFailed", {
      program: plan.programName,
      doing,
      reason: reason(e),
      outcome: outcomes.join(workbookLanguage() === "zh" ? "" : " "),
    }),
    // Sheets removed and rewritten ones emptied with a note: running the write again is safe.
    { cause: e, restored: left.length === 0 && notCleared.length === 0 },
  );
}

/** The first name of the plan that is already in the workbook, as a sentence; null when all are free. */
function nameClash(
  plan: WorkbookPlan,
  existing: ExistingNames,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): string | null {
  const sheets = new Set(existing.sheets.map((n) => n.toLowerCase()));
  const tables = new Set(existing.tables.map((n) => n.toLowerCase()));
  for (const sheet of plan.sheets) {
    const own = inPlace.has(sheet.name.toLowerCase());
    if (own && !sheets.has(sheet.name.toLowerCase())) return formatMessage("sheetToRewriteGone", { sheet: sheet.name });
    if (!own && sheets.has(sheet.name.toLowerCase())) return formatMessage("sheetNameTaken", { sheet: sheet.name });
    for (const t of sheet.tables) {
      if (tables.has(t.name.toLowerCase())) return formatMessage("tableNameTaken", { table: t.name });
    }
  }
  for (const n of plan.names ?? []) {
    if (tables.has(n.name.toLowerCase())) return formatMessage("tableNameTaken", { table: n.name });
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
      const grids = gridBounds(sheet);
      if (grids) ws.getRange(boxAddress(grids)).calculate();
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

/**
 * After a failed in-place rewrite: empties the sheets (cells, formats, charts) and says in A1 why,
 * so nothing half-written is left to be read as a result. Returns those it could not clear.
 */
async function clearRewrittenSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  why: string,
): Promise<string[]> {
  try {
    const features = detectGeneratedSheetFeatures();
    const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
    sheets.forEach((ws) => ws.charts.load("items/name"));
    await context.sync();
    sheets.forEach((ws) => {
      ws.charts.items.forEach((chart) => chart.delete());
      if (features.conditionalFormats) ws.getRange().conditionalFormats.clearAll();
      ws.getRange().clear("All");
      ws.getRange("A1").values = [[textInput(formatMessage("sheetNotRegenerated", { reason: why }))]];
    });
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}

const reason = failureReason;

function describeBatch(batch: readonly Step[]): string {
  const whats = [...new Set(batch.map((s) => s.what))];
  return whats.length <= 3
    ? commaList(whats)
    : formatMessage("stepsMore", { steps: commaList(whats.slice(0, 2)), count: whats.length - 2 });
}

// ---------------------------------------------------------------------------------------------
// Compiling a plan into steps. Order matters: sheets and tables first (formulas refer to tables
// on other sheets, and text formats must be set before text is written), then values, then
// formulas, then layout.

function compileSteps(
  plan: WorkbookPlan,
  features: Features,
  budget: number,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): Step[] {
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    const bad = t.columns.find((c) => c.formula && c.numberFormat === TEXT);
    // A text-formatted cell keeps a formula as text: a calculated column must never be "@".
    if (bad) throw new Error(`Internal error: the calculated column ${bad.header} of ${t.name} is formatted as text.`);
  }
  assertFormulaLengths(plan);
  const structure: Step[] = [];
  const values: Step[] = [];
  const formulas: Step[] = [];
  const layout: Step[] = [];
  const extras: Step[] = [];
  for (const sheet of plan.sheets) {
    const own = inPlace.get(sheet.name.toLowerCase());
    structure.push(
      own ? clearSheetStep(sheet, own, features) : addSheetStep(sheet, plan.key, features),
      cellsStep(sheet),
    );
    // append(), not push(...steps): spreading an array as arguments has a size limit (the call stack).
    for (const table of sheet.tables) {
      append(structure, tableSteps(sheet, table, features, budget));
      append(values, valueSteps(sheet, table, budget));
      append(formulas, formulaSteps(sheet, table, features, budget));
    }
    for (const g of sheet.grids ?? []) {
      append(structure, gridFormatSteps(sheet, g, features, budget));
      append(formulas, gridWriteSteps(sheet, g, budget));
    }
    if (sheet.repeat && sheet.repeat.times > 1) extras.push(repeatStep(sheet, features));
    if (features.conditionalFormats)
      append(
        extras,
        (sheet.conditionalFormats ?? []).map((cf) => conditionalFormatStep(sheet, cf)),
      );
    append(
      extras,
      (sheet.charts ?? []).map((chart) => chartStep(sheet, chart)),
    );
    if (sheet.print && features.pageLayout) append(extras, printSteps(sheet, budget));
    layout.push(layoutStep(sheet, features));
  }
  if (plan.names && plan.names.length > 0) structure.push(namesStep(plan));
  return [...structure, ...values, ...formulas, ...extras, ...layout];
}

/**
 * Excel refuses a formula over 8,192 characters (excelLimits.ts). Validated programs stay well
 * under it; a KPI name typed into the KPI table since could make a generated sheet's formulas
 * longer, so that is refused before anything is written, saying what to shorten.
 */
function assertFormulaLengths(plan: WorkbookPlan): void {
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

function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function sheetOf(sheets: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  const ws = sheets.get(name);
  if (!ws) throw new Error(`the sheet “${name}” was not added`);
  return ws;
}

function addSheetStep(sheet: SheetPlan, key: string, features: ExcelFeatures): Step {
  const mark = ownerMarkValue({ key, role: sheet.role, part: sheet.part });
  return {
    what: formatMessage("stepAddSheet", { sheet: sheet.name }),
    bytes: 3 * CALL_OVERHEAD_BYTES + utf8Bytes(sheet.name) + utf8Bytes(mark),
    run(sheets, context) {
      const ws = context.workbook.worksheets.add(sheet.name);
      sheets.set(sheet.name, ws);
      if (features.customProperties) ws.customProperties.add(OWNER_PROPERTY, mark);
    },
  };
}

/** The plan's defined names (the settings' names), each referring to one cell of an added sheet. */
function namesStep(plan: WorkbookPlan): Step {
  const names = plan.names ?? [];
  const settings = plan.sheets.flatMap((s) => s.tables).find((t) => /_Settings$/.test(t.name));
  return {
    what: formatMessage("stepTable", { table: settings?.name ?? names[0].name }),
    bytes: names.length * 3 * CALL_OVERHEAD_BYTES + jsonBytes(names),
    run(sheets, context) {
      for (const n of names) {
        context.workbook.names.add(n.name, sheetOf(sheets, n.sheet).getRange(cellAddress(n.cell.row, n.cell.column)));
      }
    },
  };
}

/**
 * Deletes the plan's defined names that exist now (they were free before this write). A name it
 * cannot delete is left (it refers to a removed sheet: #REF!); the sheets are what the message names.
 */
async function removeAddedNames(context: Excel.RequestContext, plan: WorkbookPlan): Promise<void> {
  const names = (plan.names ?? []).map((n) => n.name);
  if (names.length === 0) return;
  try {
    const found = names.map((name) => context.workbook.names.getItemOrNullObject(name));
    found.forEach((f) => f.load("isNullObject"));
    await context.sync();
    found.filter((f) => !f.isNullObject).forEach((f) => f.delete());
    await context.sync();
  } catch {
    // left as it is: see above
  }
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
    what: formatMessage("stepTitles", { sheet: sheet.name }),
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
      what: formatMessage("stepTable", { table: t.name }),
      bytes: 3 * CALL_OVERHEAD_BYTES + jsonBytes(headers),
      run(sheets) {
        sheetOf(sheets, sheet.name).getRange(rangeAddress(row, column, 1, t.columns.length)).values = [headers];
      },
    },
  ];
  if (features.copyFrom || n === 1) {
    steps.push({
      what: formatMessage("stepTable", { table: t.name }),
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
        what: formatMessage("stepTableFormats", { table: t.name }),
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
      what: formatMessage("stepTable", { table: t.name }),
      bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(cells),
      run(sheets) {
        sheetOf(sheets, sheet.name).getRange(rangeAddress(row + 1, column + i, n, 1)).numberFormat = cells;
      },
    });
  }
  steps.push({
    what: formatMessage("stepTable", { table: t.name }),
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
    what: formatMessage("stepRows", { first: block.start + 1, last: block.start + block.rows.length, table: t.name }),
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
    const what = formatMessage("stepFormulas", { table: t.name });
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

function layoutStep(sheet: SheetPlan, features: ExcelFeatures): Step {
  return {
    what: formatMessage("stepLayout", { sheet: sheet.name }),
    bytes: (sheet.columnWidths.length * 3 + 2) * CALL_OVERHEAD_BYTES,
    run(sheets) {
      const ws = sheetOf(sheets, sheet.name);
      for (const { column, width } of sheet.columnWidths) ws.getRange(columnAddress(column)).format.columnWidth = width;
      // Worksheet.freezePanes is ExcelApi 1.7; the manifest asks for less, so older hosts skip it.
      if (sheet.frozenRows > 0 && features.freezePanes) ws.freezePanes.freezeRows(sheet.frozenRows);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Generated sheets: in-place rewrite, grids, repeated blocks, conditional formats, charts, print.

/** The add-in's own sheet, emptied for its rewrite: charts, conditional formats, cells, page breaks, panes. */
function clearSheetStep(sheet: SheetPlan, own: InPlaceSheet, features: Features): Step {
  return {
    what: formatMessage("stepClear", { sheet: sheet.name }),
    bytes: (6 + 2 * own.charts) * CALL_OVERHEAD_BYTES + utf8Bytes(sheet.name),
    run(sheets, context) {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      sheets.set(sheet.name, ws);
      // From the last: each index is read when Excel runs the call, after the deletes before it.
      for (let i = own.charts - 1; i >= 0; i--) ws.charts.getItemAt(i).delete();
      if (features.conditionalFormats) ws.getRange().conditionalFormats.clearAll();
      ws.getRange().clear("All");
      if (features.pageLayout) ws.horizontalPageBreaks.removePageBreaks();
      if (features.unfreeze) ws.freezePanes.unfreeze();
    },
  };
}

function boxAddress(b: CellBox): string {
  return rangeAddress(b.row, b.column, b.rows, b.columns);
}

/** The widest row of a grid. A loop, not Math.max(...rows): spreading 10,000+ rows overflows the call stack. */
function gridWidth(g: GridPlan): number {
  let width = 0;
  for (const r of g.rows) if (r.length > width) width = r.length;
  return width;
}

/** The block covering a sheet's grids and the rows they format or repeat into; null without grids. */
function gridBounds(sheet: SheetPlan): CellBox | null {
  const grids = sheet.grids ?? [];
  if (grids.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const g of grids) {
    top = Math.min(top, g.topLeft.row);
    left = Math.min(left, g.topLeft.column);
    bottom = Math.max(bottom, g.topLeft.row + g.rows.length - 1 + (g.formatDown ?? 0));
    right = Math.max(right, g.topLeft.column + gridWidth(g) - 1);
  }
  const rep = sheet.repeat;
  if (rep && rep.times > 1) bottom = Math.max(bottom, rep.block.row + rep.block.rows * rep.times - 1);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function gridFormats(g: GridPlan): string[][] | null {
  const width = gridWidth(g);
  if (g.columnFormats) return g.rows.map(() => Array.from({ length: width }, (_, j) => g.columnFormats![j] ?? GENERAL));
  if (g.cellFormats)
    return g.rows.map((_, i) => Array.from({ length: width }, (_, j) => g.cellFormats![i]?.[j] ?? GENERAL));
  return null;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  switch (style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 14;
      break;
    case "tile":
      range.format.font.bold = true;
      range.format.font.size = 16;
      break;
    case "header":
      range.format.font.bold = true;
      range.format.fill.color = "#F2F2F2";
      break;
    case "caption":
    case "total":
      range.format.font.bold = true;
      break;
    case "note":
      range.format.font.italic = true;
      range.format.font.color = "#595959";
      break;
  }
}

/** A grid's number formats (before its cells, so what is written takes them), formats copied down, and its style. */
function gridFormatSteps(sheet: SheetPlan, g: GridPlan, features: ExcelFeatures, budget: number): Step[] {
  const width = gridWidth(g);
  if (width === 0 || g.rows.length === 0) return [];
  const { row, column } = g.topLeft;
  const address = rangeAddress(row, column, g.rows.length, width);
  const what = formatMessage("stepFormat", { sheet: sheet.name });
  const steps: Step[] = [];
  const formats = gridFormats(g);
  if (formats) {
    for (const block of rowBlocks(formats, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES)) {
      steps.push({
        what,
        bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
        run(sheets) {
          sheetOf(sheets, sheet.name).getRange(
            rangeAddress(row + block.start, column, block.rows.length, width),
          ).numberFormat = block.rows;
        },
      });
    }
  }
  const down = g.formatDown ?? 0;
  if (formats && down > 0) {
    const last = row + g.rows.length - 1;
    const lastRow = formats[formats.length - 1];
    if (features.copyFrom) {
      steps.push({
        what,
        bytes: 4 * CALL_OVERHEAD_BYTES,
        run(sheets) {
          const ws = sheetOf(sheets, sheet.name);
          ws.getRange(rangeAddress(last + 1, column, down, width)).copyFrom(
            ws.getRange(rangeAddress(last, column, 1, width)),
            "Formats",
          );
        },
      });
    } else {
      const rows = Array.from({ length: down }, () => lastRow);
      for (const block of rowBlocks(rows, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES)) {
        steps.push({
          what,
          bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
          run(sheets) {
            sheetOf(sheets, sheet.name).getRange(
              rangeAddress(last + 1 + block.start, column, block.rows.length, width),
            ).numberFormat = block.rows;
          },
        });
      }
    }
  }
  if (g.style) {
    const style = g.style;
    steps.push({
      what,
      bytes: 4 * CALL_OVERHEAD_BYTES,
      run(sheets) {
        applyStyle(sheetOf(sheets, sheet.name).getRange(address), style);
      },
    });
  }
  return steps;
}

/** A grid's cells: formulas of ours through Range.formulas, text marked so it stays text; row blocks within the budget. */
function gridWriteSteps(sheet: SheetPlan, g: GridPlan, budget: number): Step[] {
  const width = gridWidth(g);
  const inputs = g.rows.map((r) =>
    Array.from({ length: width }, (_, j) => {
      const cell = r[j] ?? null;
      return isFormula(cell) ? cell.formula : valueInput(cell);
    }),
  );
  if (inputs.every((r) => r.every((v) => v === null))) return [];
  const withFormulas = g.rows.some((r) => r.some((c) => isFormula(c)));
  const { row, column } = g.topLeft;
  return rowBlocks(inputs, (r) => jsonBytes(r) + 1, budget - 2 * CALL_OVERHEAD_BYTES).map((block) => ({
    what: formatMessage("stepWrite", { sheet: sheet.name }),
    bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(block.rows),
    run(sheets) {
      const range = sheetOf(sheets, sheet.name).getRange(
        rangeAddress(row + block.start, column, block.rows.length, width),
      );
      if (withFormulas) range.formulas = block.rows;
      else range.values = block.rows;
    },
  }));
}

/** The repeated block copied below itself (formulas, formats and styles, or formats only). */
function repeatStep(sheet: SheetPlan, features: ExcelFeatures): Step {
  const rep = sheet.repeat!;
  const type = rep.copy ?? "All";
  if (!features.copyFrom && type === "All") {
    throw new WorkbookWriteError(formatMessage("copyRangesUnsupported", { sheet: sheet.name }));
  }
  const b = rep.block;
  return {
    what: formatMessage("stepCopy", { sheet: sheet.name }),
    bytes: 4 * CALL_OVERHEAD_BYTES,
    run(sheets) {
      if (!features.copyFrom) return; // formats only: the later blocks stay unformatted on such hosts
      const ws = sheetOf(sheets, sheet.name);
      ws.getRange(rangeAddress(b.row + b.rows, b.column, b.rows * (rep.times - 1), b.columns)).copyFrom(
        ws.getRange(boxAddress(b)),
        type,
      );
    },
  };
}

function colorStop(stop: { at: "lowest" | "highest" | number; color: string }): Excel.ConditionalColorScaleCriterion {
  if (stop.at === "lowest") return { formula: null as unknown as string, type: "LowestValue", color: stop.color };
  if (stop.at === "highest") return { formula: null as unknown as string, type: "HighestValue", color: stop.color };
  return { formula: String(stop.at), type: "Number", color: stop.color };
}

function conditionalFormatStep(sheet: SheetPlan, cf: ConditionalFormatPlan): Step {
  return {
    what: formatMessage("stepConditionalFormats", { sheet: sheet.name }),
    bytes: 8 * CALL_OVERHEAD_BYTES + jsonBytes(cf),
    run(sheets) {
      const range = sheetOf(sheets, sheet.name).getRange(boxAddress(cf.range));
      switch (cf.kind) {
        case "colorScale": {
          const f = range.conditionalFormats.add("ColorScale");
          f.colorScale.criteria = {
            minimum: colorStop(cf.minimum),
            ...(cf.midpoint ? { midpoint: colorStop(cf.midpoint) } : {}),
            maximum: colorStop(cf.maximum),
          };
          break;
        }
        case "dataBar": {
          const f = range.conditionalFormats.add("DataBar");
          f.dataBar.positiveFormat.fillColor = cf.color;
          break;
        }
        case "textContains": {
          const f = range.conditionalFormats.add("ContainsText");
          f.textComparison.format.font.color = cf.fontColor;
          f.textComparison.format.font.bold = cf.bold;
          f.textComparison.format.fill.color = cf.fillColor;
          f.textComparison.rule = { operator: "Contains", text: cf.text };
          break;
        }
      }
    },
  };
}

function chartStep(sheet: SheetPlan, chart: ChartPlan): Step {
  return {
    what: formatMessage("stepChart", { chart: chart.title }),
    bytes: 8 * CALL_OVERHEAD_BYTES + utf8Bytes(chart.title) + utf8Bytes(chart.name),
    run(sheets) {
      const ws = sheetOf(sheets, sheet.name);
      const c = ws.charts.add(chart.kind, ws.getRange(boxAddress(chart.source)), "Columns");
      c.name = chart.name;
      c.title.text = chart.title;
      c.legend.visible = chart.legend;
      c.setPosition(cellAddress(chart.from.row, chart.from.column), cellAddress(chart.to.row, chart.to.column));
    },
  };
}

/** Bytes of one page break in a request: the call, the object path it creates and the address. */
export const PAGE_BREAK_BYTES = 300;
const PAGE_BREAKS_PER_STEP = 1000;

function printSteps(sheet: SheetPlan, budget: number): Step[] {
  const print = sheet.print!;
  if (print.pageBreaksBefore.length > MAX_PAGE_BREAKS)
    throw new Error(
      `Internal error: ${print.pageBreaksBefore.length} page breaks on ${sheet.name}; Excel allows ${MAX_PAGE_BREAKS}.`,
    );
  const steps: Step[] = [
    {
      what: formatMessage("stepPrint", { sheet: sheet.name }),
      bytes: 6 * CALL_OVERHEAD_BYTES,
      run(sheets) {
        const ws = sheetOf(sheets, sheet.name);
        ws.pageLayout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        // Fit to one page wide, as many pages tall as needed (Excel ignores manual page breaks when fitting).
        if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows)
          ws.pageLayout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
        if (print.area) ws.pageLayout.setPrintArea(boxAddress(print.area));
      },
    },
  ];
  const perStep = Math.max(1, Math.min(PAGE_BREAKS_PER_STEP, Math.floor(budget / PAGE_BREAK_BYTES) - 1));
  for (let i = 0; i < print.pageBreaksBefore.length; i += perStep) {
    const rows = print.pageBreaksBefore.slice(i, i + perStep);
    steps.push({
      what: formatMessage("stepPageBreaks", { sheet: sheet.name }),
      bytes: rows.length * PAGE_BREAK_BYTES,
      run(sheets) {
        const breaks = sheetOf(sheets, sheet.name).horizontalPageBreaks;
        for (const row of rows) breaks.add(cellAddress(row, 0));
      },
    });
  }
  return steps;
}
