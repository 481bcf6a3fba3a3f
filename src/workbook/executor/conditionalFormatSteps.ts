/* global Excel */
/* A generated sheet's conditional formats (ExcelApi 1.6: the compiler leaves them out on older hosts). */
import { CALL_OVERHEAD_BYTES, jsonBytes } from "../requestBudget";
import type { ConditionalFormatPlan, SheetPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import { boxAddress } from "./geometry";
import { Step, sheetOf } from "./step";

function colorStop(stop: { at: "lowest" | "highest" | number; color: string }): Excel.ConditionalColorScaleCriterion {
  if (stop.at === "lowest") return { formula: null as unknown as string, type: "LowestValue", color: stop.color };
  if (stop.at === "highest") return { formula: null as unknown as string, type: "HighestValue", color: stop.color };
  return { formula: String(stop.at), type: "Number", color: stop.color };
}

export function conditionalFormatStep(sheet: SheetPlan, cf: ConditionalFormatPlan): Step {
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
