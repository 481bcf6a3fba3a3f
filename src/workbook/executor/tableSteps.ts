/*
 * Steps for one table: its headers, number formats and the table object, then the partners' own
 * values, then the calculated columns. Formats and formulas are written once in the first data
 * row and copied down (Range.copyFrom), so their request size does not grow with the partner
 * count; a host without copyFrom gets them row by row, in blocks within the budget.
 */
import { rangeAddress } from "../addresses";
import { textInput, valueInput } from "../cellInput";
import type { ExcelFeatures } from "../excelFeatures";
import { GENERAL } from "../numberFormats";
import { CALL_OVERHEAD_BYTES, jsonBytes, rowBlocks, utf8Bytes } from "../requestBudget";
import type { Cell, SheetPlan, TablePlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { formulaRuns, tableAddress } from "./geometry";
import { Step, sheetOf, sizedBlocks } from "./step";

/** The header row, the number formats (before any value, so text columns take text), and the table itself. */
export function tableSteps(sheet: SheetPlan, t: TablePlan, features: ExcelFeatures, budget: number): Step[] {
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

/**
 * The data rows' own values (not the calculated columns), in row blocks within the budget. Every
 * cell is checked and sized here; a block's inputs are built when its step runs.
 */
export function valueSteps(sheet: SheetPlan, t: TablePlan, budget: number): Step[] {
  const inputColumns = t.columns.map((c, i) => (c.formula ? -1 : i)).filter((i) => i >= 0);
  if (inputColumns.length === 0) return [];
  const first = inputColumns[0];
  const last = inputColumns[inputColumns.length - 1];
  const input = (r: readonly Cell[]) =>
    r.slice(first, last + 1).map((cell, k) => {
      if (t.columns[first + k].formula && cell !== null)
        throw new Error(`Internal error: a value in the calculated column ${t.columns[first + k].header}.`);
      return valueInput(cell);
    });
  let blank = true;
  const sizes = t.rows.map((r) => {
    const row = input(r);
    blank = blank && row.every((v) => v === null);
    return jsonBytes(row) + 1;
  });
  if (blank) return [];
  return sizedBlocks(sizes, budget - 2 * CALL_OVERHEAD_BYTES).map((block) => ({
    what: formatMessage("stepRows", { first: block.start + 1, last: block.start + block.count, table: t.name }),
    bytes: 2 * CALL_OVERHEAD_BYTES + block.bytes,
    run(sheets) {
      const address = rangeAddress(
        t.topLeft.row + 1 + block.start,
        t.topLeft.column + first,
        block.count,
        last - first + 1,
      );
      sheetOf(sheets, sheet.name).getRange(address).values = t.rows
        .slice(block.start, block.start + block.count)
        .map(input);
    },
  }));
}

/**
 * Calculated columns: the formulas go into the first data row and are copied down, so the
 * request stays small whatever the row count. Where copyFrom is missing, every row carries them.
 */
export function formulaSteps(sheet: SheetPlan, t: TablePlan, features: ExcelFeatures, budget: number): Step[] {
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
