/* global Excel */
/*
 * What every cycle action reads first: the program (plan tables, data table, sheets' marks) and
 * its Periods table replayed into the cycle's state.
 */
import type { PartnerRecord as EnginePartner } from "../../engine";
import { programLanguage } from "../labels";
import { ProgramInWorkbook, partnerRecords, readProgramInWorkbook } from "../dashboard/programInWorkbook";
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
  readonly syncs: number;
}

/** The program, its partners' rows (with `withPartners`) and its cycle, in 3 syncs (more for a large data table). */
export async function readCycle(context: Excel.RequestContext, key: string, withPartners: boolean): Promise<CycleRead> {
  const w = await readProgramInWorkbook(context, key, withPartners);
  const words = CYCLE_WORDS[programLanguage(w.program)];
  const name = periodsTableName(key).toLowerCase();
  const exists = w.existing.tables.some((t) => t.toLowerCase() === name);
  if (!exists)
    return {
      w,
      words,
      ...cycleFromEntries(w.program, []),
      periodsRows: 0,
      periodsExists: false,
      periodsSheet: null,
      syncs: w.readSyncs,
    };
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
    syncs: w.readSyncs + 1,
  };
}

/** The data table's partners as the engine's snapshot takes them. */
export function snapshotPartners(w: ProgramInWorkbook): EnginePartner[] {
  return partnerRecords(w).map((r) => ({
    id: r.id,
    name: r.name,
    input: { actuals: r.actuals, targets: r.targets },
  }));
}
