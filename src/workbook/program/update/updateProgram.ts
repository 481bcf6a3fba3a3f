/* global Excel */
/*
 * Editing a program: the changed definition is written back into the program's EXISTING tables,
 * in place (SPEC §4–5: the workbook is the single source of truth, and the add-in never
 * overwrites what the user added).
 *
 * - Settings: the Value of each of the program's settings rows (found by name); a missing row is
 *   added at the table's end. Rows the add-in does not know are left alone.
 * - KPIs: the rows follow the wizard's order (the KPI table's known columns are rewritten, rows are
 *   added or deleted at the table's end). Cells in the user's own columns travel with their KPI
 *   (matched by name) when its row moves; rows that stay put are not written there.
 * - Tiers: known columns rewritten; rows added or deleted at the table's end only.
 * - Data table: in a new program's column order. A new KPI gets its actual column after the
 *   last actual, its per-partner target column before the attainment columns, and its attainment
 *   column after them; a removed KPI's attainment column (the add-in's own formula) is deleted,
 *   but its actual and target columns (the user's data) are kept where they are and the result
 *   says so (Gate met then picks the actuals one by one: programFormulas.ts). Every calculated
 *   column's formula is rewritten, so method, basis KPI, bounds and target mode changes take
 *   effect. Columns the add-in does not know are never touched; the user's columns never move.
 * - Over the user's own table (source kind "existing"): that table is read in the same sync and
 *   never written; the columns reading it follow the mapping, a removed KPI's columns (formulas,
 *   not data) go, and the results rows are brought in line with the user's rows (planSourceRows).
 *
 * Syncs: 1 (table names) + 1 (read the four tables) + 1 (write everything, calculation and screen
 * updating suspended) + 1 (recalculate) = 4, whatever the partner count. Everything is checked
 * before anything is written; if the write fails, the four tables are put back as they were read
 * (2 more syncs) and the error says whether that worked.
 */
import { ProgramDefinition, validateProgram } from "../../../engine";
import { cellAddress } from "../../addresses";
import type { UpdatedProgram } from "../../contract";
import { ProgramNotWritableError } from "../notWritable";
import { WorkbookWriteError, failureReason } from "../../writeError";
import { detectExcelFeatures } from "../../excelFeatures";
import { tableName } from "../../names";
import { addMissingSettingNames } from "../settingNames";
import { isRangeAddress, readRangeSource } from "../../existingSource";
import { formulaRowsFor } from "../../chunkedRead";
import { ReadTables, readSnapshots, snapshotSheets } from "./snapshots";
import { planUpdate } from "./planUpdate";
import { queueUpdate } from "./queueUpdate";
import { restoreTables } from "./restoreTables";
import { editTargets } from "../../protection/editTargets";
import { isAccessDenied, protectedNow, refuseProtectedTargets } from "../../protection/protectedSheets";
import type { UpdateWrites } from "./updateWrites";
import { type LoggedChange, type PlanChangeToLog, changeLogAppend } from "../../changeLog/changeLogTable";
import { loggedPlanFor } from "../../changeLog/handEdits";
import { CHANGE_LOG_WORDS, type ChangeAction } from "../../changeLog/changeLogWords";
import {
  queueChangeLogRow,
  queueLastChangeLogRowRemoval,
  takeBackChangeLogRow,
} from "../../changeLog/changeLogInWorkbook";
import { formatMessage, workbookLanguage } from "../../words";

export type { UpdatedProgram };

/** How an edit is logged in the program's Change log, when it has one (changeLog/). */
export interface ChangeLogOptions {
  /**
   * What the add-in is doing: an edit by default. Null for a write that takes back the one just
   * before it (a failed step of a larger change): not logged, and that write's row goes with it.
   */
  readonly action?: ChangeAction | null;
  /** The user's reason; none by default. */
  readonly reason?: string;
  /** The time logged; now by default. */
  readonly now?: Date;
}

export async function updateProgram(
  context: Excel.RequestContext,
  key: string,
  program: ProgramDefinition,
  log: ChangeLogOptions = {},
): Promise<UpdatedProgram> {
  assertEditable(program);
  const names = {
    settings: tableName(key, "Settings"),
    kpis: tableName(key, "KPIs"),
    tiers: tableName(key, "Tiers"),
    data: tableName(key, "Data"),
  };
  let syncs = 0;
  let read: ReadTables;
  try {
    read = await readSnapshots(
      context,
      names,
      program.source.kind === "existing" ? program.source.source : null,
      formulaRowsFor(program),
    );
    syncs += read.syncs;
  } catch (e) {
    if (e instanceof ProgramNotWritableError) throw e;
    // Nothing was written yet.
    throw new WorkbookWriteError(formatMessage("updateTablesUnreadable", { reason: reason(e) }), {
      cause: e,
      restored: true,
    });
  }
  // A plain range is read after the tables (its sheet checked first): 2 more syncs.
  if (program.source.kind === "existing" && isRangeAddress(program.source.source)) {
    try {
      read = { ...read, sourceTable: await readRangeSource(context, program.source.source) };
      syncs += 2;
    } catch (e) {
      // Nothing was written yet.
      throw new WorkbookWriteError(formatMessage("updateTablesUnreadable", { reason: reason(e) }), {
        cause: e,
        restored: true,
      });
    }
  }
  const { snapshots } = read;
  const update = planUpdate(snapshots, program, read.sourceTable);
  const features = detectExcelFeatures();
  // The change goes into the program's Change log in the same sync as the write (when it has one).
  // A write that leaves the plan as it was (Update partners) is not a plan change: no row.
  const logged =
    read.changeLog &&
    log.action !== null &&
    update.changes.length > 0 &&
    changeLogAppend(key, read.changeLog.rows, logEntryOf(update, log, read.changeLog.last), wordsOf(update));
  // A protected sheet would refuse the write partway (AccessDenied): refused here, nothing written.
  const logWritten = read.changeLog && (logged || log.action === null) ? read.changeLog.table : null;
  refuseProtectedTargets(read.protection, editTargets(update, logWritten));

  try {
    if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    // An earlier version's workbook has no setting names; the rewritten formulas read them.
    const settings = snapshots.settings;
    addMissingSettingNames(
      context,
      key,
      {
        values: settings.values,
        address: `'${settings.sheet.replace(/'/g, "''")}'!${cellAddress(settings.row, settings.column)}`,
      },
      read.settingNames,
    );
    queueUpdate(context, update, features);
    if (logged) queueChangeLogRow(context, logged);
    if (read.changeLog && log.action === null) queueLastChangeLogRowRemoval(context, read.changeLog);
    await context.sync();
    syncs++;
    context.workbook.worksheets.getItem(snapshots.data.sheet).getRange(update.dataAddress).calculate();
    await context.sync();
    syncs++;
  } catch (e) {
    // Protected since the read: Excel refused every write there, so those tables are as they were.
    const untouched = isAccessDenied(e) ? await protectedNow(context, snapshotSheets(snapshots)) : [];
    const tablesBack = await restoreTables(context, snapshots, untouched);
    const restored = (logged ? await takeBackChangeLogRow(context, logged) : true) && tablesBack;
    throw new WorkbookWriteError(
      formatMessage("updateWriteFailed", {
        name: program.name.trim(),
        reason: reason(e),
        outcome: formatMessage(restored ? "tablesRestored" : "tablesMaybeChanged"),
      }),
      { cause: e, restored },
    );
  }
  return {
    summary: {
      key,
      name: program.name.trim(),
      planSheet: snapshots.settings.sheet,
      dataSheet: snapshots.data.sheet,
      partners: update.partners,
    },
    program: update.program,
    changes: update.changes,
    notes: update.notes,
    syncs,
  };
}

function assertEditable(p: ProgramDefinition): void {
  const issues = validateProgram(p, workbookLanguage());
  if (issues.length > 0) {
    const more = issues.length > 1 ? formatMessage("moreToFix", { count: issues.length - 1 }) : "";
    throw new ProgramNotWritableError(formatMessage("changesNotSavable", { problem: issues[0].message, more }));
  }
}

const reason = failureReason;

/**
 * The row starts from the last logged plan, not the plan as read: a hand edit made since the last
 * row is listed with the add-in's change instead of being absorbed unsaid (as a close does).
 */
function logEntryOf(update: UpdateWrites, log: ChangeLogOptions, last: LoggedChange | undefined): PlanChangeToLog {
  const before = loggedPlanFor(last, update.before) ?? update.before;
  return {
    action: log.action ?? "edited",
    before,
    after: update.program,
    reason: log.reason ?? "",
    at: (log.now ?? new Date()).toISOString(),
  };
}

const wordsOf = (update: UpdateWrites) => CHANGE_LOG_WORDS[update.program.sheetLanguage ?? "en"];
