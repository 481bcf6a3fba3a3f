/* global Excel */
/*
 * The last closed period as a generated sheet reads it: which snapshot sheet holds it (from the
 * Periods table replayed, so a re-opened close does not count), where its partner rows are and in
 * which columns their ID, score, payout, tier and carried-out balance sit. The dashboard's "Most
 * improved" block and "Carried from …" column look partners up there by formula; the pane's
 * recognition note reads the same rows as standings.
 */
import { PartnerStanding, partnerRowLayout, standingsFromSnapshot, toMinorUnits } from "../../engine";
import { readSnapshotSheet } from "../cycle/readSnapshot";
import { cycleFromEntries, entriesFromRows, periodsTableName } from "../cycle/periodsTable";
import { ProgramInWorkbook, readProgramInWorkbook } from "./programInWorkbook";

/** The snapshot's fields the dashboard reads, by their canonical names. */
const FIELDS = ["id", "score", "payout", "tier", "carriedOut"] as const;
export type SnapshotField = (typeof FIELDS)[number];

export interface LastClosedPeriod {
  /** The closed period's label ("2026-Q1"). */
  readonly period: string;
  /** The snapshot sheet (its name in the Periods table). */
  readonly sheet: string;
  /** The partner rows' block on that sheet: first row (zero-based) and how many. */
  readonly firstRow: number;
  readonly rows: number;
  /** Each field's column (zero-based) on the snapshot sheet. */
  readonly columns: Readonly<Record<SnapshotField, number>>;
  /** The partners as the snapshot stored them. */
  readonly standings: readonly PartnerStanding[];
  /** Some partner carried a negative balance out of that period (into the open one). */
  readonly carried: boolean;
}

/**
 * The snapshot's column of each field: column A is the row's kind, B its fingerprint, and the
 * layout's other fields follow from C (describeSnapshot.ts), so field i (from 1) is in column i + 1.
 */
export function snapshotColumns(kpis: number): Record<SnapshotField, number> {
  const names = partnerRowLayout(kpis).map(([name]) => name);
  return Object.fromEntries(FIELDS.map((f) => [f, names.indexOf(f) + 1])) as Record<SnapshotField, number>;
}

/**
 * Reads the last closed period (null when none is closed, or its snapshot sheet is gone or holds
 * no partner row): one sync for the Periods table, three or more for the snapshot sheet. Given the
 * Periods table's rows already read (`periods`; null: there is no such table), only the snapshot.
 */
export async function readLastClosedPeriod(
  context: Excel.RequestContext,
  w: Pick<ProgramInWorkbook, "key" | "program" | "existing">,
  periods?: unknown[][] | null,
): Promise<LastClosedPeriod | null> {
  const rows = periods === undefined ? await readPeriodsRows(context, w) : periods;
  if (rows === null) return null;
  const d = w.program.decimals;
  const { closed } = cycleFromEntries(w.program, entriesFromRows(rows, d));
  const last = closed[closed.length - 1];
  if (!last) return null;
  const stored = await readSnapshotSheet(context, last.sheet);
  const partners = (stored.rows ?? []).filter((r) => r.fields[0]?.[1] === "partner");
  if (partners.length === 0) return null;
  const kpis = partners[0].fields.filter(([n]) => /^kpi\d+\.actual$/.test(n)).length;
  const firstRow = Math.min(...partners.map((r) => r.sheetRow));
  const lastRow = Math.max(...partners.map((r) => r.sheetRow));
  const carriedOut = (r: (typeof partners)[number]) => {
    const v = r.fields.find(([n]) => n === "carriedOut")?.[1];
    return v !== null && typeof v === "object" && "money" in v ? v.money : typeof v === "number" ? v : 0;
  };
  return {
    period: last.period.label,
    sheet: last.sheet,
    firstRow,
    rows: lastRow - firstRow + 1,
    columns: snapshotColumns(kpis),
    standings: standingsFromSnapshot(partners),
    carried: partners.some((r) => toMinorUnits(carriedOut(r), d) < 0),
  };
}

/** The Periods table's data rows (one sync), or null when the program has none. */
async function readPeriodsRows(
  context: Excel.RequestContext,
  w: Pick<ProgramInWorkbook, "key" | "existing">,
): Promise<unknown[][] | null> {
  const name = periodsTableName(w.key);
  if (!w.existing.tables.some((t) => t.toLowerCase() === name.toLowerCase())) return null;
  const body = context.workbook.tables.getItem(name).getDataBodyRange().load("values");
  await context.sync();
  return body.values;
}

/** The last closed period's label and standings for a program by key (the pane's recognition note). */
export async function readLastClosedStandings(
  context: Excel.RequestContext,
  key: string,
): Promise<{ period: string; standings: readonly PartnerStanding[] } | null> {
  const last = await readLastClosedPeriod(context, await readProgramInWorkbook(context, key, false));
  return last && { period: last.period, standings: last.standings };
}
