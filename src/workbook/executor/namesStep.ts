/* The plan's defined names, added once the sheets they point into exist. */
import { cellAddress } from "../addresses";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "../requestBudget";
import type { WorkbookPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { Step, sheetOf } from "./step";

/** The plan's defined names (the settings' names, each referring to one cell of an added sheet; PI_<key>_CapOrNone). */
export function namesStep(plan: WorkbookPlan): Step {
  const names = plan.names ?? [];
  const settings = plan.sheets.flatMap((s) => s.tables).find((t) => /_Settings$/.test(t.name));
  return {
    what: formatMessage("stepTable", { table: settings?.name ?? names[0].name }),
    bytes: names.length * 3 * CALL_OVERHEAD_BYTES + jsonBytes(names),
    run(sheets, context) {
      for (const n of names) {
        // NamedItemCollection.add takes "the formula or the range that the name will refer to".
        const reference =
          "formula" in n ? n.formula : sheetOf(sheets, n.sheet).getRange(cellAddress(n.cell.row, n.cell.column));
        context.workbook.names.add(n.name, reference);
      }
    },
  };
}
