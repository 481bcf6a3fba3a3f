/* global Excel */
/*
 * Close period: the open period's snapshot (computed by the engine from the data table as it is
 * now, under the plan as it stands) written values-only on a sheet of its own, and its row added
 * to the program's Periods table — one applyWorkbookPlan, so a failed sync takes both back. The
 * snapshot is protected afterwards, as a step of its own (protectSnapshot): protecting a sheet
 * cannot be undone or grouped in an undo step, so the pane says so before the close and runs it
 * outside the close's undo group.
 */
import {
  Period,
  PeriodSnapshot,
  SettlementInputs,
  buildSnapshot,
  closePeriod as closeInEngine,
  nextPeriod,
  serialOfIso,
} from "../../engine";
import { applyWorkbookPlan } from "../applyPlan";
import { SheetNamer } from "../names";
import type { WorkbookPlan } from "../sheetPlan";
import { beforeWriting } from "../writeError";
import { CycleRead, readCycle, snapshotPartners } from "./cycleReads";
import { describePeriodsSheet, periodsRow, PeriodsEntry, periodsTableName } from "./periodsTable";
import { describeSnapshotSheet } from "./describeSnapshot";
import { readSettlement } from "./adjustmentsSettlement";
import { periodChangeLogRows } from "./periodChangeLog";

/** What Close period will freeze, before anything is written. */
export interface PeriodClosePreview {
  readonly key: string;
  readonly programName: string;
  readonly period: Period;
  readonly partners: number;
  readonly total: number;
  readonly currency: string;
  readonly decimals: number;
  readonly kpis: number;
  readonly tiers: number;
  /** The fingerprint the snapshot will have, were nothing to change before the close. */
  readonly fingerprint: string;
  /** The sheet the snapshot will be written on. */
  readonly sheet: string;
  /** Periods closed so far. */
  readonly closedBefore: number;
  /** The latest closed period (the one Re-open takes back), with its snapshot sheet; null before the first close. */
  readonly lastClosed: { readonly period: Period; readonly sheet: string; readonly fingerprint: string } | null;
  /** The period open once this one is closed. */
  readonly next: Period;
  /** The open period runs past the program's end date. */
  readonly pastProgramEnd: boolean;
}

export interface ClosedPeriodResult {
  readonly period: Period;
  readonly sheet: string;
  readonly periodsSheet: string;
  readonly fingerprint: string;
  readonly partners: number;
  readonly total: number;
  readonly currency: string;
  readonly decimals: number;
  readonly closedAt: string;
  /** The period open now. */
  readonly next: Period;
  readonly syncs: number;
}

export interface ClosePeriodOptions {
  /** The period the user saw in the preview: refused when it is no longer the open one (closed twice). */
  readonly period?: string;
  readonly now?: Date;
}

interface Prepared {
  readonly read: CycleRead;
  readonly snapshot: PeriodSnapshot;
  readonly sheet: string;
  readonly periodsSheet: string;
}

function prepare(read: CycleRead, settle: SettlementInputs, label?: string): Prepared {
  const { w, state } = read;
  // Asked for a period already closed: build it anyway, so the engine refuses it by its own rule.
  const period =
    label === undefined || label === state.open.label
      ? state.open
      : (read.closed.find((c) => c.period.label === label)?.period ?? { ...state.open, label });
  const snapshot = buildSnapshot(w.program, period, snapshotPartners(w), settle);
  const namer = new SheetNamer(w.program.name, w.existing);
  const sheet = namer.next(period.label);
  const periodsSheet = read.periodsSheet ?? namer.next(read.words.periodsSheet);
  return { read, snapshot, sheet, periodsSheet };
}

/** What closing the open period would write, without writing anything. */
export async function previewClosePeriod(context: Excel.RequestContext, key: string): Promise<PeriodClosePreview> {
  const read = await readCycle(context, key, true);
  const { settle } = await readSettlement(context, read);
  const { snapshot, sheet } = prepare(read, settle);
  const p = read.w.program;
  const end = serialOfIso(p.periodEnd);
  const last = read.closed[read.closed.length - 1];
  return {
    key,
    programName: p.name,
    period: snapshot.period,
    partners: snapshot.partners,
    total: snapshot.total,
    currency: p.currency,
    decimals: p.decimals,
    kpis: p.kpis.length,
    tiers: p.tiers.length,
    fingerprint: snapshot.fingerprint,
    sheet,
    closedBefore: read.closed.length,
    lastClosed: last ? { period: last.period, sheet: last.sheet, fingerprint: last.fingerprint } : null,
    next: nextPeriod(snapshot.period, p.frequency),
    pastProgramEnd: end !== null && snapshot.period.end > end,
  };
}

/**
 * The write of a close as a plan: the snapshot sheet, the Periods row (with its sheet on the first
 * close), and the Change log's row when the program has a log.
 */
export function describeClose(prepared: Prepared, closedAt: string): WorkbookPlan {
  const { read, snapshot, sheet, periodsSheet } = prepared;
  const { w, words } = read;
  const entry: PeriodsEntry = {
    action: "close",
    period: snapshot.period,
    at: closedAt,
    partners: snapshot.partners,
    total: snapshot.total,
    fingerprint: snapshot.fingerprint,
    sheet,
    reason: "",
  };
  const snapshotSheet = describeSnapshotSheet(w.program, snapshot, { sheetName: sheet, closedAt, words });
  const logged = periodChangeLogRows(read, {
    action: "periodClosed",
    period: snapshot.period.label,
    fingerprint: snapshot.fingerprint,
    reason: "",
    at: closedAt,
  });
  const appendRows = [
    ...(read.periodsExists
      ? [{ table: periodsTableName(w.key), rowsBefore: read.periodsRows, rows: [periodsRow(entry, words)] }]
      : []),
    ...logged,
  ];
  return {
    key: w.key,
    programName: w.program.name,
    sheets: read.periodsExists
      ? [snapshotSheet]
      : [snapshotSheet, describePeriodsSheet(w.program, w.key, periodsSheet, entry, words)],
    activeSheet: sheet,
    ...(appendRows.length > 0 ? { appendRows } : {}),
  };
}

/**
 * Closes the open period: refused (the engine's CycleError) for a period closed already or not
 * open. The snapshot is not protected yet: protectSnapshot does that, outside any undo group.
 */
export async function closePeriod(
  context: Excel.RequestContext,
  key: string,
  options: ClosePeriodOptions = {},
): Promise<ClosedPeriodResult> {
  const read = await beforeWriting(() => readCycle(context, key, true, true));
  const { settle } = await beforeWriting(() => readSettlement(context, read));
  const prepared = prepare(read, settle, options.period);
  const closedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const { state } = closeInEngine(read.state, prepared.snapshot, closedAt);
  const applied = await applyWorkbookPlan(context, describeClose(prepared, closedAt), { existing: read.w.existing });
  const { snapshot } = prepared;
  return {
    period: snapshot.period,
    sheet: prepared.sheet,
    periodsSheet: prepared.periodsSheet,
    fingerprint: snapshot.fingerprint,
    partners: snapshot.partners,
    total: snapshot.total,
    currency: snapshot.currency,
    decimals: snapshot.decimals,
    closedAt,
    next: state.open,
    syncs: read.syncs + applied.syncs,
  };
}

/**
 * Protects a snapshot sheet against edits (no password: the lock is against slips, and Check
 * closed periods finds an edit made after unprotecting). Its own Excel.run, outside any undo
 * group: WorksheetProtection.protect is among the APIs Excel cannot undo, and clears the undo stack.
 * Read first: protect() "fails if the worksheet has already been protected" (AccessDenied;
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection). Nothing the add-in
 * does later writes into a protected snapshot (test/workbook/cycle/protectedSnapshot.test.ts).
 */
export async function protectSnapshot(context: Excel.RequestContext, sheet: string): Promise<void> {
  const protection = context.workbook.worksheets.getItem(sheet).protection;
  protection.load("protected");
  await context.sync();
  if (protection.protected === true) return;
  protection.protect();
  await context.sync();
}
