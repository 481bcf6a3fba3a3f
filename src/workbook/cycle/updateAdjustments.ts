/* global Excel */
/*
 * Update adjustments: the latest closed period recomputed by the engine on the program's data as
 * it is now, under the plan as it stood (its snapshot's plan rows), against what was paid for it so far
 * (the snapshot's payouts plus the Adjustments table's earlier lines for it). Each difference is a
 * line settled in the open period, appended to PI_<key>_Adjustments through the one executor, so a
 * failed sync takes it back. Where late data is entered: the program's data table (docs/cycle.md).
 */
import { buildSnapshot, paidSoFar, periodAdjustments, programFromRows, snapshotPayouts } from "../../engine";
import { programLanguage } from "../labels";
import { applyWorkbookPlan } from "../applyPlan";
import { SheetNamer } from "../names";
import type { WorkbookPlan } from "../sheetPlan";
import { beforeWriting } from "../writeError";
import { CycleRead, readCycle, snapshotPartners } from "./cycleReads";
import { ADJUSTMENTS_WORDS } from "./adjustmentsWords";
import {
  SettledLine,
  adjustmentsRow,
  adjustmentsTableName,
  describeAdjustmentsSheet,
  linesSince,
} from "./adjustmentsTable";
import { readSnapshotSheet } from "./readSnapshot";
import { type AdjustmentsRead, partnerAmounts, readAdjustments } from "./adjustmentsSettlement";

export interface AdjustmentsUpdate {
  /** The open period the new lines are settled in. */
  readonly settledIn: string;
  /** The closed period recomputed (the latest; null before the first close). */
  readonly forPeriod: string | null;
  /** The lines this update appended (none when nothing changed since the last update). */
  readonly added: readonly SettledLine[];
  /** Closed periods whose snapshot sheet is gone or unreadable: not recomputed. */
  readonly skipped: readonly string[];
  /** The sheet the Adjustments table is on (null when there is none yet and nothing was added). */
  readonly sheet: string | null;
  readonly syncs: number;
}

/** What Update adjustments would append, and what it read to get there. */
interface Computed {
  readonly read: CycleRead;
  readonly table: AdjustmentsRead;
  readonly update: AdjustmentsUpdate;
}

/**
 * The latest closed period recomputed on the data table as it is now. Only the latest: the data
 * table holds one period's figures, so an earlier closed period's data is no longer in it, and
 * recomputing that period from it would turn a later period's figures into false adjustments.
 */
async function compute(context: Excel.RequestContext, key: string): Promise<Computed> {
  const read = await readCycle(context, key, true);
  const table = await readAdjustments(context, read);
  const { w, state } = read;
  const d = w.program.decimals;
  const added: SettledLine[] = [];
  const skipped: string[] = [];
  let syncs = read.syncs + (table.sheet === null ? 0 : 1);
  const latest = read.closed[read.closed.length - 1];
  if (latest) {
    const stored = await readSnapshotSheet(context, latest.sheet);
    syncs += stored.syncs;
    const fields = (stored.rows ?? []).map((r) => r.fields);
    const plan = programFromRows(fields);
    if (plan) {
      const label = latest.period.label;
      const recomputed = snapshotPayouts(buildSnapshot(plan, latest.period, snapshotPartners(w)));
      // A period re-opened and closed again was paid anew: only lines since this close count.
      const since = linesSince(table.lines, latest.closedAt);
      const paid = paidSoFar(partnerAmounts(fields, "payout"), since, label, d);
      added.push(...periodAdjustments(label, paid, recomputed, d).map((l) => ({ ...l, settledIn: state.open.label })));
    } else skipped.push(latest.period.label);
  }
  const forPeriod = latest ? latest.period.label : null;
  return { read, table, update: { settledIn: state.open.label, forPeriod, added, skipped, sheet: table.sheet, syncs } };
}

/** What Update adjustments would append, without writing anything. */
export async function previewAdjustments(context: Excel.RequestContext, key: string): Promise<AdjustmentsUpdate> {
  return (await compute(context, key)).update;
}

/**
 * Recomputes the latest closed period and appends the differences as lines settled in the open
 * period. Nothing is written when nothing changed.
 */
export async function updateAdjustments(
  context: Excel.RequestContext,
  key: string,
  now: Date = new Date(),
): Promise<AdjustmentsUpdate> {
  const { read, table, update } = await beforeWriting(() => compute(context, key));
  if (update.added.length === 0) return update;
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const plan = describeUpdate(read, table, update.added, at);
  const applied = await applyWorkbookPlan(context, plan, { existing: read.w.existing });
  return { ...update, sheet: plan.activeSheet, syncs: update.syncs + applied.syncs };
}

/** The write: the lines appended to the table, or on the first update a new sheet with it. */
function describeUpdate(
  read: CycleRead,
  table: AdjustmentsRead,
  lines: readonly SettledLine[],
  at: string,
): WorkbookPlan {
  const { w } = read;
  const words = ADJUSTMENTS_WORDS[programLanguage(w.program)];
  const rows = lines.map((l) => adjustmentsRow(l, at, words));
  if (table.sheet !== null)
    return {
      key: w.key,
      programName: w.program.name,
      sheets: [],
      activeSheet: table.sheet,
      appendRows: [{ table: adjustmentsTableName(w.key), rowsBefore: table.rows, rows }],
    };
  const sheet = new SheetNamer(w.program.name, w.existing).next(words.sheet);
  return {
    key: w.key,
    programName: w.program.name,
    sheets: [describeAdjustmentsSheet(w.program, w.key, sheet, rows, words)],
    activeSheet: sheet,
  };
}
