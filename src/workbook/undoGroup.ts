/* global Excel */
/*
 * One Ctrl+Z for one write (SPEC §4). mergeUndoGroup is an option of Excel.run, not of a
 * RequestContext, so the writer cannot set it itself: the task pane runs its write batches
 * through this helper instead of calling Excel.run directly.
 */
import { supportsExcelApi } from "./excelFeatures";

/** Options for an Excel.run that writes: one undo group where the host supports it (ExcelApi 1.20). */
export function writeRunOptions(): Excel.RunOptions {
  return supportsExcelApi("1.20") ? { mergeUndoGroup: true } : {};
}

/** Excel.run for a batch that writes, merged into one undo step where Excel supports that. */
export function runAsOneUndoStep<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options = writeRunOptions();
  return options.mergeUndoGroup ? Excel.run(options, batch) : Excel.run(batch);
}
