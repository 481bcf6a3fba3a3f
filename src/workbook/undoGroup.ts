/* global Excel */
/*
 * One Ctrl+Z for one write (SPEC §4), where Excel can give it.
 *
 * - ExcelApi 1.20 added undo for add-ins' changes and Excel.run({ mergeUndoGroup: true })
 *   (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set).
 *   Inside such a run an API without undo support (Worksheet.delete among them) throws
 *   UndoNotSupported and calling one clears the user's undo stack
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 *   So no write of ours calls one inside a grouped run: a clean-up that must delete the sheets a
 *   failed write had added is handed back (CleanUpOutsideGroup) and run here in a run of its own.
 * - Excel has also refused large grouped writes with UndoNotSupported (OfficeDev/office-js issue
 *   6491, no documented threshold). Then the write's own clean-up has taken back what it wrote
 *   (WorkbookWriteError.restored) and the write is run again without grouping: Ctrl+Z then takes
 *   it back step by step. A write that could not be taken back is not repeated.
 * - Before ExcelApi 1.20 there is no grouping, and changes made by add-ins are not on Excel's undo
 *   stack at all (unless the host reports ExcelUndoApiAll 1.0): the pane says so.
 */
import { supportsExcelApi, supportsUndo } from "./excelFeatures";
import { WorkbookWriteError, isUndoNotSupported } from "./writeError";
import { formatMessage } from "./words";

/** What Ctrl+Z does after a write: one step takes it all back, several steps, or nothing. */
export type UndoOutcome = "oneStep" | "stepByStep" | "notUndoable";

export interface WriteResult<T> {
  readonly value: T;
  readonly undo: UndoOutcome;
}

/** The contexts of grouped runs: code inside a write asks before calling an API without undo support. */
const groupedContexts = new WeakSet<object>();

/** True inside Excel.run({ mergeUndoGroup: true }) started by runWrite. */
export function isGroupedRun(context: Excel.RequestContext): boolean {
  return groupedContexts.has(context);
}

/**
 * Thrown by a write that failed inside a grouped run when taking it back needs an API that
 * cannot be grouped (deleting the sheets it had added): runWrite runs `cleanUp` in a run of its
 * own and throws the error it returns.
 */
export class CleanUpOutsideGroup extends Error {
  constructor(
    readonly failure: unknown,
    readonly cleanUp: (context: Excel.RequestContext) => Promise<Error>,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = "CleanUpOutsideGroup";
  }
}

/** Options for an Excel.run that writes: one undo group where the host supports it (ExcelApi 1.20). */
export function writeRunOptions(): Excel.RunOptions {
  return supportsExcelApi("1.20") ? { mergeUndoGroup: true } : {};
}

/**
 * Runs a write as one undo step where Excel supports that, and says what Ctrl+Z will do.
 * `write` must take back what it wrote when it fails (the workbook layer's writes do) and be
 * safe to run again after that.
 */
export async function runWrite<T>(write: (context: Excel.RequestContext) => Promise<T>): Promise<WriteResult<T>> {
  if (!supportsExcelApi("1.20")) {
    return { value: await runUngrouped(write), undo: supportsUndo() ? "stepByStep" : "notUndoable" };
  }
  let failure: unknown;
  try {
    const value = await Excel.run({ mergeUndoGroup: true }, (context) => {
      groupedContexts.add(context);
      return write(context);
    });
    return { value, undo: "oneStep" };
  } catch (e) {
    failure = e instanceof CleanUpOutsideGroup ? await cleanUpAfter(e) : e;
  }
  if (!isUndoNotSupported(failure)) throw failure;
  if (failure instanceof WorkbookWriteError && failure.restored) {
    return { value: await runUngrouped(write), undo: "stepByStep" };
  }
  // Not taken back: not repeated. The write's own error says what was left; never Excel's bare code.
  if (failure instanceof WorkbookWriteError) throw failure;
  throw new WorkbookWriteError(formatMessage("notGroupedNotRetried"), { cause: failure });
}

/** The write's clean-up in a run of its own (deleting sheets is not allowed in a grouped run). */
async function cleanUpAfter(e: CleanUpOutsideGroup): Promise<unknown> {
  try {
    return await Excel.run((context) => e.cleanUp(context));
  } catch (cleanUpFailure) {
    return cleanUpFailure;
  }
}

function runUngrouped<T>(write: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => write(context));
}

/** The old entry point: the write's value only. */
export async function runAsOneUndoStep<T>(write: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return (await runWrite(write)).value;
}
