/* global Excel */
/*
 * What every cycle action reads first: the program (plan tables, data table, sheets' marks) and
 * its Periods table replayed into the cycle's state.
 */
import type { PartnerRecord as EnginePartner } from "../../engine";
import { programLanguage } from "../labels";
import { ProgramInWorkbook, partnerRecords, readProgramInWorkbook } from "../dashboard/programInWorkbook";
import { type LoggedChange, changeLogTableName, changesFromRows } from "../changeLog/changeLogTable";
import { CYCLE_WORDS, CycleWords } from "./cycleWords";
import { CycleInWorkbook, cycleFromEntries, entriesFromRows, periodsTableName } from "./periodsTable";

export interface CycleRead extends CycleInWorkbook {
  readonly w: ProgramInWorkbook;
  /** The Periods table's data rows now (0 before the first close, when the table does not exist). */
  readonly periodsRows: number;
  readonly periodsExists: boolean;
  /** The sheet the Periods table is on, when it exists. */
  readonly periodsSheet: string | null;
  readonly words: CycleWords;
  /** The program's Change log (its rows, to append a close or a re-opening to), when asked for; else null. */
  readonly changeLog: { readonly rows: number; readonly changes: readonly LoggedChange[] } | null;
  readonly syncs: number;
}

/**
 * The program, its partners' rows (with `withPartners`), its cycle and (with `withChangeLog`) its
 * Change log, in 3 syncs (more for a large data table; 1 more for the log before the first close).
 */
export async function readCycle(
  context: Excel.RequestContext,
  key: string,
  withPartners: boolean,
  withChangeLog = false,
): Promise<CycleRead> {
  const w = await readProgramInWorkbook(context, key, withPartners);
  const words = CYCLE_WORDS[programLanguage(w.program)];
  const has = (table: string) => w.existing.tables.some((t) => t.toLowerCase() === table.toLowerCase());
  const exists = has(periodsTableName(key));
  // Read with the Periods table, in its sync (a row per plan change: a few dozen, one response).
  const log =
    withChangeLog && has(changeLogTableName(key))
      ? context.workbook.tables.getItem(changeLogTableName(key)).getDataBodyRange().load("values")
      : null;
  if (!exists) {
    if (log) await context.sync();
    return {
      w,
      words,
      ...cycleFromEntries(w.program, []),
      periodsRows: 0,
      periodsExists: false,
      periodsSheet: null,
      changeLog: logRead(log),
      syncs: w.readSyncs + (log ? 1 : 0),
    };
  }
  const table = context.workbook.tables.getItem(periodsTableName(key));
  // A closed period is a row: a program has a few dozen at most, well within one response.
  const body = table.getDataBodyRange().load("values");
  const sheet = table.worksheet.load("name");
  await context.sync();
  const entries = entriesFromRows(body.values, w.program.decimals);
  return {
    w,
    words,
    ...cycleFromEntries(w.program, entries),
    periodsRows: body.values.length,
    periodsExists: true,
    periodsSheet: sheet.name,
    changeLog: logRead(log),
    syncs: w.readSyncs + 1,
  };
}

function logRead(body: Excel.Range | null): CycleRead["changeLog"] {
  return body ? { rows: body.values.length, changes: changesFromRows(body.values) } : null;
}

/** The data table's partners as the engine's snapshot takes them. */
export function snapshotPartners(w: ProgramInWorkbook): EnginePartner[] {
  return partnerRecords(w).map((r) => ({
    id: r.id,
    name: r.name,
    input: { actuals: r.actuals, targets: r.targets },
  }));
}
