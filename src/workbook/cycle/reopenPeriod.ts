/* global Excel */
/*
 * Re-open: the explicit, logged action that puts the latest closed period back in play. The
 * engine's rules decide (only the latest closed period, a reason required); the Periods table
 * gets a "Re-opened" row with the reason and the close it takes back (its fingerprint and sheet),
 * so the old close stays on record, and the program's Change log a row in the same write. The
 * old snapshot sheet is kept, still protected, as that record; closing the period again writes a
 * new one beside it.
 */
import { ClosedPeriod, Period, reopenPeriod as reopenInEngine } from "../../engine";
import { applyWorkbookPlan } from "../applyPlan";
import { beforeWriting } from "../writeError";
import { readCycle } from "./cycleReads";
import { periodChangeLogRows } from "./periodChangeLog";
import { periodsRow, periodsTableName } from "./periodsTable";

export interface ReopenedPeriod {
  readonly period: Period;
  readonly reopenedAt: string;
  readonly reason: string;
  /** The close taken back, as the Periods table had it. */
  readonly was: ClosedPeriod;
  /** Its snapshot sheet, kept as the record. */
  readonly sheet: string;
  readonly syncs: number;
}

/** Re-opens `label` (the latest closed period) with `reason`; refused by the engine's CycleError otherwise. */
export async function reopenPeriod(
  context: Excel.RequestContext,
  key: string,
  label: string,
  reason: string,
  now: Date = new Date(),
): Promise<ReopenedPeriod> {
  const read = await beforeWriting(() => readCycle(context, key, false, true));
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const { entry } = reopenInEngine(read.state, label, reason, at);
  const sheet = read.closed[read.closed.length - 1].sheet;
  const row = periodsRow(
    {
      action: "reopen",
      period: entry.was.period,
      at,
      partners: entry.was.partners,
      total: entry.was.total,
      fingerprint: entry.was.fingerprint,
      sheet,
      reason: entry.reason,
    },
    read.words,
  );
  const applied = await applyWorkbookPlan(
    context,
    {
      key: read.w.key,
      programName: read.w.program.name,
      sheets: [],
      activeSheet: read.periodsSheet ?? "",
      appendRows: [
        { table: periodsTableName(read.w.key), rowsBefore: read.periodsRows, rows: [row] },
        ...periodChangeLogRows(read, {
          action: "periodReopened",
          period: entry.was.period.label,
          fingerprint: entry.was.fingerprint,
          reason: entry.reason,
          at,
        }),
      ],
    },
    { existing: read.w.existing },
  );
  return {
    period: entry.was.period,
    reopenedAt: at,
    reason: entry.reason,
    was: entry.was,
    sheet,
    syncs: read.syncs + applied.syncs,
  };
}
