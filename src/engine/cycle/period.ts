/**
 * Periods: the open period a program is paying, and the closed ones recorded in its Periods
 * table. Pure state in, new state out: the workbook layer reads the state from the Periods table
 * and writes back what these functions return, so every rule (no closing twice, only the open
 * period closes, re-opening is explicit and logged) holds wherever the state lives.
 */
import type { Frequency, ProgramDefinition } from "../program/types";
import { canonicalDate, serialOfIso } from "./canonical";
import { dayOfSerial, serialOfDay } from "../excelDates";

/** A pay period: its label and its first and last day as Excel serial dates (inclusive). */
export interface Period {
  /** "2026-01" (monthly), "2026-Q1" (quarterly), "2026" (annual); "2026-02-15..2026-05-14" when not on calendar lines. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** A row of the program's Periods table: a closed period. */
export interface ClosedPeriod {
  readonly period: Period;
  /** ISO timestamp of the close, as the caller's clock gave it (not part of any fingerprint). */
  readonly closedAt: string;
  readonly partners: number;
  /** Σ of the partners' rounded payouts for the period. */
  readonly total: number;
  /** The snapshot's fingerprint (SHA-256 hex over its canonical rows). */
  readonly fingerprint: string;
}

/** What closing needs from a snapshot (a PeriodSnapshot has it). */
export interface ClosingSnapshot {
  readonly period: Period;
  readonly partners: number;
  readonly total: number;
  readonly fingerprint: string;
}

/** Where a program is in its payout cycle. */
export interface CycleState {
  readonly frequency: Frequency;
  /** The period being paid now: the one the next close closes. */
  readonly open: Period;
  /** The Periods table, oldest first. */
  readonly closed: readonly ClosedPeriod[];
}

/** A logged re-opening: the explicit action that puts a closed period back in play. */
export interface ReopenEntry {
  readonly action: "reopen";
  readonly at: string;
  readonly reason: string;
  /** The Periods row as it was before the re-opening, fingerprint included, so the old close stays on record. */
  readonly was: ClosedPeriod;
}

export type CycleRefusal =
  | "badPeriodStart"
  | "alreadyClosed"
  | "notOpenPeriod"
  | "notClosed"
  | "notLatestClosed"
  | "reasonRequired"
  | "duplicatePartner";

/** A refused cycle action; `code` lets the pane word it in its own language. */
export class CycleError extends Error {
  readonly code: CycleRefusal;
  readonly params: Readonly<Record<string, string>>;
  constructor(code: CycleRefusal, message: string, params: Record<string, string> = {}) {
    super(message);
    this.name = "CycleError";
    this.code = code;
    this.params = params;
  }
}

const MONTHS: Readonly<Record<Frequency, number>> = { monthly: 1, quarterly: 3, annual: 12 };

/** The same day `months` later, or that month's last day when it is shorter (31 Jan + 1 month = 28 Feb). */
function addMonths(serial: number, months: number): number {
  const { year, month, day } = dayOfSerial(serial);
  const lastDay = dayOfSerial(serialOfDay(year, month + months + 1, 1) - 1).day;
  return serialOfDay(year, month + months, Math.min(day, lastDay));
}

/** The period of `frequency` starting on `start`; calendar periods get calendar labels. */
export function periodStarting(start: number, frequency: Frequency): Period {
  const months = MONTHS[frequency];
  const end = addMonths(start, months) - 1;
  const { year, month, day } = dayOfSerial(start);
  const calendar = day === 1 && (month - 1) % months === 0;
  let label: string;
  if (!calendar) label = `${canonicalDate(start)}..${canonicalDate(end)}`;
  else if (frequency === "monthly") label = `${year}-${String(month).padStart(2, "0")}`;
  else if (frequency === "quarterly") label = `${year}-Q${(month - 1) / 3 + 1}`;
  else label = String(year);
  return { label, start, end };
}

/** The period after `period`: it starts the day after it ends. */
export function nextPeriod(period: Period, frequency: Frequency): Period {
  return periodStarting(period.end + 1, frequency);
}

/** A program's first period, from its start date and frequency. */
export function firstPeriod(program: ProgramDefinition): Period {
  const start = serialOfIso(program.periodStart);
  if (start === null)
    throw new CycleError("badPeriodStart", `The program's start date "${program.periodStart}" is not a date.`, {
      start: program.periodStart,
    });
  return periodStarting(start, program.frequency);
}

/** A new program's cycle: its first period open, nothing closed. */
export function startCycle(program: ProgramDefinition): CycleState {
  return { frequency: program.frequency, open: firstPeriod(program), closed: [] };
}

const samePeriod = (a: Period, b: Period) => a.label === b.label && a.start === b.start && a.end === b.end;

/**
 * Closes the open period with its snapshot: adds its Periods row and opens the next period.
 * Refused for a period closed already, and for any period other than the open one, so a period
 * is never closed twice and none is skipped.
 */
export function closePeriod(
  state: CycleState,
  snapshot: ClosingSnapshot,
  closedAt: string,
): { state: CycleState; row: ClosedPeriod } {
  const label = snapshot.period.label;
  if (state.closed.some((c) => c.period.label === label))
    throw new CycleError("alreadyClosed", `${label} is closed already; re-open it first to close it again.`, {
      period: label,
    });
  if (!samePeriod(snapshot.period, state.open))
    throw new CycleError("notOpenPeriod", `${label} is not the open period (${state.open.label}).`, {
      period: label,
      open: state.open.label,
    });
  const row: ClosedPeriod = {
    period: snapshot.period,
    closedAt,
    partners: snapshot.partners,
    total: snapshot.total,
    fingerprint: snapshot.fingerprint,
  };
  return {
    state: { ...state, open: nextPeriod(state.open, state.frequency), closed: [...state.closed, row] },
    row,
  };
}

/**
 * Re-opens the latest closed period: it becomes the open period again and its Periods row is
 * removed, and the returned entry (with the reason, required) keeps that row for the log. Only
 * the latest can be re-opened, so no closed period ever follows an open one.
 */
export function reopenPeriod(
  state: CycleState,
  label: string,
  reason: string,
  at: string,
): { state: CycleState; entry: ReopenEntry } {
  const index = state.closed.findIndex((c) => c.period.label === label);
  if (index < 0) throw new CycleError("notClosed", `${label} is not a closed period.`, { period: label });
  const latest = state.closed[state.closed.length - 1];
  if (index !== state.closed.length - 1)
    throw new CycleError(
      "notLatestClosed",
      `Only the latest closed period (${latest.period.label}) can be re-opened.`,
      {
        period: label,
        latest: latest.period.label,
      },
    );
  if (reason.trim() === "")
    throw new CycleError("reasonRequired", `Re-opening ${label} needs a reason for the log.`, { period: label });
  return {
    state: { ...state, open: latest.period, closed: state.closed.slice(0, -1) },
    entry: { action: "reopen", at, reason: reason.trim(), was: latest },
  };
}
