/*
 * Steps for a sheet as a whole: adding it with the add-in's mark, or emptying the add-in's own
 * sheet for a rewrite in place; its titles, notes and table captions; its column widths and
 * frozen rows, last.
 */
import { cellAddress, columnAddress } from "../addresses";
import { valueInput } from "../cellInput";
import type { ExcelFeatures } from "../excelFeatures";
import { OWNER_PROPERTY, ownerMarkValue } from "../ownership";
import { CALL_OVERHEAD_BYTES, jsonBytes, utf8Bytes } from "../requestBudget";
import { PlainCell, SheetPlan, isFormula } from "../sheetPlan";
import { formatMessage } from "../words";
import type { WriteFeatures } from "./features";
import type { InPlaceSheet } from "./options";
import { Step, sheetOf } from "./step";

/** A new sheet, marked as the add-in's own where the host has custom properties. */
export function addSheetStep(sheet: SheetPlan, key: string, features: ExcelFeatures): Step {
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

/** The add-in's own sheet, emptied for its rewrite: charts, conditional formats, cells, page breaks, panes. */
export function clearSheetStep(sheet: SheetPlan, own: InPlaceSheet, features: WriteFeatures): Step {
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

/** Titles, notes and the captions above tables. */
export function cellsStep(sheet: SheetPlan): Step {
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

/** Column widths and frozen header rows. */
export function layoutStep(sheet: SheetPlan, features: ExcelFeatures): Step {
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
