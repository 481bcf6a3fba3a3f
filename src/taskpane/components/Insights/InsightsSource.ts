/*
 * What the Insights screen reads from the workbook. The screen talks to this interface only, so
 * it renders and tests without Excel: excelInsightsSource.ts reads the open workbook, tests pass
 * a fake. Insights writes nothing: every figure is computed in the pane by the engine.
 */
import type { PartnerInput } from "../../../engine/program/evaluate";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { ProgramSummary } from "../../../workbook/contract";

export type { ProgramSummary };

/** One partner's row of the program's data table: who it is and what the engine reads. */
export interface InsightsPartner {
  readonly id: string;
  readonly name: string;
  readonly input: PartnerInput;
}

export interface InsightsProgram {
  readonly program: ProgramDefinition;
  readonly partners: readonly InsightsPartner[];
}

/** One dated item a KPI is measured on, e.g. an installation with its due and completion dates. */
export interface ActivityItem {
  /** The partner's ID, as in the data table. */
  readonly partner: string;
  /** Excel serial date the item was due. */
  readonly due: number;
  /** Excel serial date it was completed; null while open. */
  readonly completed: number | null;
}

/**
 * Dated events behind a program (the SolarWave sample's Installations table): what the
 * before/after impact and the history-based targets are computed from.
 */
export interface ProgramActivity {
  /** Where the events came from, for the screen: e.g. "the table PI_SolarWave_Installations". */
  readonly source: string;
  /** The KPI (index into the program's KPIs) these events measure, or null when none does. */
  readonly kpi: number | null;
  /** The data cut-off (Excel serial): an item still open and due before it counts as late. */
  readonly asOf: number;
  readonly items: readonly ActivityItem[];
  /** What one item is called, singular: "installation" (default "item"). */
  readonly itemWord?: string;
}

export interface InsightsSource {
  /** The programs in the open workbook. */
  listPrograms(): Promise<ProgramSummary[]>;
  /** A program's definition and its partners' current results. */
  loadProgram(key: string): Promise<InsightsProgram>;
  /** The dated events behind a program, or null when the workbook has none for it. */
  loadActivity?(key: string, program: ProgramDefinition): Promise<ProgramActivity | null>;
}
