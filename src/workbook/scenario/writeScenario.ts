/* global Excel */
/*
 * Saves an Insights what-if as a new comparison sheet (describeScenario.ts). The program and its
 * partners are read again in the same Excel.run, so the sheet compares the scenario with the plan
 * and the data as they are in the workbook at that moment.
 *
 * Syncs, whatever the partner count: 2 (program) + 2 (partners) + 1 (names) to read, then
 * applyWorkbookPlan: 1 write up to the request budget, 1 to finish = 7. Always a NEW sheet, under a
 * fresh name ("<program> Scenario", "… Scenario (2)", …), marked as the add-in's own; the program's
 * tables and the user's sheets are not touched. If the write fails, the sheet is removed again.
 */
import type { ProgramDefinition } from "../../engine";
import { applyWorkbookPlan } from "../applyPlan";
import { readPartnerInputs } from "../dashboard/programInWorkbook";
import { localSerialOf } from "../../engine/excelDates";
import { SheetNamer } from "../names";
import { readProgram } from "../program/readProgram";
import { readExistingNames } from "../workbookNames";
import { describeScenario } from "./describeScenario";
import { SCENARIO_WORDS, SheetLanguage } from "./scenarioWords";
import { beforeWriting } from "../writeError";
import { assertUnchanged } from "./unchanged";

export interface SaveScenarioOptions {
  /** The program as the pane read it: refused if the workbook's differs now. */
  readonly basedOn?: ProgramDefinition;
  readonly language?: SheetLanguage;
  /** The time written on the sheet (default now); tests pass a fixed one. */
  readonly now?: Date;
}

export interface SavedScenario {
  readonly sheet: string;
  readonly partners: number;
  readonly syncs: number;
}

export async function saveScenario(
  context: Excel.RequestContext,
  key: string,
  scenario: ProgramDefinition,
  options: SaveScenarioOptions = {},
): Promise<SavedScenario> {
  const { current, partners, existing } = await beforeWriting(async () => ({
    current: await readProgram(context, key),
    partners: await readPartnerInputs(context, key),
    existing: await readExistingNames(context),
  }));
  assertUnchanged(current, options.basedOn);
  const language = options.language ?? "en";
  const sheetName = new SheetNamer(current.name, existing).next(SCENARIO_WORDS[language].sheetLabel);
  const { sheet } = describeScenario(current, scenario, partners, {
    key,
    sheetName,
    savedAt: localSerialOf(options.now ?? new Date()),
    language,
  });
  const applied = await applyWorkbookPlan(
    context,
    { key, programName: current.name, sheets: [sheet], activeSheet: sheet.name },
    { existing },
  );
  return { sheet: sheet.name, partners: partners.length, syncs: 5 + applied.syncs };
}
