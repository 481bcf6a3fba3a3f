/* global Excel */
/*
 * The reasons behind a program's error cells (findIncentiveErrors' issues): the program read back
 * from its plan tables, then one read of the data-table rows the issues sit in (values and value
 * types), and the engine finds each reason (issueReason.ts). Issues outside the data table get
 * none (the pane says what their code means).
 *
 * The tier table's cells are read as they are with the data table's place (the program read back
 * turns text into NaN). Syncs: 4 when an issue is in the data table (readProgram's 2, the data table's place and
 * headers, the rows), 3 otherwise. The rows are read in blocks of ISSUE_ROWS_PER_READ —
 * the scan reads at most 500 error cells, so one block, well inside a response's 5 MB (a
 * 2,000-row block of a data table's values is what chunkedRead.ts reads first).
 */
import type { ProgramDefinition } from "../../engine";
import { columnLetters } from "../addresses";
import { FIRST_BLOCK_ROWS } from "../chunkedRead";
import { TABLE_PREFIX, tableName } from "../names";
import { dataHeaders } from "../dataHeaders";
import { readProgram } from "../program/readProgram";
import { issueReason, type IssueReason, type IssueRow, type PlanCell } from "./issueReason";
import { labelsOf } from "../planTables";

/** The least an issue needs to be placed: its sheet, address and the error it shows. */
export interface IssueCell {
  readonly sheet: string;
  readonly address: string;
  readonly error: string;
  /** The cell's formula: a statement's tells which partner's row it reads. */
  readonly formula?: string;
}

/** Data rows read per sync. */
export const ISSUE_ROWS_PER_READ = FIRST_BLOCK_ROWS.values;

/** The reason for each issue (same order), null where none is found. */
export async function readIssueReasons(
  context: Excel.RequestContext,
  key: string,
  issues: readonly IssueCell[],
): Promise<(IssueReason | null)[]> {
  const none = issues.map(() => null);
  if (issues.length === 0) return none;
  let program: ProgramDefinition;
  try {
    program = await readProgram(context, key);
  } catch {
    return none;
  }
  const dataName = tableName(key, "Data");
  const table = context.workbook.tables.getItem(dataName);
  const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  const tiers = context.workbook.tables.getItem(tableName(key, "Tiers")).getDataBodyRange().load("values,valueTypes");
  const kpiTable = context.workbook.tables.getItem(tableName(key, "KPIs"));
  const kpis = kpiTable.getRange().load("values,valueTypes,rowIndex,columnIndex");
  const kpiSheet = kpiTable.worksheet.load("name");
  // A statement's cell reads its partner's row of the data table by the number in another cell
  // (INDEX(PI_<key>_Data[…],$F12)): that number is read with the table's place.
  const indexCells = issues.map((issue) => {
    const ref = statementRow(issue.formula ?? "", dataName);
    return ref
      ? {
          ...ref,
          number: context.workbook.worksheets.getItem(issue.sheet).getRange(ref.address).load("values"),
        }
      : null;
  });
  try {
    await context.sync();
  } catch {
    return none; // no data table: nothing to read the reasons from
  }
  const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
  const box = { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
  const h = dataHeaders(program);
  const plan = {
    tiers: tiers.values.map((r, i) => r.map((v, j) => (tiers.valueTypes[i]?.[j] === "Error" ? { code: v } : v))),
    fixedTargets: kpiCells(program, kpis, kpiSheet.name, "target"),
    gates: kpiCells(program, kpis, kpiSheet.name, "gate"),
    directions: kpiCells(program, kpis, kpiSheet.name, "direction"),
  };

  // Where each issue's reason is found in the data table: the sheet row and the column whose
  // formula fails the same way (a statement's EXPLAIN as the Payout, its TIER/RATE/GAP as the Tier).
  const placed = issues.map((issue, i) => {
    const ref = indexCells[i];
    if (ref) {
      const n = ref.number.values[0]?.[0];
      if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n >= box.rows) return null;
      return { row: box.row + n, column: ref.call === "EXPLAIN" || ref.call === "PAYOUT" ? h.payout : h.tier };
    }
    if (issue.sheet.toLowerCase() !== sheet.name.toLowerCase()) return null;
    const at = parseCell(issue.address);
    if (!at || at.row <= box.row || at.row >= box.row + box.rows) return null;
    const c = at.column - box.column;
    if (c < 0 || c >= box.columns) return null;
    return { row: at.row, column: headers[c] };
  });
  const rows = [...new Set(placed.flatMap((p) => (p ? [p.row] : [])))].sort((a, b) => a - b);
  if (rows.length === 0) return none;

  const read = new Map<number, IssueRow>();
  const last = columnLetters(box.column + box.columns - 1);
  const first = columnLetters(box.column);
  for (let i = 0; i < rows.length; i += ISSUE_ROWS_PER_READ) {
    const block = runs(rows.slice(i, i + ISSUE_ROWS_PER_READ)).map(([from, to]) => ({
      from,
      range: table.worksheet.getRange(`${first}${from + 1}:${last}${to + 1}`).load("values,valueTypes"),
    }));
    // One sync per block of rows: the block is what one response may carry.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { from, range: r } of block) {
      r.values.forEach((values, k) => {
        const sheetRow = from + k;
        read.set(sheetRow, {
          headers,
          values,
          types: (r.valueTypes[k] ?? []).map(String),
          addresses: headers.map((_, c) => `${sheetName(sheet.name)}!${columnLetters(box.column + c)}${sheetRow + 1}`),
        });
      });
    }
  }
  return issues.map((issue, i) => {
    const at = placed[i];
    const row = at ? read.get(at.row) : undefined;
    if (!at || !row) return null;
    try {
      return issueReason(program, row, at.column, issue.error, plan);
    } catch {
      return null;
    }
  });
}

/**
 * In a statement's formula, the partner number's cell (the second argument of INDEX over the
 * data table) and the INCENTIVE function called; null for any other formula.
 */
export function statementRow(formula: string, dataTable: string): { address: string; call: string } | null {
  const call = /\bINCENTIVE\.([A-Z]+)\s*\(/i.exec(formula)?.[1]?.toUpperCase();
  if (!call) return null;
  const escaped = dataTable.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`INDEX\\(${escaped}\\[.*?\\]\\]?,\\s*(\\$?[A-Z]{1,3}\\$?\\d+)\\s*\\)`, "i").exec(formula);
  return m ? { address: m[1].replace(/\$/g, ""), call } : null;
}

/** The key of the program whose data table a formula reads by INDEX (a statement's cell); null for none. */
export function dataTableKeyIn(formula: string): string | null {
  return new RegExp(`INDEX\\(${TABLE_PREFIX}(.+?)_Data\\[`, "i").exec(formula)?.[1] ?? null;
}

/**
 * Each KPI's cell of the KPI table's `field` column (Target, Gate, Direction), found as the formulas find it
 * (the row by the KPI's name, the column by its header in the program's sheet language).
 */
function kpiCells(
  p: ProgramDefinition,
  kpis: Excel.Range,
  sheet: string,
  field: "target" | "gate" | "direction",
): (PlanCell | undefined)[] {
  const words = labelsOf(p).plan.kpiHeaders;
  const [head = [], ...rows] = kpis.values;
  const col = (name: string) =>
    head.findIndex(
      (x) =>
        String(x ?? "")
          .trim()
          .toLowerCase() === name.toLowerCase(),
    );
  const [kpiCol, fieldCol] = [col(words.kpi), col(words[field])];
  if (kpiCol < 0 || fieldCol < 0) return [];
  return p.kpis.map((k) => {
    const r = rows.findIndex(
      (row) =>
        String(row[kpiCol] ?? "")
          .trim()
          .toLowerCase() === k.name.trim().toLowerCase(),
    );
    if (r < 0) return undefined;
    return {
      value: rows[r][fieldCol],
      error: kpis.valueTypes[r + 1]?.[fieldCol] === "Error",
      header: `${k.name.trim()} ${String(head[fieldCol])}`,
      address: `${sheetName(sheet)}!${columnLetters(kpis.columnIndex + fieldCol)}${kpis.rowIndex + r + 2}`,
    };
  });
}

/** Consecutive rows as [first, last] runs. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const lastRun = out[out.length - 1];
    if (lastRun && lastRun[1] === r - 1) lastRun[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** "H12" → 0-based row and column; null for anything else. */
function parseCell(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

function sheetName(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
