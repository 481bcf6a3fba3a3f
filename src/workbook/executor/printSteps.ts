/*
 * A generated sheet's print setup (ExcelApi 1.9): orientation, fit to width, title rows, print
 * area, and the page breaks that start each statement on a page, in steps within the budget.
 */
import { cellAddress } from "../addresses";
import { MAX_PAGE_BREAKS } from "../excelLimits";
import { CALL_OVERHEAD_BYTES } from "../requestBudget";
import type { SheetPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { boxAddress } from "./geometry";
import { Step, sheetOf } from "./step";

/** Bytes of one page break in a request: the call, the object path it creates and the address. */
export const PAGE_BREAK_BYTES = 300;
const PAGE_BREAKS_PER_STEP = 1000;

export function printSteps(sheet: SheetPlan, budget: number): Step[] {
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
