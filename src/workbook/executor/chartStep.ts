/* A generated sheet's chart, over a block of its cells, placed between two cells. */
import { cellAddress } from "../addresses";
import { CALL_OVERHEAD_BYTES, utf8Bytes } from "../requestBudget";
import type { ChartPlan, SheetPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { boxAddress } from "./geometry";
import { Step, sheetOf } from "./step";

export function chartStep(sheet: SheetPlan, chart: ChartPlan): Step {
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
