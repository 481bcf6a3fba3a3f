/* global Excel, OfficeExtension */
/*
 * The task pane's reads around the user's selection: the selected cell (with the program data
 * table row it sits in), the program's sheets, the cells of those sheets whose INCENTIVE formula
 * returns an error, and selecting a cell. Each takes the RequestContext of the caller's Excel.run.
 *
 * Syncs: readSelectedCell 1 (2 when the workbook has program data tables); listProgramSheets 2;
 * findIncentiveErrors 3 whatever the sheets' size (the sheets' names; the error cells; the
 * formulas of at most `limit` of them — 2 when nothing is wrong or the host has no
 * Range.getSpecialCells); selectCell 1.
 */
import { cellAddress, columnLetters } from "./addresses";
import { supportsExcelApi } from "./excelFeatures";
import { TABLE_PREFIX, tableName } from "./names";
import { OWNER_PROPERTY, parseOwnerMark } from "./ownership";
import type { SheetRole } from "./sheetPlan";
import type { IssueReason } from "./issues/issueReason";

export { dataTableKeyIn, readIssueReasons } from "./issues/issueReasons";
export type { IssueReason } from "./issues/issueReason";

/** A call of any INCENTIVE function. */
export const INCENTIVE_CALL = /\bINCENTIVE\.[A-Z]+\s*\(/i;
/** A call of a function that pays: PAYOUT, BONUS or PRICE. */
export const INCENTIVE_PAYOUT_CALL = /\bINCENTIVE\.(PAYOUT|BONUS|PRICE)\s*\(/i;

/** Where the selected cell sits in a program's data table, and where that row's inputs are. */
export interface DataRowCells {
  readonly key: string;
  readonly table: string;
  /** 1 = the table's first data row (as PartnerRecord.row counts). */
  readonly row: number;
  /** The header of the selected cell's column. */
  readonly column: string;
  /** Every column of this row: its header and the cell's address, e.g. 'SolarWave Data'!C5. */
  readonly cells: readonly { readonly header: string; readonly address: string }[];
  /** The program's plan tables, as sheet-qualified ranges (null when missing). */
  readonly tiers: string | null;
  readonly kpis: string | null;
  readonly settings: string | null;
}

export interface SelectedCell {
  readonly sheet: string;
  /** The cell's address on its sheet, e.g. "H12" (the top-left cell of a larger selection). */
  readonly address: string;
  /** The cell's formula, or "" when it holds a value. */
  readonly formula: string;
  readonly value: unknown;
  /** Excel's value type: "Double", "String", "Boolean", "Empty", "Error". */
  readonly valueType: string;
  readonly dataRow: DataRowCells | null;
}

/** A sheet address: 'My sheet'!A1 (quoted when the name needs it). */
export function sheetAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

const DATA_TABLE = new RegExp(`^${TABLE_PREFIX}(.+)_Data$`, "i");

/** The selected cell (the top-left one of a larger selection), and its program data table row if any. */
export async function readSelectedCell(context: Excel.RequestContext): Promise<SelectedCell> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("formulas,values,valueTypes,rowIndex,columnIndex");
  const sheet = cell.worksheet.load("name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const base = {
    sheet: sheet.name,
    address: cellAddress(cell.rowIndex, cell.columnIndex),
    formula: formulaText(cell.formulas[0]?.[0]),
    value: cell.values[0]?.[0],
    valueType: String(cell.valueTypes[0]?.[0] ?? ""),
  };
  const byName = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
  const dataTables = tables.items.flatMap((t) => {
    const key = DATA_TABLE.exec(t.name)?.[1];
    if (!key) return [];
    const range = t.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const ws = t.worksheet.load("name");
    const header = t.getHeaderRowRange().load("values");
    const plan = (part: "Tiers" | "KPIs" | "Settings") => {
      const table = byName.get(tableName(key, part).toLowerCase());
      return table
        ? {
            range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
            ws: table.worksheet.load("name"),
          }
        : null;
    };
    return [
      { key, name: t.name, range, ws, header, tiers: plan("Tiers"), kpis: plan("KPIs"), settings: plan("Settings") },
    ];
  });
  if (dataTables.length === 0) return { ...base, dataRow: null };
  await context.sync();

  const inside = dataTables.find(
    (t) =>
      t.ws.name.toLowerCase() === base.sheet.toLowerCase() &&
      cell.rowIndex > t.range.rowIndex &&
      cell.rowIndex < t.range.rowIndex + t.range.rowCount &&
      cell.columnIndex >= t.range.columnIndex &&
      cell.columnIndex < t.range.columnIndex + t.range.columnCount,
  );
  if (!inside) return { ...base, dataRow: null };
  const headers = (inside.header.values[0] ?? []).map((h) => String(h ?? ""));
  const block = (p: { range: Excel.Range; ws: Excel.Worksheet } | null) =>
    p
      ? sheetAddress(
          p.ws.name,
          `${cellAddress(p.range.rowIndex, p.range.columnIndex)}:${cellAddress(p.range.rowIndex + p.range.rowCount - 1, p.range.columnIndex + p.range.columnCount - 1)}`,
        )
      : null;
  return {
    ...base,
    dataRow: {
      key: inside.key,
      table: inside.name,
      row: cell.rowIndex - inside.range.rowIndex,
      column: headers[cell.columnIndex - inside.range.columnIndex] ?? "",
      cells: headers.map((header, i) => ({
        header,
        address: sheetAddress(base.sheet, `${columnLetters(inside.range.columnIndex + i)}${cell.rowIndex + 1}`),
      })),
      tiers: block(inside.tiers),
      kpis: block(inside.kpis),
      settings: block(inside.settings),
    },
  };
}

function formulaText(f: unknown): string {
  return typeof f === "string" && f.startsWith("=") ? f : "";
}

export interface ProgramSheet {
  readonly name: string;
  readonly role: SheetRole;
}

/**
 * The sheets carrying the program's ownership mark (plan, data, dashboard, statements …): what
 * deleteProgram would delete. Null on hosts without worksheet custom properties (ExcelApi 1.12).
 * Two syncs.
 */
export async function listProgramSheets(context: Excel.RequestContext, key: string): Promise<ProgramSheet[] | null> {
  if (!supportsExcelApi("1.12")) return null;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const marks = sheets.items.map((sheet) => ({
    sheet,
    mark: sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value"),
  }));
  await context.sync();
  return marks.flatMap((m) => {
    const mark = m.mark.isNullObject ? null : parseOwnerMark(m.mark.value);
    return mark && mark.key.toLowerCase() === key.toLowerCase() ? [{ name: m.sheet.name, role: mark.role }] : [];
  });
}

/** A cell whose INCENTIVE formula returns an error. */
export interface FormulaIssue {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** Excel's error value, e.g. "#VALUE!". */
  readonly error: string;
  /**
   * Why this cell fails, as the function says it (readIssueReasons): for cells of the program's
   * data table where the engine finds it; absent or null otherwise.
   */
  readonly reason?: IssueReason | null;
}

export interface IssueScan {
  readonly issues: FormulaIssue[];
  /** Error cells found, INCENTIVE or not, on the sheets (only the first `limit` were read). */
  readonly errorCells: number;
  /** True when more error cells were found than were read. */
  readonly truncated: boolean;
}

/**
 * Every cell of the given sheets whose formula calls an INCENTIVE function and returns an
 * error. Sheets that no longer exist are skipped. After the sheets' names, one sync finds the
 * error cells (Range.getSpecialCells, ExcelApi 1.9) and their count, and one reads the formulas
 * and values of at most `limit` of them, so 10,000 failing rows do not make a huge response.
 * Without getSpecialCells the used ranges' formulas, values and value types are read in 1 sync.
 */
export async function findIncentiveErrors(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  limit = 500,
): Promise<IssueScan> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  if (!supportsExcelApi("1.9")) return scanUsedRanges(context, sheetNames);
  await context.sync();
  const wanted = new Set(sheetNames.map((s) => s.toLowerCase()));
  const found = sheets.items
    .filter((s) => wanted.has(s.name.toLowerCase()))
    .map((ws) => {
      const areas = ws.getUsedRange(false).getSpecialCellsOrNullObject("Formulas", "Errors");
      areas.load("cellCount,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      return { ws, areas };
    });
  if (found.length === 0) return { issues: [], errorCells: 0, truncated: false };
  await context.sync();

  let budget = limit;
  let errorCells = 0;
  const reads: { sheet: string; range: Excel.Range }[] = [];
  for (const { ws, areas } of found) {
    if (areas.isNullObject) continue;
    errorCells += areas.cellCount;
    for (const a of areas.areas.items) {
      if (budget <= 0) break;
      const rows = Math.min(a.rowCount, Math.max(1, Math.floor(budget / a.columnCount)));
      const address = `${cellAddress(a.rowIndex, a.columnIndex)}:${cellAddress(a.rowIndex + rows - 1, a.columnIndex + a.columnCount - 1)}`;
      budget -= rows * a.columnCount;
      reads.push({ sheet: ws.name, range: ws.getRange(address).load("formulas,values,rowIndex,columnIndex") });
    }
  }
  if (reads.length === 0) return { issues: [], errorCells, truncated: false };
  await context.sync();
  const issues = reads.flatMap((r) =>
    issuesIn(r.sheet, r.range.rowIndex, r.range.columnIndex, r.range.formulas, r.range.values),
  );
  return { issues, errorCells, truncated: errorCells > limit };
}

async function scanUsedRanges(context: Excel.RequestContext, sheetNames: readonly string[]): Promise<IssueScan> {
  await context.sync();
  const wanted = new Set(sheetNames.map((s) => s.toLowerCase()));
  const used = context.workbook.worksheets.items
    .filter((s) => wanted.has(s.name.toLowerCase()))
    .map((ws) => ({
      sheet: ws.name,
      range: ws.getUsedRange(false).load("formulas,values,valueTypes,rowIndex,columnIndex"),
    }));
  if (used.length === 0) return { issues: [], errorCells: 0, truncated: false };
  await context.sync();
  let errorCells = 0;
  const issues = used.flatMap((u) => {
    errorCells += u.range.valueTypes.flat().filter((t) => t === "Error").length;
    return issuesIn(
      u.sheet,
      u.range.rowIndex,
      u.range.columnIndex,
      u.range.formulas,
      u.range.values,
      u.range.valueTypes,
    );
  });
  return { issues, errorCells, truncated: false };
}

function issuesIn(
  sheet: string,
  row0: number,
  column0: number,
  formulas: unknown[][],
  values: unknown[][],
  valueTypes?: unknown[][],
): FormulaIssue[] {
  const out: FormulaIssue[] = [];
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const formula = formulaText(f);
      const value = values[r]?.[c];
      const isError = valueTypes ? valueTypes[r]?.[c] === "Error" : typeof value === "string" && value.startsWith("#");
      if (!formula || !isError || !INCENTIVE_CALL.test(formula)) return;
      out.push({ sheet, address: cellAddress(row0 + r, column0 + c), formula, error: String(value) });
    }),
  );
  return out;
}

/** Shows the sheet and selects the cell. One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/**
 * Calls `onChange` whenever the user selects another cell (Workbook.onSelectionChanged,
 * ExcelApi 1.2). Returns the handler to pass to stopWatchingSelection, or null where the host
 * has no such event. One sync.
 */
export async function watchSelection(
  context: Excel.RequestContext,
  onChange: () => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null> {
  const event = (context.workbook as Partial<Excel.Workbook>).onSelectionChanged;
  if (!supportsExcelApi("1.2") || !event || typeof event.add !== "function") return null;
  const handler = event.add(async () => onChange());
  await context.sync();
  return handler;
}
