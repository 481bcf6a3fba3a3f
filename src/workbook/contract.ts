/* global Excel */
/*
 * What the task pane may ask of the workbook layer, and what it gets back. The task pane calls
 * these through Excel.run; everything here takes an Excel.RequestContext so it can be tested
 * with office-addin-mock. No business rules live in the task pane: it shows these results.
 */
import type { PartnerInput, ProgramChange, ProgramDefinition, SheetLanguage } from "../engine";
import type { SolarWaveSampleCsv } from "./solarwaveSample";
import type { UndoOutcome } from "./undoGroup";
export type { UndoOutcome };

export type { SolarWaveSampleCsv };

/** Partner rows to put in a new data table (e.g. the SolarWave sample), by KPI position. */
export interface PartnerSeed {
  readonly id: string;
  readonly name: string;
  /** Actuals by KPI position; null for "not yet known". */
  readonly actuals?: readonly (number | null)[];
  /** Per-partner targets by KPI position, where the KPI's target is per partner. */
  readonly targets?: readonly (number | null)[];
}

export interface WriteOptions {
  /** Partners to seed the data table with (new data source only). */
  readonly partners?: readonly PartnerSeed[];
  /** Load the SolarWave sample installations and aggregate them per partner with formulas. */
  readonly withSolarWaveSample?: boolean;
  /**
   * The sample's two CSV files as text (assets/sample/solarwave/), required with
   * withSolarWaveSample: how they reach the bundle is the task pane's choice.
   */
  readonly sample?: SolarWaveSampleCsv;
}

/** Exactly what a write will add, shown on the review step before anything is written. */
export interface WritePreview {
  readonly sheets: readonly {
    readonly name: string;
    readonly tables: readonly { readonly name: string; readonly columns: readonly string[]; readonly rows: number }[];
    /** One example formula per calculated column, as it will appear in the sheet. */
    readonly formulas: readonly { readonly column: string; readonly formula: string }[];
  }[];
}

/** A program found in the workbook, from its own tables. */
export interface ProgramSummary {
  /** The program's key: the stem its sheet and table names share. */
  readonly key: string;
  readonly name: string;
  readonly planSheet: string;
  readonly dataSheet: string;
  readonly partners: number;
  /** The user's table or range the program reads its results from; absent when it has its own data table. */
  readonly source?: string;
}

export interface CreatedProgram {
  readonly summary: ProgramSummary;
  readonly preview: WritePreview;
  /** What Ctrl+Z does now (set by the pane's write runner, runWrite). */
  readonly undo?: UndoOutcome;
}

/** The workbook layer's functions the task pane calls (programs.ts implements them). */
export interface ProgramsApi {
  previewProgramWrite(
    context: Excel.RequestContext,
    program: ProgramDefinition,
    options?: WriteOptions,
  ): Promise<WritePreview>;
  createProgram(
    context: Excel.RequestContext,
    program: ProgramDefinition,
    options?: WriteOptions,
  ): Promise<CreatedProgram>;
  listPrograms(context: Excel.RequestContext): Promise<ProgramSummary[]>;
  readProgram(context: Excel.RequestContext, key: string): Promise<ProgramDefinition>;
  /** Writes an edited program back into its existing tables (program/update/updateProgram.ts). */
  updateProgram(context: Excel.RequestContext, key: string, program: ProgramDefinition): Promise<UpdatedProgram>;
}

/** What an edit wrote (program/update/updateProgram.ts). */
export interface UpdatedProgram {
  readonly summary: ProgramSummary;
  /** The program as written (the edit, in the language its tables were written in). */
  readonly program: ProgramDefinition;
  /**
   * What changed, the program's tables as read against the edit (the engine's programChanges, the
   * same description the wizard's review words). Empty when nothing did.
   */
  readonly changes: readonly ProgramChange[];
  /** What was deliberately left for the user (e.g. a removed KPI's data column, kept). */
  readonly notes: readonly string[];
  /** context.sync() calls made. */
  readonly syncs: number;
  /** What Ctrl+Z does now (set by the pane's write runner, runWrite). */
  readonly undo?: UndoOutcome;
}

/** A partner's row of the data table, read back: what the engine needs, plus who it is. */
export interface PartnerRecord extends PartnerInput {
  readonly id: string;
  readonly name: string;
  /** The row in the data table (1 = its first data row). */
  readonly row: number;
}

/** A generated sheet (dashboard or statements) after a write. */
export interface GeneratedSheet {
  /** The sheet written (statements in parts: the first part, the sheet shown after the write). */
  readonly sheet: string;
  /**
   * Statements: every part written, first to last (one sheet per 1,026 partners, Excel's page
   * breaks per sheet); `sheet` is the first. Absent for the dashboard and one partner's statement.
   */
  readonly sheets?: readonly string[];
  /** True when the add-in's own sheet was cleared and rewritten in place; false when it was added. */
  readonly inPlace: boolean;
  readonly partners: number;
  /** context.sync() calls made, reads included. */
  readonly syncs: number;
  /** What Ctrl+Z does now (set by the pane's write runner, runWrite). */
  readonly undo?: UndoOutcome;
  /**
   * Things the user should know about the sheet, in the message language: e.g. beyond 1,026
   * partners, that the statements were written in parts (which sheets), and which parts are no
   * longer used. Absent when there is nothing to say.
   */
  readonly notes?: readonly string[];
}

export interface GenerateOptions {
  /** The generation time written on the sheet (default: now). Tests pass a fixed one. */
  readonly now?: Date;
  /**
   * The generated sheet's language (its name, headers, words, date formats); by default the
   * program's sheet language. Head office can read a dashboard in English while partners get
   * statements in Chinese, from the same program.
   */
  readonly language?: SheetLanguage;
}

/** What the task pane calls for dashboards and statements (dashboard/generate.ts implements them). */
export interface DashboardApi {
  generateDashboard(context: Excel.RequestContext, key: string, options?: GenerateOptions): Promise<GeneratedSheet>;
  generateStatements(context: Excel.RequestContext, key: string, options?: GenerateOptions): Promise<GeneratedSheet>;
  generateValuesOnlyStatements(
    context: Excel.RequestContext,
    key: string,
    which: number | "all",
    options?: GenerateOptions,
  ): Promise<GeneratedSheet>;
  readPartnerInputs(context: Excel.RequestContext, key: string): Promise<PartnerRecord[]>;
}
