/*
 * A plan compiled into steps. Order matters: sheets and tables first (formulas refer to tables
 * on other sheets, and text formats must be set before text is written), then values, then
 * formulas, then conditional formats, charts and print setup, then layout. Compiling checks every
 * cell, so a plan that cannot be written fails before anything is.
 */
import type { WorkbookPlan } from "../sheetPlan";
import { chartStep } from "./chartStep";
import { conditionalFormatStep } from "./conditionalFormatSteps";
import type { WriteFeatures } from "./features";
import { gridFormatSteps, gridWriteSteps, repeatStep } from "./gridSteps";
import { appendRowsStep } from "./appendRowsStep";
import { namesStep } from "./namesStep";
import type { InPlaceSheet } from "./options";
import { assertFormulaLengths, assertNoTextFormulaColumns } from "./planChecks";
import { printSteps } from "./printSteps";
import { addSheetStep, cellsStep, clearSheetStep, layoutStep } from "./sheetSteps";
import { Step, append } from "./step";
import { formulaSteps, tableSteps, valueSteps } from "./tableSteps";

export function compileSteps(
  plan: WorkbookPlan,
  features: WriteFeatures,
  budget: number,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): Step[] {
  assertNoTextFormulaColumns(plan);
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
  for (const a of plan.appendRows ?? []) values.push(appendRowsStep(a));
  return [...structure, ...values, ...formulas, ...extras, ...layout];
}
