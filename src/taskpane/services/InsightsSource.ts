/*
 * What the Insights screen reads from the workbook. The screen talks to this interface only, so
 * it renders and tests without Excel: excelInsightsSource.ts reads the open workbook, tests pass
 * a fake. Every figure is computed in the pane by the engine; the workbook is written only by the
 * optional write methods, each after the user asked (and, for changes to the program, confirmed).
 */
import type { UndoOutcome } from "../../workbook/undoGroup";
import type { PartnerInput } from "../../engine/program/evaluate";
import type { ProgramDefinition } from "../../engine/program/types";
import type { ProgramSummary } from "../../workbook/contract";
import type { UiLanguage } from "../i18n/language";
import type { PartnerStanding } from "../../engine/analytics/recognition";

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
  /** The table the events came from, e.g. "PI_SolarWave_Installations". */
  readonly source: string;
  /** The KPI (index into the program's KPIs) these events measure, or null when none does. */
  readonly kpi: number | null;
  /** The data cut-off (Excel serial): an item still open and due before it counts as late. */
  readonly asOf: number;
  readonly items: readonly ActivityItem[];
}

/** A closed period's partners as its snapshot stored them (the recognition note compares with them). */
export interface ClosedStandings {
  readonly period: string;
  readonly standings: readonly PartnerStanding[];
}

export interface InsightsSource {
  /** The programs in the open workbook. */
  listPrograms(): Promise<ProgramSummary[]>;
  /** A program's definition and its partners' current results. */
  loadProgram(key: string): Promise<InsightsProgram>;
  /** The dated events behind a program, or null when the workbook has none for it. */
  loadActivity?(key: string, program: ProgramDefinition): Promise<ProgramActivity | null>;
  /** The last closed period's standings, or null before the first close. */
  loadLastClosed?(key: string): Promise<ClosedStandings | null>;
  /**
   * Writes the what-if as a new comparison sheet (current vs scenario); `basedOn` is the program
   * as it was read (the write is refused if the workbook's has changed since).
   */
  saveScenario?(
    key: string,
    scenario: ProgramDefinition,
    basedOn: ProgramDefinition,
    language: UiLanguage,
  ): Promise<{ sheet: string; undo?: UndoOutcome }>;
  /**
   * Writes the what-if into the program's own tables, as one undo step where Excel can. Resolves
   * with the write's notes (e.g. results rows added for partners new in the user's table) and
   * what Ctrl+Z does now.
   */
  applyScenario?(
    key: string,
    scenario: ProgramDefinition,
    basedOn: ProgramDefinition,
  ): Promise<{ notes: readonly string[]; undo?: UndoOutcome } | void>;
  /**
   * Writes per-partner targets into the KPI's target column of the program's own data table
   * (matched by Partner ID), switching a fixed-target KPI to per-partner targets first when asked.
   */
  writeTargets?(
    key: string,
    kpi: number,
    targets: readonly { partnerId: string; target: number }[],
    options: { basedOn: ProgramDefinition; switchToPerPartner: boolean },
  ): Promise<{ column: string; written: number; unmatched: readonly string[]; undo?: UndoOutcome }>;
}
