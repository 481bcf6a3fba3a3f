/*
 * A program's Periods table, PI_<key>_Periods on "<program> Periods": one row per close and per
 * re-opening, oldest first, never rewritten (a re-opening is a row of its own, so the old close,
 * fingerprint included, stays on record). The cycle's state (the open period, the closed ones) is
 * this table replayed through the engine's rules.
 */
import { ClosedPeriod, CycleState, Period, ProgramDefinition, firstPeriod, nextPeriod, roundMoney } from "../../engine";
import { TABLE_PREFIX } from "../names";
import { DATE, GENERAL, TEXT, WHOLE_NUMBER, moneyFormat } from "../numberFormats";
import { Cell, SheetPlan, TablePlan, text } from "../sheetPlan";
import { CycleWords, actionOf } from "./cycleWords";
import { tableSheet } from "./tableSheet";

/** The Periods table's name: PI_<key>_Periods. */
export const periodsTableName = (key: string): string => `${TABLE_PREFIX}${key}_Periods`;

/** Where the table's header sits on its sheet (zero-based row), under the title and the note. */
export const PERIODS_HEADER_ROW = 3;

/** A row of the Periods table. */
export interface PeriodsEntry {
  readonly action: "close" | "reopen";
  readonly period: Period;
  /** ISO timestamp of the action. */
  readonly at: string;
  readonly partners: number;
  readonly total: number;
  readonly fingerprint: string;
  /** The snapshot sheet of the close. */
  readonly sheet: string;
  /** Why a period was re-opened ("" for a close). */
  readonly reason: string;
}

/** A close as the cycle's state has it, with the sheet its snapshot is on. */
export interface ClosedWithSheet extends ClosedPeriod {
  readonly sheet: string;
}

export interface CycleInWorkbook {
  readonly state: CycleState;
  readonly closed: readonly ClosedWithSheet[];
}

/** The table's cells for one entry, in its column order. */
export function periodsRow(e: PeriodsEntry, words: CycleWords): Cell[] {
  return [
    text(e.action === "close" ? words.closed : words.reopened),
    text(e.period.label),
    e.period.start,
    e.period.end,
    text(e.at),
    e.partners,
    e.total,
    text(e.fingerprint),
    text(e.sheet),
    e.reason === "" ? null : text(e.reason),
  ];
}

/** The Periods sheet of a program's first close: its title, a note, and the table with that close. */
export function describePeriodsSheet(
  program: ProgramDefinition,
  key: string,
  sheetName: string,
  first: PeriodsEntry,
  words: CycleWords,
): SheetPlan {
  const money = moneyFormat(program.decimals);
  const formats = [TEXT, TEXT, DATE, DATE, TEXT, WHOLE_NUMBER, money, TEXT, TEXT, TEXT];
  const table: TablePlan = {
    name: periodsTableName(key),
    topLeft: { row: PERIODS_HEADER_ROW, column: 0 },
    columns: words.periodsHeaders.map((header, i) => ({ header, numberFormat: formats[i] ?? GENERAL })),
    rows: [periodsRow(first, words)],
    caption: null,
  };
  const widths = [80, 90, 80, 80, 140, 70, 110, 420, 200, 240];
  const title = words.periodsTitle(program.name);
  return tableSheet({ name: sheetName, role: "periods", title, note: words.periodsNote, table, widths });
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : NaN);
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The table's rows read back (data body values); rows that are not a close or a re-opening are skipped. */
export function entriesFromRows(rows: readonly (readonly unknown[])[], decimals: number): PeriodsEntry[] {
  const out: PeriodsEntry[] = [];
  for (const r of rows) {
    const action = actionOf(r[0]);
    if (!action) continue;
    out.push({
      action,
      period: { label: str(r[1]), start: num(r[2]), end: num(r[3]) },
      at: str(r[4]),
      partners: num(r[5]),
      total: roundMoney(num(r[6]), decimals),
      fingerprint: str(r[7]),
      sheet: str(r[8]),
      reason: str(r[9]),
    });
  }
  return out;
}

/**
 * The cycle's state from the table: closes added and re-openings taking back the latest close, in
 * the table's order; the open period is the one after the latest close, or the program's first.
 */
export function cycleFromEntries(program: ProgramDefinition, entries: readonly PeriodsEntry[]): CycleInWorkbook {
  const closed: ClosedWithSheet[] = [];
  for (const e of entries) {
    if (e.action === "close") {
      closed.push({
        period: e.period,
        closedAt: e.at,
        partners: e.partners,
        total: e.total,
        fingerprint: e.fingerprint,
        sheet: e.sheet,
      });
    } else if (closed.length > 0 && closed[closed.length - 1].period.label === e.period.label) {
      closed.pop();
    }
  }
  const last = closed[closed.length - 1];
  const open = last ? nextPeriod(last.period, program.frequency) : firstPeriod(program);
  return { state: { frequency: program.frequency, open, closed }, closed };
}
