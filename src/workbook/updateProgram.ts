/* global Excel */
/*
 * Editing a program: the changed definition is written back into the program's EXISTING tables,
 * in place (SPEC §4–5: the workbook is the single source of truth, and the add-in never
 * overwrites what the user added).
 *
 * - Settings: the Value of each of the program's settings rows (found by name); a missing row is
 *   added at the table's end. Rows the add-in does not know are left alone.
 * - KPIs: the rows follow the wizard's order (the KPI table's known columns are rewritten, rows are
 *   added or deleted at the table's end). Cells in the user's own columns travel with their KPI
 *   (matched by name) when its row moves; rows that stay put are not written there.
 * - Tiers: known columns rewritten; rows added or deleted at the table's end only.
 * - Data table: a new KPI gets its actual column (and per-partner target column) before the
 *   attainment columns, and its attainment column after them; a removed KPI's attainment column
 *   (the add-in's own formula) is deleted, but its actual and target columns (the user's data) are
 *   kept and the result says so. Every calculated column's formula is rewritten, so method,
 *   basis KPI, bounds and target mode changes take effect. Columns the add-in does not know are
 *   never touched; the data columns never move.
 * - Over the user's own table (source kind "existing"): that table is read in the same sync and
 *   never written; the columns reading it follow the mapping, a removed KPI's columns (formulas,
 *   not data) go, and the results rows are brought in line with the user's rows (planSourceRows).
 *
 * Syncs: 1 (table names) + 1 (read the four tables) + 1 (write everything, calculation and screen
 * updating suspended) + 1 (recalculate) = 4, whatever the partner count. Everything is checked
 * before anything is written; if the write fails, the four tables are put back as they were read
 * (2 more syncs) and the error says whether that worked.
 */
import { ProgramDefinition, ProgramKpi, validateProgram } from "../engine";
import { type SheetLabels, sheetLabels } from "./labels";
import { cellAddress, rangeAddress } from "./addresses";
import { textInput, valueInput } from "./cellInput";
import type { UpdatedProgram } from "./contract";
import { describeProgram } from "./program/describe/describeProgram";
import { ProgramNotWritableError } from "./program/notWritable";
import { WorkbookWriteError, failureReason } from "./writeError";
import { ExcelFeatures, detectExcelFeatures } from "./excelFeatures";
import { tableName } from "./names";
import { GENERAL, PERCENT, TEXT, WHOLE_NUMBER, kpiFormat, moneyFormat } from "./numberFormats";
import { SettingKey, labelsOf, settingsFor } from "./planTables";
import { SettingNameReads, addMissingSettingNames, addressTopLeft, queueSettingNames } from "./program/settingNames";
import { dataHeaders } from "./dataHeaders";
import { DataHeaders, ProgramFormulas } from "./programFormulas";
import { programFromTables } from "./readPlan";
import { Cell, TablePlan, isText } from "./sheetPlan";
import {
  ResolvedSource,
  SourceTable,
  isRangeAddress,
  readRangeSource,
  resolveSource,
  headerTexts,
} from "./existingSource";
import { followedColumns } from "./sourceColumns";
import { SheetRange, parseSourceRange, rangeText } from "./sourceRange";
import { HeaderNamer } from "./dataHeaders";
import { BATCH_BUDGET_BYTES, CALL_OVERHEAD_BYTES, groupByBudget, jsonBytes, rowBlocks } from "./requestBudget";
import { RowProp, RowsRead, blockRows, formulaRowsFor, queueFirstBlock, readRemainingRows } from "./chunkedRead";
import { formatMessage, workbookLanguage, andList, quotedList } from "./words";

/** What a snapshot holds of each cell, to write it back exactly. */
const SNAPSHOT: readonly RowProp[] = ["values", "formulas", "numberFormat"];

export type { UpdatedProgram };

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

type TableKey = "settings" | "kpis" | "tiers" | "data";

interface Snapshots {
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
interface ReadTables {
  readonly snapshots: Snapshots;
  /** Syncs the read took: 2, and one more per response budget of the data table beyond its first block. */
  readonly syncs: number;
  readonly sourceTable?: SourceTable | null;
  /** The program's setting names as read (program/settingNames.ts). */
  readonly settingNames: SettingNameReads;
}

type Input = string | number | boolean | null;

/** A write into one block of a sheet: formulas (ours, or a user's cell carried along), values or formats. */
interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly kind: "values" | "formulas" | "numberFormat";
  readonly grid: Input[][];
}

/** Structural changes, queued before the cell writes (whose addresses assume they happened). */
type ShapeOp =
  | { readonly kind: "addRows"; readonly table: string; readonly rows: number; readonly width: number }
  | { readonly kind: "deleteRow"; readonly table: string; readonly index: number }
  | { readonly kind: "addColumn"; readonly table: string; readonly index: number; readonly header: string }
  | { readonly kind: "deleteColumn"; readonly table: string; readonly header: string };

/** A calculated column: its first data cell gets the formula, the rest copy it. */
interface FormulaFill {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly formula: string;
  readonly format: string;
}

/** Everything one update writes, computed from the snapshots before anything is written (pure). */
export interface UpdatePlan {
  /** Partner rows of the data table after the update. */
  readonly partners: number;
  readonly shape: readonly ShapeOp[];
  readonly writes: readonly CellWrite[];
  readonly fills: readonly FormulaFill[];
  /** What changes, in words. */
  readonly changes: readonly string[];
  readonly notes: readonly string[];
  /** The data table's range after the update, to recalculate. */
  readonly dataAddress: string;
}

export async function updateProgram(
  context: Excel.RequestContext,
  key: string,
  program: ProgramDefinition,
): Promise<UpdatedProgram> {
  assertEditable(program);
  const names = {
    settings: tableName(key, "Settings"),
    kpis: tableName(key, "KPIs"),
    tiers: tableName(key, "Tiers"),
    data: tableName(key, "Data"),
  };
  let syncs = 0;
  let read: ReadTables;
  try {
    read = await readSnapshots(
      context,
      names,
      program.source.kind === "existing" ? program.source.source : null,
      formulaRowsFor(program),
    );
    syncs += read.syncs;
  } catch (e) {
    if (e instanceof ProgramNotWritableError) throw e;
    // Nothing was written yet.
    throw new WorkbookWriteError(formatMessage("updateTablesUnreadable", { reason: reason(e) }), {
      cause: e,
      restored: true,
    });
  }
  // A plain range is read after the tables (its sheet checked first): 2 more syncs.
  if (program.source.kind === "existing" && isRangeAddress(program.source.source)) {
    try {
      read = { ...read, sourceTable: await readRangeSource(context, program.source.source) };
      syncs += 2;
    } catch (e) {
      // Nothing was written yet.
      throw new WorkbookWriteError(formatMessage("updateTablesUnreadable", { reason: reason(e) }), {
        cause: e,
        restored: true,
      });
    }
  }
  const { snapshots } = read;
  const plan = planUpdate(snapshots, program, read.sourceTable);
  const features = detectExcelFeatures();

  try {
    if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    // An earlier version's workbook has no setting names; the rewritten formulas read them.
    const settings = snapshots.settings;
    addMissingSettingNames(
      context,
      key,
      {
        values: settings.values,
        address: `'${settings.sheet.replace(/'/g, "''")}'!${cellAddress(settings.row, settings.column)}`,
      },
      read.settingNames,
    );
    queueUpdate(context, plan, features);
    await context.sync();
    syncs++;
    context.workbook.worksheets.getItem(snapshots.data.sheet).getRange(plan.dataAddress).calculate();
    await context.sync();
    syncs++;
  } catch (e) {
    const restored = await restoreTables(context, snapshots);
    throw new WorkbookWriteError(
      formatMessage("updateWriteFailed", {
        name: program.name.trim(),
        reason: reason(e),
        outcome: formatMessage(restored ? "tablesRestored" : "tablesMaybeChanged"),
      }),
      { cause: e, restored },
    );
  }
  return {
    summary: {
      key,
      name: program.name.trim(),
      planSheet: snapshots.settings.sheet,
      dataSheet: snapshots.data.sheet,
      partners: plan.partners,
    },
    changes: plan.changes,
    notes: plan.notes,
    syncs,
  };
}

function assertEditable(p: ProgramDefinition): void {
  const issues = validateProgram(p, workbookLanguage());
  if (issues.length > 0) {
    const more = issues.length > 1 ? formatMessage("moreToFix", { count: issues.length - 1 }) : "";
    throw new ProgramNotWritableError(formatMessage("changesNotSavable", { problem: issues[0].message, more }));
  }
}

async function readSnapshots(
  context: Excel.RequestContext,
  names: Record<TableKey, string>,
  sourceName: string | null,
  firstRows: number,
): Promise<ReadTables> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  context.workbook.names.load("items/name");
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
  await context.sync();
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
  if (sourceName === null) return { snapshots, syncs, settingNames };
  const sourceTable: SourceTable | null = source
    ? {
        name: source.name,
        sheet: source.sheet.name,
        headers: headerTexts(source.header.values),
        rows: source.body.rowCount,
      }
    : null;
  return { snapshots, sourceTable, syncs, settingNames };
}

/** The named settings whose name refers to a cell inside the Settings table (not its header row). */
function namedCellsIn(settings: TableSnapshot, reads: SettingNameReads): Map<string, { row: number; column: number }> {
  const out = new Map<string, { row: number; column: number }>();
  for (const [setting, range] of reads) {
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

// ---------------------------------------------------------------------------------------------
// Planning (pure): what to write where.

export function planUpdate(s: Snapshots, edited: ProgramDefinition, sourceTable?: SourceTable | null): UpdatePlan {
  const named = new Map([...(s.namedCells ?? [])].map(([k, at]) => [k, s.settings.values[at.row][at.column]]));
  const before = programFromTables(
    s.settings.values,
    s.kpis.values,
    s.tiers.values,
    { settings: s.settings.name, kpis: s.kpis.name, tiers: s.tiers.name },
    named,
  );
  // The tables keep the language they were written in: their headers are what the formulas name.
  if (edited.sheetLanguage !== undefined && edited.sheetLanguage !== before.sheetLanguage) {
    throw new ProgramNotWritableError(
      formatMessage("updateLanguageChanged", { before: before.sheetLanguage ?? "en", after: edited.sheetLanguage }),
    );
  }
  const program: ProgramDefinition = { ...edited, sheetLanguage: before.sheetLanguage };
  if (before.payKind !== program.payKind) {
    throw new ProgramNotWritableError(
      formatMessage("updatePayKindChanged", { before: before.payKind, after: program.payKind }),
    );
  }
  // A program over the user's table: its columns found there, or the reason, before anything is written.
  let source: ResolvedSource | null = null;
  if (program.source.kind === "existing") {
    const resolved = resolveSource(program, sourceTable ?? null);
    if (!resolved.ok)
      throw new ProgramNotWritableError(formatMessage("programNotWritable", { problem: resolved.problem, more: "" }));
    source = resolved.source;
  }
  if (before.source.kind !== program.source.kind) {
    const where = (p: ProgramDefinition) =>
      formatMessage(p.source.kind === "new" ? "sourceOwnTable" : "sourceUserTable");
    throw new ProgramNotWritableError(
      formatMessage("updateSourceKindChanged", { before: where(before), after: where(program) }),
    );
  }
  // The plan tables' rows and formats exactly as a new program would get them.
  const fresh = describeProgram(program, source ? { sourceTable } : {});
  const planSheet = fresh.sheets.find((x) => x.role === "plan")!;
  const [settingsPlan, kpiPlan, tierPlan] = planSheet.tables;

  const shape: ShapeOp[] = [];
  const writes: CellWrite[] = [];
  const fills: FormulaFill[] = [];
  const notes: string[] = [];

  const l = labelsOf(before);
  planSettings(s.settings, settingsPlan, settingsFor(program.payKind), s.namedCells, shape, writes, l);
  planKpis(s.kpis, kpiPlan, shape, writes, l);
  planRows(s.tiers, tierPlan, shape, writes);
  const { dataAddress, partners } = planData(s, before, program, source, shape, writes, fills, notes);
  return { partners, shape, writes, fills, changes: programChanges(before, program), notes, dataAddress };
}

const lower = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toLowerCase();

function headerIndex(snap: TableSnapshot, header: string): number {
  const i = snap.values[0].findIndex((h) => lower(h) === header.toLowerCase());
  if (i < 0)
    throw new ProgramNotWritableError(formatMessage("updateColumnMissing", { table: snap.name, column: header }));
  return i;
}

function cellInput(cell: Cell): Input {
  return cell === null ? "" : valueInput(cell);
}

/** A column's number format for data row r of a plan table. */
function formatAt(format: string | readonly string[], r: number): string {
  return typeof format === "string" ? format : (format[r] ?? GENERAL);
}

/** Values and formats for one known column of a table, rows [from, from + cells.length). */
function columnWrites(snap: TableSnapshot, column: number, cells: Cell[], formats: string[], from = 0): CellWrite[] {
  if (cells.length === 0) return [];
  const address = rangeAddress(snap.row + 1 + from, snap.column + column, cells.length, 1);
  return [
    // Formats first: a text-formatted cell takes what follows as text.
    { sheet: snap.sheet, address, kind: "numberFormat", grid: formats.map((f) => [f]) },
    { sheet: snap.sheet, address, kind: "values", grid: cells.map((c) => [cellInput(c)]) },
  ];
}

/** Adds or deletes rows at the table's end so its body has `wanted` rows. Returns the body rows before. */
function resize(snap: TableSnapshot, wanted: number, shape: ShapeOp[]): number {
  const had = snap.values.length - 1;
  if (wanted > had) shape.push({ kind: "addRows", table: snap.name, rows: wanted - had, width: snap.values[0].length });
  for (let i = had - 1; i >= wanted; i--) shape.push({ kind: "deleteRow", table: snap.name, index: i });
  return had;
}

function planSettings(
  snap: TableSnapshot,
  plan: TablePlan,
  keys: readonly SettingKey[],
  namedCells: Snapshots["namedCells"],
  shape: ShapeOp[],
  writes: CellWrite[],
  l: SheetLabels,
): void {
  const settingCol = headerIndex(snap, l.plan.settingsHeaders.setting);
  const valueCol = headerIndex(snap, l.plan.settingsHeaders.value);
  const body = snap.values.slice(1);
  const valueFormats = plan.columns[1].numberFormat;
  const missing: number[] = [];
  plan.rows.forEach((row, i) => {
    const name = isText(row[0]) ? row[0].text : "";
    // A named setting's row is the one its name refers to, however it is labelled now.
    const cell = i < keys.length ? namedCells?.get(keys[i]) : undefined;
    const r =
      cell && cell.column === valueCol
        ? cell.row - 1
        : body.findIndex((b) => lower(b[settingCol]) === name.toLowerCase());
    if (r < 0) missing.push(i);
    else writes.push(...columnWrites(snap, valueCol, [row[1]], [formatAt(valueFormats, i)], r));
  });
  if (missing.length === 0) return;
  // A setting row the user deleted: added back at the table's end.
  const had = resize(snap, body.length + missing.length, shape);
  writes.push(
    ...columnWrites(
      snap,
      settingCol,
      missing.map((i) => plan.rows[i][0]),
      missing.map(() => TEXT),
      had,
    ),
    ...columnWrites(
      snap,
      valueCol,
      missing.map((i) => plan.rows[i][1]),
      missing.map((i) => formatAt(valueFormats, i)),
      had,
    ),
  );
}

/** Tiers: the known columns rewritten row by row, rows added or deleted at the end; other columns untouched. */
function planRows(snap: TableSnapshot, plan: TablePlan, shape: ShapeOp[], writes: CellWrite[]): void {
  resize(snap, plan.rows.length, shape);
  plan.columns.forEach((col, c) => {
    const at = headerIndex(snap, col.header);
    writes.push(
      ...columnWrites(
        snap,
        at,
        plan.rows.map((r) => r[c]),
        plan.rows.map((_, r) => formatAt(col.numberFormat, r)),
      ),
    );
  });
}

/**
 * KPIs: as tiers, and the user's own columns' cells travel with their KPI row (matched by name)
 * when it moves; a new KPI's row gets blank cells there.
 */
function planKpis(snap: TableSnapshot, plan: TablePlan, shape: ShapeOp[], writes: CellWrite[], l: SheetLabels): void {
  planRows(snap, plan, shape, writes);
  const known = new Set(plan.columns.map((c) => headerIndex(snap, c.header)));
  const extra = snap.values[0].map((_, i) => i).filter((i) => !known.has(i));
  if (extra.length === 0) return;
  const nameCol = headerIndex(snap, l.plan.kpiHeaders.kpi);
  const oldNames = snap.values.slice(1).map((r) => lower(r[nameCol]));
  const used = new Set<number>();
  plan.rows.forEach((row, r) => {
    const name = isText(row[0]) ? row[0].text.trim().toLowerCase() : "";
    const from = oldNames.findIndex((n, i) => n === name && !used.has(i));
    if (from >= 0) used.add(from);
    if (from === r) return; // stays put: the user's cells are not written
    for (const c of extra) {
      const input = from >= 0 ? carried(snap, from + 1, c) : "";
      if (from < 0 && r >= oldNames.length) continue; // a new row at the end: already blank
      writes.push({
        sheet: snap.sheet,
        address: cellAddress(snap.row + 1 + r, snap.column + c),
        kind: "formulas",
        grid: [[input]],
      });
    }
  });
}

/**
 * A user's cell as it must be written to arrive as it was: a formula as its formula, a constant
 * as its value (text marked so it stays text). A text cell's formula reads as its text, so a cell
 * is a formula only when its formula differs from its value.
 */
function carried(snap: TableSnapshot, r: number, c: number): Input {
  const f = snap.formulas[r]?.[c];
  const v = snap.values[r][c];
  if (typeof f === "string" && f.startsWith("=") && f !== v) return f;
  if (typeof v === "string") return textInput(v);
  return (v as Input) ?? "";
}

function planData(
  s: Snapshots,
  before: ProgramDefinition,
  program: ProgramDefinition,
  source: ResolvedSource | null,
  shape: ShapeOp[],
  writes: CellWrite[],
  fills: FormulaFill[],
  notes: string[],
): { dataAddress: string; partners: number } {
  const snap = s.data;
  const oldNamer = new HeaderNamer();
  const oldH = dataHeaders(before, oldNamer);
  const newH = dataHeaders(program);
  const cols = snap.values[0].map((h) => String(h ?? "").trim());
  const has = (h: string) => cols.some((c) => c.toLowerCase() === h.toLowerCase());
  const at = (h: string) => cols.findIndex((c) => c.toLowerCase() === h.toLowerCase());
  let rows = snap.values.length - 1;
  // A results table over the user's table: its Source row column, named after every other header.
  const sourceRow = source ? oldNamer.take(labelsOf(before).data.headers.sourceRow) : null;
  if (sourceRow !== null && !has(sourceRow)) throw missingColumn(snap, sourceRow);
  if (source?.range) {
    // Checked against the address the formulas were written from; an edit that sets the address
    // to where the formulas now read is the fix, and passes.
    const old = before.source.kind === "existing" ? parseSourceRange(before.source.source) : null;
    assertRangeInPlace(snap, at(oldH.partnerId), old?.ok ? old.range : source.range.at, source.range.at);
  }

  const oldPayout = has(oldH.payout) ? oldH.payout : has(newH.payout) ? newH.payout : null;
  for (const h of [newH.partnerId, newH.score, newH.gateMet, newH.tier]) {
    if (!has(h)) throw missingColumn(snap, h);
  }
  if (!oldPayout) throw missingColumn(snap, oldH.payout);
  if (newH.netPrice && !has(newH.netPrice) && !(oldH.netPrice && has(oldH.netPrice)))
    throw missingColumn(snap, newH.netPrice);

  // 1. A removed KPI's attainment column is the add-in's formula: it goes (it would read #N/A
  //    and break the score's span). Its actual and target columns are the user's data: they stay.
  const newAttainment = new Set(newH.attainment.map((h) => h.toLowerCase()));
  for (const h of oldH.attainment) {
    if (newAttainment.has(h.toLowerCase()) || !has(h)) continue;
    shape.push({ kind: "deleteColumn", table: snap.name, header: h });
    cols.splice(at(h), 1);
  }
  const newInputs = new Set(
    [...newH.actual, ...newH.target.filter((x): x is string => x !== null)].map((h) => h.toLowerCase()),
  );
  const kept = before.kpis.flatMap((_, i) =>
    [oldH.actual[i], oldH.target[i]].filter(
      (h): h is string => h !== null && has(h) && !newInputs.has(h.toLowerCase()),
    ),
  );
  if (source) {
    // Over the user's table these columns are the add-in's formulas reading it, not data: they go.
    for (const h of kept) {
      shape.push({ kind: "deleteColumn", table: snap.name, header: h });
      cols.splice(at(h), 1);
    }
  } else if (kept.length > 0) {
    notes.push(
      formatMessage(kept.length > 1 ? "columnKeptMany" : "columnKeptOne", {
        columns: quotedList(kept),
        table: snap.name,
      }),
    );
  }

  // 2. New input columns (actuals, per-partner targets) go just before the attainment columns.
  const firstCalc = () => {
    const i = cols.findIndex((c) => newAttainment.has(c.toLowerCase()));
    return i >= 0 ? i : at(newH.score);
  };
  const inputFormats = new Map<string, string>();
  program.kpis.forEach((k, i) => {
    for (const h of [newH.actual[i], newH.target[i]]) {
      if (h === null || has(h)) continue;
      const index = firstCalc();
      shape.push({ kind: "addColumn", table: snap.name, index, header: h });
      cols.splice(index, 0, h);
      inputFormats.set(h, kpiFormat(k, program));
    }
  });
  // 3. New attainment columns go after the last one (before Score), so they stay side by side.
  program.kpis.forEach((_, i) => {
    const h = newH.attainment[i];
    if (has(h)) return;
    const last = cols.reduce((n, c, j) => (newAttainment.has(c.toLowerCase()) ? j : n), -1);
    const index = last >= 0 ? last + 1 : at(newH.score);
    shape.push({ kind: "addColumn", table: snap.name, index, header: h });
    cols.splice(index, 0, h);
  });
  // The payout column is named after the currency: renamed with it (it is the add-in's own).
  if (oldPayout.toLowerCase() !== newH.payout.toLowerCase()) {
    writes.push({
      sheet: snap.sheet,
      address: cellAddress(snap.row, snap.column + at(oldPayout)),
      kind: "values",
      grid: [[textInput(newH.payout)]],
    });
    cols[at(oldPayout)] = newH.payout;
  }
  if (newH.netPrice && oldH.netPrice && !has(newH.netPrice) && has(oldH.netPrice)) {
    writes.push({
      sheet: snap.sheet,
      address: cellAddress(snap.row, snap.column + at(oldH.netPrice)),
      kind: "values",
      grid: [[textInput(newH.netPrice)]],
    });
    cols[at(oldH.netPrice)] = newH.netPrice;
  }

  // Over the user's table: one row per row of it, now (partners added since creation get theirs).
  if (source && sourceRow !== null)
    rows = planSourceRows(snap, at(sourceRow), source, cols.length, shape, writes, notes);

  // The score reads the attainment columns as one span with the weights in the same order, so
  // the formulas are built for the KPIs in the order of their attainment columns in the sheet.
  const attIndex = program.kpis.map((_, i) => at(newH.attainment[i]));
  const order = program.kpis.map((_, i) => i).sort((a, b) => attIndex[a] - attIndex[b]);
  const sorted = order.map((i) => attIndex[i]);
  if (sorted.some((c, j) => j > 0 && c !== sorted[j - 1] + 1)) {
    throw new ProgramNotWritableError(formatMessage("updateAttainmentApart", { table: snap.name }));
  }
  const physical: ProgramDefinition = {
    ...program,
    kpis: order.map((i): ProgramKpi => program.kpis[i]),
    basisKpi: program.basisKpi === null ? null : order.indexOf(program.basisKpi),
  };
  const headers: DataHeaders = {
    actual: order.map((i) => newH.actual[i]),
    target: order.map((i) => newH.target[i]),
    attainment: order.map((i) => newH.attainment[i]),
    score: newH.score,
    gateMet: newH.gateMet,
    tier: newH.tier,
    payout: newH.payout,
    netPrice: newH.netPrice,
  };
  const f = new ProgramFormulas(
    physical,
    { settings: s.settings.name, kpis: s.kpis.name, tiers: s.tiers.name },
    headers,
  );
  const money = moneyFormat(program.decimals, program.currency);
  const calculated: [string, string, string][] = [
    ...headers.attainment.map((h, i): [string, string, string] => [h, f.attainment(i), PERCENT]),
    [headers.score, f.score(), PERCENT],
    [headers.gateMet, f.gateMet(), GENERAL],
    [headers.tier, f.tier(), GENERAL],
    [headers.payout, f.payout(), money],
    ...(headers.netPrice ? [[headers.netPrice, f.netPrice(), money] as [string, string, string]] : []),
  ];
  if (source && sourceRow !== null) {
    // The columns that read the user's table follow the (possibly changed) mapping.
    calculated.unshift(
      ...followedColumns(program, newH, source, sourceRow).map((c): [string, string, string] => [
        c.header,
        c.formula,
        c.numberFormat,
      ]),
    );
    inputFormats.clear();
  }
  for (const [h, formula, format] of calculated) {
    fills.push({ sheet: snap.sheet, row: snap.row + 1, column: snap.column + at(h), rows, formula, format });
  }
  for (const [h, format] of inputFormats) {
    writes.push({
      sheet: snap.sheet,
      address: rangeAddress(snap.row + 1, snap.column + at(h), rows, 1),
      kind: "numberFormat",
      grid: Array.from({ length: rows }, () => [format]),
    });
  }
  const partners = source ? rows : snap.values.slice(1).filter((r) => !isBlank(r[0])).length;
  return { dataAddress: rangeAddress(snap.row, snap.column, rows + 1, cols.length), partners };
}

/**
 * A plain range is stored as an address, but Excel moves the results formulas' references when
 * rows are inserted or deleted inside or above it. Rewriting the formulas from the stored address
 * would then silently read the wrong rows (a partner pushed below the old end would drop out), so
 * an edit is refused when the formulas no longer read the stored rows, naming the address they
 * read now.
 */
function assertRangeInPlace(snap: TableSnapshot, partnerColumn: number, stored: SheetRange, edited: SheetRange): void {
  if (partnerColumn < 0) return;
  const formula = snap.formulas
    .slice(1)
    .map((r) => String(r[partnerColumn] ?? ""))
    .find((f) => f.includes("INDEX("));
  const ref = formula
    ? /INDEX\(((?:'(?:[^']|'')+'|[^',()!]+)![$A-Za-z0-9]+:[$A-Za-z0-9]+),/.exec(formula)?.[1]
    : undefined;
  if (!ref) return;
  const read = parseSourceRange(ref);
  if (!read.ok) return;
  const now = read.range;
  const reads = (r: SheetRange) =>
    now.sheet.toLowerCase() === r.sheet.toLowerCase() && now.top === r.top + 1 && now.bottom === r.bottom;
  if (reads(stored) || reads(edited)) return;
  const moved = rangeText({ ...stored, sheet: now.sheet, top: now.top - 1, bottom: now.bottom });
  throw new ProgramNotWritableError(formatMessage("sourceRangeMoved", { source: rangeText(stored), now: moved }));
}

/**
 * The results table's rows brought in line with the user's table: each row keeps the Source row
 * it reads (so the user's own cells on it stay with their partner), rows for the user's rows added
 * since are appended, and rows that point past the table's end (or repeat a row) are deleted.
 * Writes the whole Source row column; returns the body rows after.
 */
function planSourceRows(
  snap: TableSnapshot,
  column: number,
  source: ResolvedSource,
  width: number,
  shape: ShapeOp[],
  writes: CellWrite[],
  notes: string[],
): number {
  const wanted = Math.max(1, source.rows);
  const seen = new Set<number>();
  const kept: number[] = [];
  const gone: number[] = [];
  snap.values.slice(1).forEach((r, i) => {
    const v = r[column];
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= wanted && !seen.has(v)) {
      seen.add(v);
      kept.push(v);
    } else gone.push(i);
  });
  const added = Array.from({ length: wanted }, (_, i) => i + 1).filter((n) => !seen.has(n));
  for (const i of gone.reverse()) shape.push({ kind: "deleteRow", table: snap.name, index: i });
  if (added.length > 0) shape.push({ kind: "addRows", table: snap.name, rows: added.length, width });
  const numbers = [...kept, ...added];
  writes.push(
    ...columnWrites(
      snap,
      column,
      numbers,
      numbers.map(() => WHOLE_NUMBER),
    ),
  );
  if (added.length > 0)
    notes.push(
      formatMessage(added.length > 1 ? "sourceRowsAddedMany" : "sourceRowsAddedOne", {
        count: added.length,
        table: source.table,
      }),
    );
  if (gone.length > 0)
    notes.push(
      formatMessage(gone.length > 1 ? "sourceRowsRemovedMany" : "sourceRowsRemovedOne", {
        count: gone.length,
        table: source.table,
      }),
    );
  return numbers.length;
}

function missingColumn(snap: TableSnapshot, header: string): ProgramNotWritableError {
  return new ProgramNotWritableError(formatMessage("updateColumnGone", { table: snap.name, column: header }));
}

// ---------------------------------------------------------------------------------------------
// What changed, in words (pure; the task pane's review shows its own version before the write).

export function programChanges(before: ProgramDefinition, after: ProgramDefinition): string[] {
  const out: string[] = [];
  // Settings are named as the plan sheet of the message language names them.
  const setting = sheetLabels(workbookLanguage()).plan.setting;
  const settings: [string, unknown, unknown][] = [
    [setting.program, before.name.trim(), after.name.trim()],
    [setting.currency, before.currency, after.currency],
    [setting.decimals, before.decimals, after.decimals],
    [setting.periodStart, before.periodStart, after.periodStart],
    [setting.periodEnd, before.periodEnd, after.periodEnd],
    [setting.frequency, before.frequency, after.frequency],
    [setting.method, before.method, after.method],
    [
      setting.basisKpi,
      before.basisKpi === null ? null : before.kpis[before.basisKpi]?.name,
      after.basisKpi === null ? null : after.kpis[after.basisKpi]?.name,
    ],
    [setting.boundsRelative, before.boundsRelativeToTarget, after.boundsRelativeToTarget],
    [setting.cap, before.cap, after.cap],
    [setting.targetIncentive, before.targetIncentive, after.targetIncentive],
    [setting.listPrice, before.listPrice, after.listPrice],
  ];
  for (const [name, a, b] of settings) if (!same(a, b)) out.push(formatMessage("changeSetting", { setting: name }));
  const oldNames = before.kpis.map((k) => k.name.trim().toLowerCase());
  const newNames = after.kpis.map((k) => k.name.trim().toLowerCase());
  for (const k of after.kpis)
    if (!oldNames.includes(k.name.trim().toLowerCase()))
      out.push(formatMessage("changeKpiAdded", { kpi: k.name.trim() }));
  for (const k of before.kpis)
    if (!newNames.includes(k.name.trim().toLowerCase()))
      out.push(formatMessage("changeKpiRemoved", { kpi: k.name.trim() }));
  for (const k of after.kpis) {
    const old = before.kpis.find((o) => o.name.trim().toLowerCase() === k.name.trim().toLowerCase());
    if (old && !same({ ...old, name: "" }, { ...k, name: "" }))
      out.push(formatMessage("changeKpiChanged", { kpi: k.name.trim() }));
  }
  const common = newNames.filter((n) => oldNames.includes(n));
  if (common.join("\n") !== oldNames.filter((n) => newNames.includes(n)).join("\n"))
    out.push(formatMessage("changeKpisReordered"));
  if (before.tiers.length !== after.tiers.length)
    out.push(formatMessage("changeTierRows", { before: before.tiers.length, after: after.tiers.length }));
  else if (!same(before.tiers, after.tiers)) out.push(formatMessage("changeTiers"));
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// Queuing the write: shape changes first (the addresses of the cell writes assume them), then
// formats and values, then formulas.

function queueUpdate(context: Excel.RequestContext, plan: UpdatePlan, features: ExcelFeatures): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const tables = new Map<string, Excel.Table>();
  const table = (name: string) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = context.workbook.tables.getItem(name)));
    return t;
  };
  for (const op of plan.shape) {
    switch (op.kind) {
      case "addRows":
        table(op.table).rows.add(
          undefined,
          Array.from({ length: op.rows }, () => Array.from({ length: op.width }, () => "")),
        );
        break;
      case "deleteRow":
        table(op.table).rows.getItemAt(op.index).delete();
        break;
      case "addColumn":
        table(op.table).columns.add(op.index, undefined, op.header);
        break;
      case "deleteColumn":
        table(op.table).columns.getItem(op.header).delete();
        break;
    }
  }
  for (const w of plan.writes) {
    const range = sheet(w.sheet).getRange(w.address);
    if (w.kind === "numberFormat") range.numberFormat = w.grid;
    else if (w.kind === "formulas") range.formulas = w.grid;
    else range.values = w.grid;
  }
  for (const fill of plan.fills) {
    const ws = sheet(fill.sheet);
    const first = ws.getRange(cellAddress(fill.row, fill.column));
    first.numberFormat = [[fill.format]];
    first.formulas = [[fill.formula]];
    if (fill.rows <= 1) continue;
    const rest = rangeAddress(fill.row + 1, fill.column, fill.rows - 1, 1);
    if (features.copyFrom) {
      ws.getRange(rest).copyFrom(first, "Formats");
      ws.getRange(rest).copyFrom(first, "Formulas");
    } else {
      ws.getRange(rest).numberFormat = Array.from({ length: fill.rows - 1 }, () => [fill.format]);
      ws.getRange(rest).formulas = Array.from({ length: fill.rows - 1 }, () => [fill.formula]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// After a failed write: each table back to its snapshot (shape, then every cell as it was).

async function restoreTables(context: Excel.RequestContext, s: Snapshots): Promise<boolean> {
  try {
    const all = [s.settings, s.kpis, s.tiers, s.data];
    const now = all.map((snap) => {
      const t = context.workbook.tables.getItem(snap.name);
      // Headers and size only: the whole data table's values could pass the 5 MB response limit.
      return { snap, t, range: t.getRange().load("rowCount"), top: t.getHeaderRowRange().load("values") };
    });
    await context.sync();
    const writes: { sheet: string; address: string; formats: Input[][]; formulas: Input[][] }[] = [];
    for (const { snap, t, range, top } of now) {
      const header = top.values[0].map(lower);
      const wanted = snap.values[0].map(lower);
      // Columns this write added go; columns it deleted come back where they were.
      header.forEach((h, i) => {
        if (!wanted.includes(h)) t.columns.getItem(String(top.values[0][i])).delete();
      });
      wanted.forEach((h, i) => {
        if (!header.includes(h)) t.columns.add(i, undefined, String(snap.values[0][i]));
      });
      const rows = range.rowCount - 1;
      const had = snap.values.length - 1;
      if (rows > had) for (let i = rows - 1; i >= had; i--) t.rows.getItemAt(i).delete();
      if (rows < had)
        t.rows.add(
          undefined,
          Array.from({ length: had - rows }, () => snap.values[0].map(() => "")),
        );
      // Every cell as it was, in row blocks: a large data table's snapshot passes the request limit.
      const width = snap.values[0].length;
      const cells = snap.values.map((r, i) => ({
        formats: snap.numberFormat[i] as Input[],
        formulas: r.map((_, c) => carried(snap, i, c)),
      }));
      const bytes = (r: (typeof cells)[number]) => jsonBytes(r.formats) + jsonBytes(r.formulas) + 2;
      for (const block of rowBlocks(cells, bytes, BATCH_BUDGET_BYTES - 4 * CALL_OVERHEAD_BYTES)) {
        writes.push({
          sheet: snap.sheet,
          address: rangeAddress(snap.row + block.start, snap.column, block.rows.length, width),
          formats: block.rows.map((r) => r.formats),
          formulas: block.rows.map((r) => r.formulas),
        });
      }
    }
    // The shape changes go with the first request; the cell writes fill requests within the budget.
    const size = (w: (typeof writes)[number]) => jsonBytes(w.formats) + jsonBytes(w.formulas) + 4 * CALL_OVERHEAD_BYTES;
    for (const batch of groupByBudget(writes, size)) {
      for (const w of batch) {
        const ws = context.workbook.worksheets.getItem(w.sheet);
        ws.getRange(w.address).numberFormat = w.formats;
        ws.getRange(w.address).formulas = w.formulas;
      }
      // One sync per request's worth: the restore is as large as the tables.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return true;
  } catch {
    return false;
  }
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

const reason = failureReason;
