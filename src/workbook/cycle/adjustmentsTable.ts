/*
 * A program's Adjustments table, PI_<key>_Adjustments on "<program> Adjustments": one row per
 * adjustment line (a partner, a closed period it is for, the open period it is settled in), only
 * ever appended to. What was paid so far for a closed period is its snapshot's payout plus the
 * table's earlier lines for it, like PAYOUT's `prior`: successive updates add up to the latest
 * restatement exactly. The dashboard and statements sum the lines by partner and period.
 */
import { type AdjustmentLine, type ProgramDefinition, roundMoney } from "../../engine";
import { TABLE_PREFIX } from "../names";
import { TEXT, moneyFormat } from "../numberFormats";
import { Cell, SheetPlan, TablePlan, text } from "../sheetPlan";
import type { AdjustmentsWords } from "./adjustmentsWords";
import { tableSheet } from "./tableSheet";

/** The table's name: PI_<key>_Adjustments. */
export const adjustmentsTableName = (key: string): string => `${TABLE_PREFIX}${key}_Adjustments`;

/** Where the table's header sits on its sheet (zero-based row), under the title and the note. */
export const ADJUSTMENTS_HEADER_ROW = 3;

/** An adjustment line as the table keeps it: with the open period it is settled in. */
export interface SettledLine extends AdjustmentLine {
  readonly settledIn: string;
  /** When the line was added (ISO time; on lines read back from the table). */
  readonly at?: string;
}

/** The table's cells for one line, in its column order. */
export function adjustmentsRow(line: SettledLine, at: string, words: AdjustmentsWords): Cell[] {
  return [
    text(line.settledIn),
    text(line.forPeriod),
    text(line.partnerId),
    text(words.lineFor(line.forPeriod)),
    line.paidBefore,
    line.recomputed,
    line.adjustment,
    text(at),
  ];
}

/** The sheet of a program's first adjustments: its title, a note, and the table with those lines. */
export function describeAdjustmentsSheet(
  program: ProgramDefinition,
  key: string,
  sheetName: string,
  rows: readonly (readonly Cell[])[],
  words: AdjustmentsWords,
): SheetPlan {
  const money = moneyFormat(program.decimals);
  const formats = [TEXT, TEXT, TEXT, TEXT, money, money, money, TEXT];
  const table: TablePlan = {
    name: adjustmentsTableName(key),
    topLeft: { row: ADJUSTMENTS_HEADER_ROW, column: 0 },
    columns: words.headers.map((header, i) => ({ header, numberFormat: formats[i] })),
    rows,
    caption: null,
  };
  const widths = [80, 80, 100, 180, 110, 110, 110, 140];
  return tableSheet({
    name: sheetName,
    role: "adjustments",
    title: words.title(program.name),
    note: words.note,
    table,
    widths,
  });
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const money = (v: unknown, decimals: number): number =>
  typeof v === "number" && Number.isFinite(v) ? roundMoney(v, decimals) : NaN;

/** The table's rows read back (data body values); a row without a period, a partner or an amount is skipped. */
export function linesFromRows(rows: readonly (readonly unknown[])[], decimals: number): SettledLine[] {
  const out: SettledLine[] = [];
  for (const r of rows) {
    const line: SettledLine = {
      settledIn: str(r[0]),
      forPeriod: str(r[1]),
      partnerId: str(r[2]),
      paidBefore: money(r[4], decimals),
      recomputed: money(r[5], decimals),
      adjustment: money(r[6], decimals),
      at: str(r[7]),
    };
    if (line.forPeriod === "" || line.partnerId === "" || Number.isNaN(line.adjustment)) continue;
    out.push(line);
  }
  return out;
}

/**
 * The lines added since a close (`closedAt`, ISO time): those standing against it. Lines from
 * before a period was re-opened and closed again belong to the close that was taken back.
 */
export function linesSince(lines: readonly SettledLine[], closedAt: string): SettledLine[] {
  return lines.filter((l) => (l.at ?? "") >= closedAt);
}
