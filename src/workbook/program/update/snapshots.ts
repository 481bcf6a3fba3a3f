/* global Excel */
/*
 * Reading a program's four tables before an edit (the first two syncs): every cell of each, so
 * the edit is planned from what is there and a failed write can put it back (restoreTables.ts).
 */
import { ProgramNotWritableError } from "../notWritable";
import { SettingNameReads, addressTopLeft, queueSettingNames } from "../settingNames";
import { SourceTable, headerTexts } from "../../existingSource";
import { RowProp, RowsRead, blockRows, queueFirstBlock, readRemainingRows } from "../../chunkedRead";
import { formatMessage, andList } from "../../words";
import { type LoggedChange, changeLogTableName, changesFromRows } from "../../changeLog/changeLogTable";
import { type ProtectionRead, queueProtectionRead } from "../../protection/protectedSheets";

/** What a snapshot holds of each cell, to write it back exactly. */
const SNAPSHOT: readonly RowProp[] = ["values", "formulas", "numberFormat"];

/** One table as read in the first sync: where it is and every cell of it, header row first. */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export type TableKey = "settings" | "kpis" | "tiers" | "data";

export interface Snapshots {
  readonly settings: TableSnapshot;
  readonly kpis: TableSnapshot;
  readonly tiers: TableSnapshot;
  readonly data: TableSnapshot;
  /**
   * Where each setting with a defined name (program/settingNames.ts) has its Value cell, as row
   * and column of the settings snapshot (header row 0): that row is the setting's, whatever its
   * label says now. Settings without a name are found by their label.
   */
  readonly namedCells?: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
}

/** The four tables, and for a program over the user's table that table's headers and rows (null when gone). */
export interface ReadTables {
  readonly snapshots: Snapshots;
  /** Syncs the read took: 2, and one more per response budget of the data table beyond its first block. */
  readonly syncs: number;
  readonly sourceTable?: SourceTable | null;
  /** The program's setting names as read (program/settingNames.ts). */
  readonly settingNames: SettingNameReads;
  /**
   * The program's Change log table, its row count and its last row, when it has one (changeLog/):
   * read in the tables' sync, so the edit's row starts from the last logged plan. Only the last
   * row: the log only grows, and the data table's first block fills the response budget.
   */
  readonly changeLog: {
    readonly table: string;
    readonly rows: number;
    /** The last row read back; undefined when it is not a logged action (a row the user added). */
    readonly last: LoggedChange | undefined;
  } | null;
  /** The protected sheets and the tables on them, read in the first sync (protection/). */
  readonly protection: ProtectionRead;
}

export async function readSnapshots(
  context: Excel.RequestContext,
  names: Record<TableKey, string>,
  sourceName: string | null,
  firstRows: number,
): Promise<ReadTables> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  context.workbook.names.load("items/name");
  const protection = queueProtectionRead(context.workbook);
  await context.sync();
  const find = (name: string) => tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const missing = Object.values(names).filter((n) => !find(n));
  if (missing.length > 0) {
    throw new ProgramNotWritableError(formatMessage("updateTablesGone", { tables: andList(missing) }));
  }
  // The data table grows with the partners: read in row blocks within the response budget
  // (chunkedRead.ts), the first in this sync; the plan tables are small and read whole.
  const loaded = (Object.keys(names) as TableKey[]).map((k) => {
    const t = find(names[k])!;
    const whole = k !== "data";
    const range = t
      .getRange()
      .load(whole ? `${SNAPSHOT.join(",")},rowIndex,columnIndex` : "rowIndex,columnIndex,rowCount");
    const first = whole ? null : queueFirstBlock(range, SNAPSHOT, firstRows);
    const sheet = t.worksheet.load("name");
    return { k, name: t.name, range, first, sheet };
  });
  // The user's table a program reads, in the same sync: its headers and row count, nothing else.
  const user = sourceName === null ? undefined : find(sourceName.trim());
  const source = user && {
    name: user.name,
    header: user.getHeaderRowRange().load("values"),
    body: user.getDataBodyRange().load("rowCount"),
    sheet: user.worksheet.load("name"),
  };
  const key = /^PI_(.+)_Settings$/i.exec(names.settings)![1];
  const settingNames = queueSettingNames(key, context.workbook.names);
  const logTable = find(changeLogTableName(key));
  // Range.getLastRow (ExcelApi 1.1): one row, whatever the log's length.
  const logBody = logTable?.getDataBodyRange().load("rowCount");
  const logLast = logBody?.getLastRow().load("values");
  await context.sync();
  const changeLog =
    logTable && logBody && logLast
      ? { table: logTable.name, rows: logBody.rowCount, last: changesFromRows(logLast.values)[0] }
      : null;
  const out = {} as Record<TableKey, TableSnapshot>;
  let syncs = 2;
  for (const l of loaded) {
    let rows: RowsRead;
    if (!l.first) {
      rows = { values: l.range.values, formulas: l.range.formulas, numberFormat: l.range.numberFormat };
    } else {
      // The data table's range had only its position and size loaded: reading its values throws in Excel.
      rows = blockRows(l.first, SNAPSHOT, Math.min(l.range.rowCount, firstRows));
      // Only the data table reads more rows (the loop's other tables are read whole).
      syncs += await readRemainingRows(context, l.range, SNAPSHOT, rows, l.range.rowCount);
    }
    out[l.k] = {
      name: l.name,
      sheet: l.sheet.name,
      row: l.range.rowIndex,
      column: l.range.columnIndex,
      values: rows.values!,
      formulas: rows.formulas!,
      numberFormat: rows.numberFormat!,
    };
  }
  const snapshots: Snapshots = { ...out, namedCells: namedCellsIn(out.settings, settingNames) };
  const read = { snapshots, syncs, settingNames, changeLog, protection: protection() };
  if (sourceName === null) return read;
  const sourceTable: SourceTable | null = source
    ? {
        name: source.name,
        sheet: source.sheet.name,
        headers: headerTexts(source.header.values),
        rows: source.body.rowCount,
      }
    : null;
  return { ...read, sourceTable };
}

/** The named settings whose name refers to a cell inside the Settings table (not its header row). */
function namedCellsIn(settings: TableSnapshot, reads: SettingNameReads): Map<string, { row: number; column: number }> {
  const out = new Map<string, { row: number; column: number }>();
  for (const [setting, range] of reads.ranges) {
    if (range.isNullObject) continue;
    const at = addressTopLeft(range.address);
    const sheet = at.sheet.replace(/^'|'$/g, "").replace(/''/g, "'");
    const row = at.row - settings.row;
    const column = at.column - settings.column;
    const inside =
      row >= 1 && row < settings.values.length && column >= 0 && column < (settings.values[0]?.length ?? 0);
    if (sheet.toLowerCase() === settings.sheet.toLowerCase() && inside) out.set(setting, { row, column });
  }
  return out;
}

/** The sheets the four tables are on, each once. */
export function snapshotSheets(s: Snapshots): string[] {
  return [...new Set([s.settings, s.kpis, s.tiers, s.data].map((t) => t.sheet))];
}
