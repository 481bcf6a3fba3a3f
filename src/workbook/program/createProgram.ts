/* global Excel */
/*
 * Previewing and creating a program: the workbook's names (and an existing source table) are
 * read, describeProgram plans the sheets, applyPlan writes them. Each takes the RequestContext of
 * the caller's Excel.run; createProgram runs inside runWrite (undoGroup.ts).
 *
 * Syncs: previewProgramWrite 1 (2 over an existing table); createProgram 3 (names, write,
 * recalculate) up to the request budget.
 */
import { ProgramDefinition } from "../../engine";
import { applyWorkbookPlan } from "../applyPlan";
import type { CreatedProgram, ProgramSummary, WriteOptions, WritePreview } from "../contract";
import { DescribeOptions, describeProgram } from "./describe/describeProgram";
import { ProgramNotWritableError } from "./notWritable";
import { SourceTable, readNamesAndSource } from "../existingSource";
import type { ExistingNames } from "../names";
import { previewOf } from "../preview";
import type { WorkbookPlan } from "../sheetPlan";
import { parseSolarWaveSample } from "../solarwaveSample";
import { readExistingNames } from "../workbookNames";
import { beforeWriting } from "../writeError";
import { formatMessage } from "../words";

/** Exactly what createProgram would add, with the names it would get in this workbook. Writes nothing. */
export async function previewProgramWrite(
  context: Excel.RequestContext,
  program: ProgramDefinition,
  options: WriteOptions = {},
): Promise<WritePreview> {
  const { existing, sourceTable } = await readBeforeDescribing(context, program);
  return previewOf(describeProgram(program, describeOptions(options, existing, sourceTable)));
}

/** createProgram's options: what to write, and the clock its Change log's "Created" row reads. */
export interface CreateOptions extends WriteOptions {
  /** The time logged as the creation; now by default. */
  readonly now?: Date;
}

/**
 * Writes the program as new sheets and tables, its Change log with the "Created" row among them
 * (one write, one rollback); on failure nothing is left behind and the error says why.
 */
export async function createProgram(
  context: Excel.RequestContext,
  program: ProgramDefinition,
  options: CreateOptions = {},
): Promise<CreatedProgram> {
  const { existing, sourceTable } = await beforeWriting(() => readBeforeDescribing(context, program));
  const plan = describeProgram(program, describeOptions(options, existing, sourceTable));
  await applyWorkbookPlan(context, plan, { existing });
  return { summary: summaryOf(plan), preview: previewOf(plan) };
}

/**
 * The workbook's names, and for a program over an existing table that table's headers and row
 * count (existingSource.ts): 1 sync for a new data table, 2 over an existing table. The user's
 * table is only read; describeProgram refuses, before anything is written, when a mapped column
 * is missing.
 */
async function readBeforeDescribing(
  context: Excel.RequestContext,
  program: ProgramDefinition,
): Promise<{ existing: ExistingNames; sourceTable?: SourceTable | null }> {
  if (program.source.kind !== "existing") return { existing: await readExistingNames(context) };
  const { existing, table } = await readNamesAndSource(context, program.source.source);
  return { existing, sourceTable: table };
}

function describeOptions(
  options: CreateOptions,
  existing: ExistingNames,
  sourceTable?: SourceTable | null,
): DescribeOptions {
  if (options.withSolarWaveSample && !options.sample) {
    throw new ProgramNotWritableError(formatMessage("sampleNotIncluded"));
  }
  return {
    existing,
    partners: options.partners,
    sample: options.sample ? parseSolarWaveSample(options.sample) : undefined,
    ...(sourceTable !== undefined ? { sourceTable } : {}),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
}

export function summaryOf(plan: WorkbookPlan): ProgramSummary {
  const sheet = (role: string) => plan.sheets.find((s) => s.role === role)?.name ?? "";
  const data = plan.sheets.find((s) => s.role === "data")?.tables[0];
  // A count, not a filter: the data table's rows may be built as they are read (lazyRows).
  const partners = data ? data.rows.reduce((n, r) => n + (r[0] !== null ? 1 : 0), 0) : 0;
  return { key: plan.key, name: plan.programName.trim(), planSheet: sheet("plan"), dataSheet: sheet("data"), partners };
}
