/* global Excel */
/*
 * What the task pane calls (contract.ts): preview a program's write, create it, list the
 * programs in the workbook and read one back. Each takes the RequestContext of the caller's
 * Excel.run (writes go through runWrite from undoGroup.ts: one Ctrl+Z undoes them where Excel can
 * group them; deleteProgram runs in a plain Excel.run, since deleting sheets cannot be undone).
 *
 * Syncs: previewProgramWrite 1; createProgram 3 (names, write, recalculate) up to the request
 * budget; listPrograms 2; readProgram 2; deleteProgram 3.
 */
import { ProgramDefinition, formatMessage } from "../engine";
import { applyWorkbookPlan } from "./applyPlan";
import type { CreatedProgram, ProgramSummary, WriteOptions, WritePreview } from "./contract";
import { DescribeOptions, ProgramNotWritableError, describeProgram } from "./describeProgram";
import type { ExistingNames } from "./names";
import { TABLE_PREFIX, tableName } from "./names";
import { previewOf } from "./preview";
import { detectExcelFeatures } from "./excelFeatures";
import { OWNER_PROPERTY, parseOwnerMark } from "./ownership";
import { programFromTables, programNameFromSettings, sourceNameFromSettings } from "./readPlan";
import type { WorkbookPlan } from "./sheetPlan";
import { parseSolarWaveSample } from "./solarwaveSample";
import { readExistingNames } from "./workbookNames";
import { SourceTable, readNamesAndSource } from "./existingSource";
import { isGroupedRun } from "./undoGroup";
import { beforeWriting } from "./writeError";

export { runAsOneUndoStep, runWrite, writeRunOptions } from "./undoGroup";
export type { UndoOutcome, WriteResult } from "./undoGroup";
export { ProgramNotWritableError } from "./describeProgram";
export { WorkbookWriteError } from "./applyPlan";
export { listSourceTables, readRangeSource, readSelectedRangeSource } from "./existingSource";
// Dashboards and statements (dashboard/generate.ts; docs/dashboard.md).
export {
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  readPartnerInputs,
} from "./dashboard/generate";

/** Exactly what createProgram would add, with the names it would get in this workbook. Writes nothing. */
export async function previewProgramWrite(
  context: Excel.RequestContext,
  program: ProgramDefinition,
  options: WriteOptions = {},
): Promise<WritePreview> {
  const { existing, sourceTable } = await readBeforeDescribing(context, program);
  return previewOf(describeProgram(program, describeOptions(options, existing, sourceTable)));
}

/** Writes the program as new sheets and tables; on failure nothing is left behind and the error says why. */
export async function createProgram(
  context: Excel.RequestContext,
  program: ProgramDefinition,
  options: WriteOptions = {},
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
  options: WriteOptions,
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
  };
}

export function summaryOf(plan: WorkbookPlan): ProgramSummary {
  const sheet = (role: string) => plan.sheets.find((s) => s.role === role)?.name ?? "";
  const data = plan.sheets.find((s) => s.role === "data")?.tables[0];
  const partners = data ? data.rows.filter((r) => r[0] !== null).length : 0;
  return { key: plan.key, name: plan.programName.trim(), planSheet: sheet("plan"), dataSheet: sheet("data"), partners };
}

const SETTINGS_TABLE = new RegExp(`^${TABLE_PREFIX}(.+)_Settings$`, "i");

/**
 * The programs in the workbook, found from their own tables: every PI_<key>_Settings table with
 * its KPI and tier tables beside it. The name comes from the Settings table, the partner count
 * from the data table's first column (Partner ID).
 */
export async function listPrograms(context: Excel.RequestContext): Promise<ProgramSummary[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const byName = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
  const found = tables.items.flatMap((settings) => {
    const key = SETTINGS_TABLE.exec(settings.name)?.[1];
    if (!key || !byName.has(tableName(key, "KPIs").toLowerCase()) || !byName.has(tableName(key, "Tiers").toLowerCase()))
      return [];
    const values = settings.getRange().load("values");
    const planSheet = settings.worksheet.load("name");
    const data = byName.get(tableName(key, "Data").toLowerCase());
    const ids = data ? data.columns.getItemAt(0).getDataBodyRange().load("values") : null;
    const dataSheet = data ? data.worksheet.load("name") : null;
    return [{ key, values, planSheet, ids, dataSheet }];
  });
  if (found.length === 0) return [];
  await context.sync();
  return found.map((f) => {
    const name = programNameFromSettings(f.values.values);
    const source = sourceNameFromSettings(f.values.values);
    return {
      key: f.key,
      name: name || f.key,
      planSheet: f.planSheet.name,
      dataSheet: f.dataSheet?.name ?? "",
      partners: f.ids ? f.ids.values.filter((r) => r[0] !== "" && r[0] !== null).length : 0,
      ...(source ? { source } : {}),
    };
  });
}

/** A program read back from its plan tables, for editing in the wizard. */
export async function readProgram(context: Excel.RequestContext, key: string): Promise<ProgramDefinition> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const names = { settings: tableName(key, "Settings"), kpis: tableName(key, "KPIs"), tiers: tableName(key, "Tiers") };
  const find = (name: string) => tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const [settings, kpis, tiers] = [find(names.settings), find(names.kpis), find(names.tiers)];
  if (!settings || !kpis || !tiers) {
    const missing = [names.settings, names.kpis, names.tiers].filter((n) => !find(n));
    throw new Error(formatMessage("programIncomplete", { key, tables: missing.join(", ") }));
  }
  const ranges = [settings, kpis, tiers].map((t) => t.getRange().load("values"));
  await context.sync();
  return programFromTables(ranges[0].values, ranges[1].values, ranges[2].values, names);
}

/**
 * Deletes a program: exactly the sheets whose ownership mark names it (their tables go with
 * them). Sheets without the mark are never touched, even if they hold the program's tables.
 * Call it only after the user confirmed: deleting sheets also clears Excel's undo history.
 * Returns the names of the sheets deleted. Needs ExcelApi 1.12 (worksheet custom properties).
 */
export async function deleteProgram(context: Excel.RequestContext, key: string): Promise<string[]> {
  if (!detectExcelFeatures().customProperties) {
    throw new Error(formatMessage("deleteUnsupported"));
  }
  // Worksheet.delete cannot be undone, so it throws UndoNotSupported inside an undo group.
  if (isGroupedRun(context)) throw new Error("Internal error: deleteProgram must run outside an undo group.");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const marks = sheets.items.map((sheet) => ({
    sheet,
    mark: sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY),
  }));
  marks.forEach((m) => m.mark.load("value"));
  await context.sync();
  const ours = marks.filter(
    (m) => !m.mark.isNullObject && parseOwnerMark(m.mark.value)?.key.toLowerCase() === key.toLowerCase(),
  );
  if (ours.length === 0) throw new Error(formatMessage("deleteNothingFound", { key }));
  if (ours.length === sheets.items.length) {
    throw new Error(formatMessage("deleteLastSheets"));
  }
  ours.forEach((m) => m.sheet.delete());
  await context.sync();
  return ours.map((m) => m.sheet.name);
}

// Editing a program in place (updateProgram.ts).
export { updateProgram, programChanges } from "./updateProgram";
export type { UpdatedProgram } from "./updateProgram";

// Insights writes: a what-if saved as a sheet or applied, and reviewed targets (scenario/, targets/).
export { saveScenario } from "./scenario/writeScenario";
export type { SavedScenario, SaveScenarioOptions } from "./scenario/writeScenario";
export { applyScenario } from "./scenario/applyScenario";
export { ProgramChangedError } from "./scenario/unchanged";
export { writeTargets } from "./targets/writeTargets";
export type { NewTarget, WriteTargetsOptions, WrittenTargets } from "./targets/writeTargets";
