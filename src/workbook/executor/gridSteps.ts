/* global Excel */
/*
 * Steps for the cells a generated sheet writes outside tables (the dashboard's tiles and lists,
 * the statements): number formats before the cells, so what is written takes them; the cells in
 * row blocks within the budget; styles; a repeated block (one statement per partner) copied
 * below itself.
 */
import { rangeAddress } from "../addresses";
import { valueInput } from "../cellInput";
import type { ExcelFeatures } from "../excelFeatures";
import { CALL_OVERHEAD_BYTES, jsonBytes, rowBlocks } from "../requestBudget";
import { Cell, CellStyle, GridPlan, SheetPlan, isFormula } from "../sheetPlan";
import { formatMessage } from "../words";
import { WorkbookWriteError } from "../writeError";
import { boxAddress, gridFormats, gridWidth } from "./geometry";
import { Step, sheetOf, sizedBlocks } from "./step";

/** The look of each cell style the plans use. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
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
export function gridFormatSteps(sheet: SheetPlan, g: GridPlan, features: ExcelFeatures, budget: number): Step[] {
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

/**
 * A grid's cells: formulas of ours through Range.formulas, text marked so it stays text; row
 * blocks within the budget. Every cell is checked and sized here; a block's inputs are built when
 * its step runs.
 */
export function gridWriteSteps(sheet: SheetPlan, g: GridPlan, budget: number): Step[] {
  const width = gridWidth(g);
  // A plain loop: this runs twice per cell (sized here, built again when the step runs).
  const input = (r: readonly Cell[]) => {
    const out = new Array<string | number | boolean | null>(width);
    for (let j = 0; j < width; j++) {
      const cell = r[j] ?? null;
      out[j] = isFormula(cell) ? cell.formula : valueInput(cell);
    }
    return out;
  };
  let blank = true;
  let withFormulas = false;
  const sizes = g.rows.map((r) => {
    const row = input(r);
    blank = blank && row.every((v) => v === null);
    withFormulas = withFormulas || r.some((c) => isFormula(c));
    return jsonBytes(row) + 1;
  });
  if (blank) return [];
  const { row, column } = g.topLeft;
  return sizedBlocks(sizes, budget - 2 * CALL_OVERHEAD_BYTES).map((block) => ({
    what: formatMessage("stepWrite", { sheet: sheet.name }),
    bytes: 2 * CALL_OVERHEAD_BYTES + block.bytes,
    run(sheets) {
      const range = sheetOf(sheets, sheet.name).getRange(rangeAddress(row + block.start, column, block.count, width));
      const rows = g.rows.slice(block.start, block.start + block.count).map(input);
      if (withFormulas) range.formulas = rows;
      else range.values = rows;
    },
  }));
}

/** The repeated block copied below itself (formulas, formats and styles, or formats only). */
export function repeatStep(sheet: SheetPlan, features: ExcelFeatures): Step {
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
