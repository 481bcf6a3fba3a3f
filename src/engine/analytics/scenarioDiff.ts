/**
 * What a what-if scenario changes in a program: the program's one change description
 * (program/changes.ts) narrowed to what a what-if can change (tier values and rows, KPI targets,
 * weights and gates, the money settings). The pane and the scenario sheet word it each in their
 * own language.
 */
import { type MoneySetting, type ProgramChange, programChanges } from "../program/changes";
import type { ProgramDefinition } from "../program/types";

export type ScenarioChange =
  | Extract<ProgramChange, { kind: "tier" | "tierAdded" | "tierRemoved" }>
  | Extract<ProgramChange, { kind: "kpi"; field: "target" | "weight" | "gate" }>
  | Extract<ProgramChange, { kind: "setting"; field: MoneySetting }>;

const MONEY: readonly string[] = ["cap", "targetIncentive", "listPrice"] satisfies MoneySetting[];
const KPI_FIELDS: readonly string[] = ["target", "weight", "gate"];

function isScenarioChange(c: ProgramChange): c is ScenarioChange {
  switch (c.kind) {
    case "tier":
    case "tierAdded":
    case "tierRemoved":
      return true;
    case "kpi":
      return KPI_FIELDS.includes(c.field);
    case "setting":
      return MONEY.includes(c.field);
    default:
      return false;
  }
}

/**
 * The changes from `current` to `scenario` that a what-if can make, in the program's order
 * (money settings, KPIs, tiers). A what-if never adds, removes or renames a KPI.
 */
export function scenarioChanges(current: ProgramDefinition, scenario: ProgramDefinition): ScenarioChange[] {
  return programChanges(current, scenario).filter(isScenarioChange);
}
