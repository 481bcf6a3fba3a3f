/* global Excel */
/*
 * Update adjustments: a closed period (the latest, or one the user chooses) recomputed by the
 * engine on the program's data as it is now, under the plan as it stood (its snapshot's plan rows),
 * against what was paid for it so far (the snapshot's payouts plus the Adjustments table's earlier
 * lines for it). Each difference is a line settled in the open period, appended to
 * PI_<key>_Adjustments through the one executor, so a failed sync takes it back. Where late data is entered: the program's data table (docs/cycle.md).
 */
import {
  CycleError,
  buildSnapshot,
  paidSoFar,
  periodAdjustments,
  programFromRows,
  snapshotPayouts,
} from "../../engine";
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
  /** The closed period recomputed (the latest unless another was chosen; null before the first close). */
  readonly forPeriod: string | null;
  /** Every closed period, oldest first: those the user can choose to true up. */
  readonly closed: readonly string[];
  /** The lines this update appended (none when nothing changed since the last update). */
  readonly added: readonly SettledLine[];
  /** Closed periods whose snapshot sheet is gone or unreadable: not recomputed. */
  readonly skipped: readonly string[];
  /** The sheet the Adjustments table is on (null when there is none yet and nothing was added). */
  readonly sheet: string | null;
  readonly syncs: number;
}

/** The closed period to recompute: the latest, the one before it, or one by its label (the user's text). */
type PeriodChoice = "latest" | "beforeLatest" | { readonly label: string };

/** What Update adjustments would append, and what it read to get there. */
interface Computed {
  readonly read: CycleRead;
  readonly table: AdjustmentsRead;
  readonly update: AdjustmentsUpdate;
}

/**
 * A closed period recomputed on the data table as it is now: the one chosen, or the latest. The data
 * table holds one period's figures; an earlier period is recomputed only when the user chose it,
 * having put that period's figures back in the data table (docs/cycle.md): recomputed on a later
 * period's figures, it would turn them into false adjustments.
 */
async function compute(context: Excel.RequestContext, key: string, choice: PeriodChoice): Promise<Computed> {
  const read = await readCycle(context, key, true);
  const table = await readAdjustments(context, read);
  const { w, state } = read;
  const d = w.program.decimals;
  const added: SettledLine[] = [];
  const skipped: string[] = [];
  let syncs = read.syncs + (table.sheet === null ? 0 : 1);
  const forPeriod = typeof choice === "string" ? undefined : choice.label;
  const last = read.closed.length - 1;
  const chosen =
    forPeriod !== undefined
      ? read.closed.find((c) => c.period.label === forPeriod)
      : read.closed[choice === "latest" ? last : Math.max(0, last - 1)];
  if (forPeriod !== undefined && !chosen)
    throw new CycleError("notClosed", `${forPeriod} is not a closed period`, { period: forPeriod });
  if (chosen) {
    const stored = await readSnapshotSheet(context, chosen.sheet);
    syncs += stored.syncs;
    const fields = (stored.rows ?? []).map((r) => r.fields);
    const plan = programFromRows(fields);
    if (plan) {
      const label = chosen.period.label;
      const recomputed = snapshotPayouts(buildSnapshot(plan, chosen.period, snapshotPartners(w)));
      // A period re-opened and closed again was paid anew: only lines since this close count.
      const since = linesSince(table.lines, chosen.closedAt);
      const paid = paidSoFar(partnerAmounts(fields, "payout"), since, label, d);
      added.push(...periodAdjustments(label, paid, recomputed, d).map((l) => ({ ...l, settledIn: state.open.label })));
    } else skipped.push(chosen.period.label);
  }
  const update = {
    settledIn: state.open.label,
    forPeriod: chosen ? chosen.period.label : null,
    closed: read.closed.map((c) => c.period.label),
    added,
    skipped,
    sheet: table.sheet,
    syncs,
  };
  return { read, table, update };
}

/** What Update adjustments would append for `forPeriod` (the latest closed by default), without writing anything. */
export async function previewAdjustments(
  context: Excel.RequestContext,
  key: string,
  forPeriod?: string,
): Promise<AdjustmentsUpdate> {
  return (await compute(context, key, forPeriod === undefined ? "latest" : { label: forPeriod })).update;
}

/**
 * The preview "Update adjustments for an earlier period" opens on: the closed period before the
 * latest (the only one when one is closed), with every closed period to choose from, in one read
 * (the pane used to preview the latest first just to learn the list).
 */
export async function previewEarlierAdjustments(
  context: Excel.RequestContext,
  key: string,
): Promise<AdjustmentsUpdate> {
  return (await compute(context, key, "beforeLatest")).update;
}

/**
 * Recomputes a closed period (`forPeriod`, the latest by default; refused, `notClosed`, when it is
 * not a closed one) and appends the differences as lines settled in the open period. Nothing is
 * written when nothing changed.
 */
export async function updateAdjustments(
  context: Excel.RequestContext,
  key: string,
  now: Date = new Date(),
  forPeriod?: string,
): Promise<AdjustmentsUpdate> {
  const { read, table, update } = await beforeWriting(() =>
    compute(context, key, forPeriod === undefined ? "latest" : { label: forPeriod }),
  );
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
