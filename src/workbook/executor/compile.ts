/*
 * A plan compiled into steps. Order matters: sheets and tables first (formulas refer to tables
 * on other sheets, and text formats must be set before text is written), then values, then
 * formulas, then conditional formats, charts and print setup, then layout. Compiling checks every
 * cell, so a plan that cannot be written fails before anything is.
 */
import type { SheetPlan, WorkbookPlan } from "../sheetPlan";
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

/** A write's steps by phase, in the order they are queued. */
interface Phases {
  readonly structure: Step[];
  readonly values: Step[];
  readonly formulas: Step[];
  readonly extras: Step[];
  readonly layout: Step[];
}

function phases(): Phases {
  return { structure: [], values: [], formulas: [], extras: [], layout: [] };
}

function inOrder(p: Phases): Step[] {
  return [...p.structure, ...p.values, ...p.formulas, ...p.extras, ...p.layout];
}

function compileSheet(
  p: Phases,
  sheet: SheetPlan,
  key: string,
  features: WriteFeatures,
  budget: number,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): void {
  const own = inPlace.get(sheet.name.toLowerCase());
  p.structure.push(own ? clearSheetStep(sheet, own, features) : addSheetStep(sheet, key, features), cellsStep(sheet));
  for (const table of sheet.tables) {
    append(p.structure, tableSteps(sheet, table, features, budget));
    append(p.values, valueSteps(sheet, table, budget));
    append(p.formulas, formulaSteps(sheet, table, features, budget));
  }
  for (const g of sheet.grids ?? []) {
    append(p.structure, gridFormatSteps(sheet, g, features, budget));
    append(p.formulas, gridWriteSteps(sheet, g, budget));
  }
  if (sheet.repeat && sheet.repeat.times > 1) p.extras.push(repeatStep(sheet, features));
  if (features.conditionalFormats)
    append(
      p.extras,
      (sheet.conditionalFormats ?? []).map((cf) => conditionalFormatStep(sheet, cf)),
    );
  append(
    p.extras,
    (sheet.charts ?? []).map((chart) => chartStep(sheet, chart)),
  );
  if (sheet.print && features.pageLayout) append(p.extras, printSteps(sheet, budget));
  p.layout.push(layoutStep(sheet, features));
}

export function compileSteps(
  plan: WorkbookPlan,
  features: WriteFeatures,
  budget: number,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): Step[] {
  assertNoTextFormulaColumns(plan);
  assertFormulaLengths(plan);
  const p = phases();
  for (const sheet of plan.sheets) compileSheet(p, sheet, plan.key, features, budget, inPlace);
  if (plan.names && plan.names.length > 0) p.structure.push(namesStep(plan));
  for (const a of plan.appendRows ?? []) p.values.push(appendRowsStep(a));
  return inOrder(p);
}

/**
 * One sheet written in its turn (ApplyOptions.later): its own steps, in the same order as a
 * plan's (structure, values, formulas, extras, layout), after the same checks.
 */
export function compileSheetSteps(
  sheet: SheetPlan,
  key: string,
  features: WriteFeatures,
  budget: number,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
): Step[] {
  const one = { sheets: [sheet] };
  assertNoTextFormulaColumns(one);
  assertFormulaLengths(one);
  const p = phases();
  compileSheet(p, sheet, key, features, budget, inPlace);
  return inOrder(p);
}
