/*
 * The Excel model: one TypeScript model of the Excel JavaScript API for the jest tests and the
 * browser harness (test/e2e/harness.js transpiles this folder and injects it before any page
 * script). It has no Node or jest imports, so it runs in both. See README.md in this folder and
 * docs/excel-rules.md for every rule it enforces and where each comes from.
 *
 * Semantics follow Office.js where it matters for finding bugs:
 *  - Operations are QUEUED and applied at context.sync(), in order; objects returned by methods
 *    (getItem, getRange, tables.add, …) are resolved when their turn in the queue comes.
 *  - Properties must be loaded (load + sync) before they are read; reading one that was not is
 *    allowed (the value is returned) but recorded in warnings as "notLoaded".
 *  - getItem of a missing item fails the sync with ItemNotFound; getItemOrNullObject gives a
 *    null object (isNullObject true after the sync). Name clashes, invalid sheet/table/name names,
 *    overlapping tables, array sizes that do not match the range, fail the sync with Excel's codes.
 *  - A batch is not a transaction: operations before a failing one stay applied.
 *  - Strings written through `values` that start with "=", "+" or "-" (and are not numbers) become
 *    formulas, as Excel documents; numeric strings become numbers, unless the cell's number
 *    format is text ("@") or the string starts with an apostrophe.
 *  - application.suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync hold
 *    until the end of the batch they run in; every write records whether they were in force.
 * Anything not modelled (charts' details, borders, conditional formats, events, …) is accepted
 * and recorded by a generic chainable recorder, so code written against the full API runs.
 *
 * Read back: log (every operation: { seq, run, sync, kind, target, member, args|value, address,
 * error, suspended }), syncs / implicitSyncs, warnings, userChanges, snapshot(), checkFormulas().
 * Configure with config = { workbook, failAtSync, failAfterOps, failCode, failMessage,
 * syncDelayMs, host, excelApi }: workbook = { sheets: [{ name, cells: { A1: 1, B2: "=A1", C3: {
 * value, formula, numberFormat } }, tables: [{ name, address, hasHeaders }] }], names: [{ name,
 * formula }], customProperties: { key: value }, settings: { key: value } }.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type {
  Box,
  Cell,
  KeyValue,
  LogEntry,
  NameItem,
  Origin,
  Sheet,
  Table,
  UserChange,
  Warning,
  WorkbookModel,
} from "./types";
import { ErrorCodes, NullObjectUse, OfficeExtensionError, fail } from "./errors";
import {
  MAX_COLS,
  MAX_ROWS,
  addressOf,
  colIndex,
  colName,
  cols,
  overlaps,
  parseRef,
  quoteSheet,
  refOf,
  rows,
  formulaShifter,
  splitSheet,
} from "./addresses";
import { checkDefinedName, checkSheetName, sameName } from "./nameRules";
import { memberAvailable, platformOf, requiredSet, requirementsFor, returnedClass } from "./requirementSets";
import type { HostKind, HostSettings } from "./requirementSets";
import { undoSupported } from "./undoRules";
import { createWorkbookApi } from "./createWorkbook";
import { checkWrite, formatWriteKind, protect, unprotect, unprotected } from "./protectionRules";
import type { ProtectedWrite } from "./protectionRules";
import { formulaProblems } from "./formulaRules";
import type { FormulaContext } from "./formulaRules";
import {
  MODEL_SCALAR_WRITE_LIMIT,
  OPERATION_CELL_LIMIT,
  OPERATION_OVERHEAD_BYTES,
  PAGE_BREAKS_PER_SHEET,
  PAYLOAD_LIMIT_BYTES,
  READ_CELL_LIMIT,
  jsonBytes,
} from "./limits";

export type { Box, Cell, KeyValue, LogEntry, NameItem, Origin, Sheet, Table, UserChange, Warning } from "./types";
export type { HostKind } from "./requirementSets";

export interface ExcelModelConfig {
  workbook?: any;
  failAtSync?: number;
  failAfterOps?: number;
  failCode?: string;
  failMessage?: string;
  /** A property read before it was loaded: "warn" (default: returned, recorded in warnings) or "throw" (PropertyNotLoaded, as Excel). */
  notLoaded?: "warn" | "throw";
  /** More failures: each makes sync `sync` fail after `afterOps` operations with `code`. */
  failures?: SyncFailure[];
  syncDelayMs?: number;
  workbookName?: string;
  host?: HostKind;
  excelApi?: string;
  [key: string]: unknown;
}

/** An operation waiting for sync(): its log entry, what it does, the API members it uses ("Class.member", outermost first). */
interface QueuedOp {
  entry: LogEntry;
  run: (e: LogEntry) => void;
  apis: string[];
}

/** A sync the test makes fail: operations before `afterOps` stay applied (a batch is not a transaction). */
export interface SyncFailure {
  sync: number;
  afterOps?: number;
  code?: string;
  message?: string;
}

/** Which Excel the model plays. */
export interface ExcelModelHost {
  /** Excel on the web (default), on Windows or on Mac: the undo rules differ per host. */
  host?: HostKind;
  /** The highest ExcelApi requirement set the host supports ("1.20" by default, e.g. "1.12"). */
  excelApi?: string;
  /** Names of the registered INCENTIVE functions (CustomFunctions.associate), or null when unknown. */
  registeredFunctions?: () => string[] | null;
}

/**
 * A fresh Excel with the given workbook (config.workbook) on the given host. Returns the API the
 * add-in calls (Excel, OfficeExtension, Office-style requirements) and what tests inspect (log,
 * syncs, warnings, userChanges, snapshot(), checkFormulas(), undo).
 */
export function createExcelModel(configIn: ExcelModelConfig = {}, host: ExcelModelHost = {}) {
  const config: ExcelModelConfig = { ...configIn };
  const hostKind: HostKind = host.host ?? config.host ?? "web";
  const excelApi: string = host.excelApi ?? config.excelApi ?? "1.20";
  const settings: HostSettings = { host: hostKind, excelApi };
  const failures: SyncFailure[] = [...(config.failures || [])];
  if (config.failAtSync)
    failures.push({
      sync: config.failAtSync,
      afterOps: config.failAfterOps,
      code: config.failCode,
      message: config.failMessage,
    });
  /** Where the user's undo stack was cleared: an API without undo support called outside a group. */
  const undoStackCleared: { api: string; run: number | null; sync: number; seq: number }[] = [];
  /** Response bytes of the sync being applied (loads and results), for the 5 MB limit. */
  let responseBytes = 0;
  /** Every sync: its request and response size (estimated JSON bytes) and its error code. */
  const syncStats: { sync: number; run: number; requestBytes: number; responseBytes: number; error: string | null }[] =
    [];

  // ---------------------------------------------------------------- log and counters
  const log: LogEntry[] = [];
  const warnings: Warning[] = [];
  const userChanges: UserChange[] = [];
  let seq = 0;
  let explicitSyncs = 0;
  let implicitSyncs = 0;
  let syncNumber = 0;
  let runNumber = 0;
  let nextId = 1;

  function warn(kind: string, detail?: Record<string, unknown>) {
    warnings.push(Object.assign({ kind }, detail));
  }

  /** Plain-data copy of an argument or value for the log (client objects become { $ref: path }). */
  function plain(v: any, depth = 0): any {
    if (v === undefined) return undefined;
    if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    if (typeof v === "function") {
      if (v.__recorderPath) return { $ref: v.__recorderPath };
      return "[function]";
    }
    if (v && v.__handle) return { $ref: v.__handle._path };
    if (v instanceof Date) return v.toISOString();
    if (depth > 6) return "[deep]";
    if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
    if (typeof v === "object") {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v)) o[k] = plain(v[k], depth + 1);
      return o;
    }
    return String(v);
  }

  function short(v?: any) {
    let s: string | undefined;
    try {
      s = JSON.stringify(plain(v));
    } catch (e: any) {
      s = String(v);
    }
    if (s === undefined) s = "undefined";
    return s.length > 60 ? s.slice(0, 57) + "..." : s;
  }

  function record(ctx: any, kind: string, target: string, member: string, extra?: Record<string, unknown>): LogEntry {
    const entry = Object.assign(
      { seq: ++seq, run: ctx ? ctx._run : null, sync: null, kind, target, member },
      extra || {},
    );
    log.push(entry);
    return entry;
  }

  // ---------------------------------------------------------------- the workbook model
  function newSheet(name: string, origin: Origin): Sheet {
    return {
      id: `{00000000-0001-0000-${String(nextId++).padStart(4, "0")}-000000000000}`,
      name,
      origin,
      visibility: "Visible",
      tabColor: "",
      cells: new Map(),
      charts: [],
      customProperties: new Map(),
      freeze: null,
      props: {},
      formatCalls: [],
      pageBreaks: { horizontal: [], vertical: [] },
      protection: unprotected(),
    };
  }
  const wb: WorkbookModel = {
    sheets: [],
    tables: [],
    names: [],
    customProperties: new Map(),
    settings: new Map(),
    props: {},
    application: { calculationMode: "Automatic", suspendCalc: false, suspendScreen: false },
    active: null,
    selection: null,
    deleted: [],
  };
  /**
   * A cell's format (font, fill, … set through Range.format) is never changed in place: a format
   * set gives the cell a new object, so cells may share one (copies, one set over many cells), and
   * the many cells without a format share this one.
   */
  const NO_FORMAT: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
  const key = (r?: any, c?: any) => r * MAX_COLS + c;
  function cellAt(sheet?: any, r?: any, c?: any) {
    return sheet.cells.get(key(r, c));
  }
  function ensureCell(sheet?: any, r?: any, c?: any) {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", format: NO_FORMAT };
      sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }
  function isEmptyCell(cell?: any) {
    return !cell || (cell.formula === null && (cell.value === "" || cell.value === null));
  }
  function eachCell(box?: any, fn?: any) {
    for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) fn(r, c, r - box.r0, c - box.c0);
  }
  /**
   * Reads are limited to 5,000,000 cells (RangeExceedsLimit, resource limits). Writing one value to
   * a range is limited to 33,554,000 cells (OperationCellsExceedLimit), and, as a limit of the model
   * only (it keeps every cell), to 2,000,000.
   */
  function guardSize(box: Box, what: "reading" | "writing" | "copyFrom") {
    const n = rows(box) * cols(box);
    if (what === "reading" && n > READ_CELL_LIMIT)
      fail(
        "RangeExceedsLimit",
        `The cell count in the range has exceeded the maximum supported number (${n} cells read; Excel reads at most ${READ_CELL_LIMIT}).`,
      );
    if (n > OPERATION_CELL_LIMIT)
      fail(
        "OperationCellsExceedLimit",
        `The attempted operation affects ${n} cells, more than ${OPERATION_CELL_LIMIT}.`,
      );
    if (what !== "reading" && n > MODEL_SCALAR_WRITE_LIMIT)
      fail(
        "GeneralException",
        `Excel model: ${what} ${n} cells is more than the model handles (${MODEL_SCALAR_WRITE_LIMIT}); not an Excel limit.`,
      );
  }
  function usedBox(sheet?: any, valuesOnly?: any) {
    let box = null;
    for (const [k, cell] of sheet.cells) {
      if (
        valuesOnly
          ? isEmptyCell(cell)
          : isEmptyCell(cell) && cell.numberFormat === "General" && !Object.keys(cell.format).length
      )
        continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (!box) box = { r0: r, r1: r, c0: c, c1: c };
      else {
        box.r0 = Math.min(box.r0, r);
        box.r1 = Math.max(box.r1, r);
        box.c0 = Math.min(box.c0, c);
        box.c1 = Math.max(box.c1, c);
      }
    }
    return box;
  }
  function sheetByName(name?: any) {
    return wb.sheets.find((s) => sameName(s.name, name) || s.id === name) || null;
  }
  function activeSheet() {
    if (!wb.active || !wb.sheets.includes(wb.active))
      wb.active = wb.sheets.find((s) => s.visibility === "Visible") || wb.sheets[0];
    return wb.active;
  }
  function tableByName(name?: any) {
    return wb.tables.find((t) => sameName(t.name, name) || t.id === name) || null;
  }
  function nameTaken(name?: any, except?: any) {
    return (
      wb.tables.some((t) => t !== except && sameName(t.name, name)) ||
      wb.names.some((n) => n !== except && n.scope === "Workbook" && sameName(n.name, name))
    );
  }
  function noteUser(kind?: any, sheet?: any, detail?: any) {
    if (sheet && sheet.origin === "user") userChanges.push(Object.assign({ kind, sheet: sheet.name }, detail || {}));
  }
  function tablesAt(sheet?: any, box?: any) {
    return wb.tables.filter((t) => t.sheet === sheet && overlaps(t, box));
  }
  /** Any cell of `box` locked (every cell is, until format.protection.locked is set false on it). */
  function anyLocked(sheet: Sheet, box: Box): boolean {
    let unlocked = 0;
    for (const [k, cell] of sheet.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k - r * MAX_COLS;
      if (r >= box.r0 && r <= box.r1 && c >= box.c0 && c <= box.c1 && cell.format["protection.locked"] === false)
        unlocked++;
    }
    return unlocked < rows(box) * cols(box);
  }
  /** A write of `kind` to `box` of a protected sheet fails unless protection allows it (protectionRules.ts). */
  function guardProtected(sheet: Sheet, box: Box, kind: ProtectedWrite, what: string) {
    if (!sheet.protection.protected || seeding) return;
    checkWrite(sheet.protection, sheet.name, addressOf(sheet, box), kind, what, () => anyLocked(sheet, box));
  }
  /** A table change (rows, columns, name, style, resize, delete): refused on a protected sheet. */
  function guardTable(t: Table, what: string) {
    guardProtected(t.sheet, t, "structure", `Table ${t.name}: ${what}`);
  }
  /** Before a write to cells: protection, then the user's-change record. */
  function beforeWrite(sheet: Sheet, box: Box, prop: string, kind: ProtectedWrite) {
    guardProtected(sheet, box, kind, prop);
    noteUserWrite(sheet, box, prop);
  }
  /** Whole rows (every column) → rows; whole columns → columns; else cells shifted. */
  function shapeKind(box: Box, rowsKind: ProtectedWrite, colsKind: ProtectedWrite, vertical: boolean): ProtectedWrite {
    if (box.c0 === 0 && box.c1 === MAX_COLS - 1 && vertical) return rowsKind;
    if (box.r0 === 0 && box.r1 === MAX_ROWS - 1 && !vertical) return colsKind;
    return "structure";
  }
  function noteUserWrite(sheet?: any, box?: any, prop?: any) {
    if (sheet.origin === "user") noteUser("write", sheet, { address: addressOf(sheet, box), prop });
    else
      for (const t of tablesAt(sheet, box))
        if (t.origin === "user") noteUser("write", sheet, { address: addressOf(sheet, box), prop, table: t.name });
  }

  // ---- cell content
  /**
   * Text that writeValue keeps as it is whatever the cell's format: its first character is
   * printable ASCII (so trim() leaves it first) and none that starts an apostrophe, a formula, a
   * number, a percentage, a date or TRUE/FALSE (' = @ + - . 0-9 T t F f).
   */
  function plainText(v: string): boolean {
    const ch = v.charCodeAt(0);
    if (!(ch > 32 && ch < 127)) return false;
    return !(ch >= 48 && ch <= 57) && "'=@+-.TtFf".indexOf(v[0]) < 0;
  }
  const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  function serialOfIso(s?: any) {
    const m = ISO_DATE.exec(s);
    const ms = Date.UTC(+m![1], +m![2] - 1, +m![3]);
    return Math.round(ms / 86400000) + 25569;
  }
  /**
   * Writes one cell as Excel parses `values` input (like typing). null leaves the cell as it is.
   * A leading apostrophe keeps the rest as text. Text starting with =, + or - that is not a number,
   * or with @, becomes a formula and is reported as textBecameFormula - also in a cell formatted
   * as text (@): the double does not rely on the format to stop a formula. Otherwise a text
   * format keeps the string; numbers ("12", "1,200", "5%"), TRUE/FALSE and ISO dates are converted.
   */
  function writeValue(sheet?: any, r?: any, c?: any, v?: any, entry?: any) {
    if (v === null || v === undefined) return;
    const cell = ensureCell(sheet, r, c);
    if (typeof v === "string" && plainText(v)) {
      // What every rule below would give text that none of them can read otherwise.
      cell.formula = null;
      cell.value = v;
      return;
    }
    const here = () => addressOf(sheet, { r0: r, r1: r, c0: c, c1: c });
    if (typeof v === "string") {
      const t = v.trim();
      if (v.startsWith("'")) {
        cell.value = v.slice(1);
        cell.formula = null;
        return;
      }
      if (v.length > 1 && (/^[=@]/.test(v) || (/^[+-]/.test(v) && !NUMERIC.test(t)))) {
        const formula = v.startsWith("=") ? v : "=" + v;
        checkWrittenFormula(sheet, r, c, formula);
        cell.formula = formula;
        cell.value = "";
        warn("textBecameFormula", { address: here(), text: v, seq: entry && entry.seq });
        return;
      }
      cell.formula = null;
      if (cell.numberFormat === "@") {
        cell.value = v;
        return;
      }
      if (t !== "" && NUMERIC.test(t)) {
        cell.value = Number(t);
        return;
      }
      if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
        cell.value = Number(t.replace(/,/g, ""));
        return;
      }
      if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) {
        cell.value = Number(t.slice(0, -1)) / 100;
        return;
      }
      if (/^(TRUE|FALSE)$/i.test(t)) {
        cell.value = /^TRUE$/i.test(t);
        warn("textBecameBoolean", { address: here(), text: v, seq: entry && entry.seq });
        return;
      }
      if (ISO_DATE.test(t)) {
        cell.value = serialOfIso(t);
        warn("dateTextBecameNumber", { address: here(), text: v, seq: entry && entry.seq });
        return;
      }
    }
    if (typeof v === "number" && !Number.isFinite(v))
      fail("InvalidArgument", `Excel model: ${v} can't be written to a cell.`);
    if (v instanceof Date)
      fail("InvalidArgument", "Excel model: a Date object can't be written to a cell; write a number or text.");
    if (typeof v === "object") fail("InvalidArgument", `Excel model: ${short(v)} is not a cell value.`);
    cell.value = v;
    cell.formula = null;
  }
  function writeFormula(sheet?: any, r?: any, c?: any, v?: any, entry?: any) {
    if (v === null || v === undefined) return;
    if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
      checkWrittenFormula(sheet, r, c, v);
      const cell = ensureCell(sheet, r, c);
      cell.formula = v;
      cell.value = "";
      return;
    }
    writeValue(sheet, r, c, v, entry);
  }
  function valueOf(cell?: any) {
    if (!cell) return "";
    if (cell.formula !== null) return cell.computed !== undefined ? cell.computed : "";
    return cell.value === null ? "" : cell.value;
  }
  function formulaOf(cell?: any) {
    if (!cell) return "";
    return cell.formula !== null ? cell.formula : cell.value === null ? "" : cell.value;
  }
  function typeOf(cell?: any) {
    const v = valueOf(cell);
    if (v === "" && (!cell || cell.formula === null)) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    if (typeof v === "string" && /^#/.test(v)) return "Error";
    return "String";
  }
  function grid(sheet?: any, box?: any, fn?: any) {
    guardSize(box, "reading");
    const out = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(fn(cellAt(sheet, r, c)));
      out.push(row);
    }
    return out;
  }
  /** Applies a 2-D input (or one value for every cell) to a range, checking the size as Excel does. */
  function applyGrid(sheet?: any, box?: any, input?: any, each?: any, what?: any) {
    if (Array.isArray(input)) {
      const ok = input.length === rows(box) && input.every((row) => Array.isArray(row) && row.length === cols(box));
      if (!ok) {
        const got = Array.isArray(input[0]) ? `${input.length}×${input[0].length}` : "not a 2-D array";
        fail(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${addressOf(sheet, box)} is ${rows(box)}×${cols(box)}, input ${got}).`,
        );
      }
      eachCell(box, (r: any, c: any, i: any, j: any) => each(r, c, input[i][j]));
    } else {
      guardSize(box, "writing");
      eachCell(box, (r: any, c: any) => each(r, c, input));
    }
  }
  function clearBox(sheet?: any, box?: any, applyTo?: any) {
    const what = applyTo || "All";
    for (const [k, cell] of Array.from((sheet as Sheet).cells)) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r < box.r0 || r > box.r1 || c < box.c0 || c > box.c1) continue;
      if (what === "All") sheet.cells.delete(k);
      else if (what === "Contents") {
        cell.value = "";
        cell.formula = null;
      } else if (what === "Formats") {
        cell.numberFormat = "General";
        cell.format = NO_FORMAT;
      }
    }
  }
  /** Moves the cells of columns c0..c1 at or below row `from` down by n (n < 0: up, dropping rows that fall off). */
  function shiftRows(sheet?: any, from?: any, c0?: any, c1?: any, n?: any) {
    const moved: [number, number, Cell][] = [];
    for (const [k, cell] of Array.from((sheet as Sheet).cells)) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= from && c >= c0 && c <= c1) {
        sheet.cells.delete(k);
        moved.push([r + n, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) if (r >= 0 && r < MAX_ROWS) sheet.cells.set(key(r, c), cell);
    for (const t of wb.tables) {
      if (t.sheet !== sheet || t.c0 < c0 || t.c1 > c1) continue;
      if (t.r0 >= from) {
        t.r0 += n;
        t.r1 += n;
      }
    }
  }
  function shiftCols(sheet?: any, from?: any, r0?: any, r1?: any, n?: any) {
    const moved: [number, number, Cell][] = [];
    for (const [k, cell] of Array.from((sheet as Sheet).cells)) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (c >= from && r >= r0 && r <= r1) {
        sheet.cells.delete(k);
        moved.push([r, c + n, cell]);
      }
    }
    for (const [r, c, cell] of moved) if (c >= 0 && c < MAX_COLS) sheet.cells.set(key(r, c), cell);
  }

  // ---- tables
  function tableBodyBox(t?: any) {
    const top = t.showHeaders ? t.r0 + 1 : t.r0;
    const bottom = t.showTotals ? t.r1 - 1 : t.r1;
    return { r0: top, r1: bottom, c0: t.c0, c1: t.c1 };
  }
  function tableHeaders(t?: any) {
    const out = [];
    for (let c = t.c0; c <= t.c1; c++) out.push(String(valueOf(cellAt(t.sheet, t.r0, c))));
    return out;
  }
  function createTable(sheet?: any, box?: any, hasHeaders?: any, origin?: any) {
    for (const t of wb.tables)
      if (t.sheet === sheet && overlaps(t, box))
        fail("InvalidArgument", `A table can't overlap another table (${t.name} at ${addressOf(sheet, t)}).`);
    if (box.r1 - box.r0 + 1 > 1048575)
      fail("InvalidArgument", "Excel model: a table over entire columns is not supported.");
    let n = 1;
    while (nameTaken("Table" + n)) n++;
    const t: Table = {
      id: String(nextId++),
      name: "Table" + n,
      sheet,
      r0: box.r0,
      c0: box.c0,
      r1: box.r1,
      c1: box.c1,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      origin,
      props: {},
      colIds: [],
      placeholderRow: false,
    };
    for (let c = box.c0; c <= box.c1; c++) t.colIds.push(nextId++);
    if (!hasHeaders) {
      // Excel inserts a header row above the data with generated names.
      shiftRows(sheet, box.r0, box.c0, box.c1, 1);
      t.r1 += 1;
      for (let c = box.c0; c <= box.c1; c++) writeValue(sheet, box.r0, c, "Column" + (c - box.c0 + 1));
    } else {
      const seen = new Set();
      for (let c = box.c0; c <= box.c1; c++) {
        let h = String(valueOf(cellAt(sheet, box.r0, c)));
        if (h === "") h = "Column" + (c - box.c0 + 1);
        let name = h;
        for (let i = 2; seen.has(name.toLowerCase()); i++) name = h + i;
        seen.add(name.toLowerCase());
        const cell = ensureCell(sheet, box.r0, c);
        if (cell.formula !== null || String(cell.value) !== name) {
          cell.formula = null;
          cell.value = name;
        }
      }
    }
    if (t.r1 === t.r0) {
      // A header-only range gets one empty data row, which the first rows.add fills.
      t.r1 += 1;
      t.placeholderRow = true;
    }
    wb.tables.push(t);
    return t;
  }
  function deleteTable(t?: any, keepCells?: any) {
    if (!keepCells) clearBox(t.sheet, t, "All");
    wb.tables.splice(wb.tables.indexOf(t), 1);
    wb.deleted.push({
      kind: keepCells ? "tableConvertedToRange" : "table",
      name: t.name,
      sheet: t.sheet.name,
      origin: t.origin,
    });
    if (t.origin === "user") noteUser(keepCells ? "convertTableToRange" : "deleteTable", t.sheet, { table: t.name });
  }
  function bodyEmpty(t?: any) {
    const b = tableBodyBox(t);
    if (b.r1 < b.r0) return true;
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) if (!isEmptyCell(cellAt(t.sheet, r, c))) return false;
    return true;
  }

  // ---- names
  function nameType(formula?: any) {
    const f = String(formula).replace(/^=/, "");
    const { sheet, ref } = splitSheet(f);
    if (sheet !== null && parseRef(ref)) return "Range";
    if (/^[+-]?\d/.test(f) && NUMERIC.test(f)) return "Double";
    if (/^(TRUE|FALSE)$/i.test(f)) return "Boolean";
    if (/^".*"$/.test(f)) return "String";
    if (/^#/.test(f)) return "Error";
    return "Formula";
  }
  function rangeOfFormula(formula?: any) {
    const { sheet, ref } = splitSheet(String(formula).replace(/^=/, ""));
    const s = sheet !== null ? sheetByName(sheet) : null;
    const box = parseRef(ref);
    if (!s || !box) return null;
    return { sheet: s, box };
  }

  // ---------------------------------------------------------------- request contexts and handles
  const API_CLASS = new Map<Function, string>();
  const HANDLE = Symbol("handle");

  function wrap(h?: any) {
    const proxy = new Proxy(h, {
      get(t, p, r) {
        if (p === HANDLE || p === "__handle") return t;
        if (typeof p === "symbol" || p.charAt(0) === "_") return Reflect.get(t, p, r);
        if (p === "then") return undefined;
        if (p in t) return Reflect.get(t, p, r);
        return t._unknown(p);
      },
      set(t, p, v, r) {
        if (typeof p === "symbol" || p.charAt(0) === "_" || p in t) return Reflect.set(t, p, v, r);
        t._unknownSet(p, v);
        return true;
      },
    });
    h._proxy = proxy;
    return proxy;
  }
  function unwrap(x?: any) {
    return x && x.__handle ? x.__handle : null;
  }

  /** Parses load()'s argument into a list of top-level property names, or null for "all". */
  function loadList(props?: any) {
    if (props === undefined || props === null) return null;
    if (typeof props === "string") {
      const names = props
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => s.replace(/^items\//, "").split("/")[0]);
      return names.length ? names : null;
    }
    if (Array.isArray(props)) return loadList(props.join(","));
    if (typeof props === "object") {
      if (props.$all) return null;
      if (props.select) return loadList(props.select);
      const keys = Object.keys(props).filter(
        (k) => k !== "expand" && k !== "top" && k !== "skip" && k !== "$top" && k !== "$skip",
      );
      return keys.length ? keys : null;
    }
    return null;
  }

  /**
   * The navigation paths of load()'s argument ("items/protection/protected" → protection: ["protected"]),
   * which Office.js loads on the related object in the same request.
   */
  function nestedLoads(props?: any): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const text = Array.isArray(props) ? props.join(",") : typeof props === "string" ? props : "";
    for (const part of text.split(",")) {
      const path = part
        .trim()
        .replace(/^items\//, "")
        .split("/");
      if (path.length < 2) continue;
      out.set(path[0], [...(out.get(path[0]) ?? []), path.slice(1).join("/")]);
    }
    return out;
  }

  class RequestContext {
    _run: number;
    _queue: QueuedOp[];
    /** Excel.run({ mergeUndoGroup: true }): every write must support undo (undoRules.ts). */
    _grouped = false;
    /** Run options the host must support (RunOptions.mergeUndoGroup needs ExcelApi 1.20). */
    _runApis: string[] = [];
    trackedObjects: { add(): void; remove(): void };
    debugInfo: { pendingStatements: string[] };
    workbook: any;
    application: any;
    constructor() {
      this._run = runNumber;
      this._queue = [];
      this.trackedObjects = { add() {}, remove() {} };
      this.debugInfo = { pendingStatements: [] };
      const self = this;
      this.workbook = wrap(new WorkbookH(this, "workbook", () => wb));
      this.application = this.workbook.application;
      Object.defineProperty(this.debugInfo, "pendingStatements", {
        get: () => self._queue.map((q: any) => `${q.entry.target}.${q.entry.member}`),
      });
    }
    get runtime() {
      return recorder(this, "context", "runtime", null, "runtime", { cls: "Runtime", nav: ["RequestContext.runtime"] });
    }
    load(object?: any, props?: any) {
      if (object && object.load) object.load(props);
      return object;
    }
    _enqueue(entry: LogEntry, run: (e: LogEntry) => void, apis: string[] = []) {
      this._queue.push({ entry, run, apis });
    }
    sync(passThroughValue?: any) {
      return this._sync(false).then(() => passThroughValue);
    }
    async _sync(implicit?: any) {
      const n = ++syncNumber;
      if (implicit) implicitSyncs++;
      else explicitSyncs++;
      const queue = this._queue;
      this._queue = [];
      const entry = record(this, "sync", "context", implicit ? "sync (implicit, end of Excel.run)" : "sync", {
        n,
        implicit,
        ops: queue.length,
      });
      // Asynchronous like Excel's; a timer only when a test asks for a delay (a timer turn per sync
      // would let a busy machine's clock, not the work, decide whether a long write finishes in time).
      if (config.syncDelayMs) await new Promise((resolve) => setTimeout(resolve, config.syncDelayMs));
      else await Promise.resolve();
      const app = wb.application;
      let error: OfficeExtensionError | null = null;
      let requestBytes = 0;
      for (const op of queue)
        requestBytes += OPERATION_OVERHEAD_BYTES + jsonBytes(op.entry.args ?? op.entry.value ?? null);
      responseBytes = 0;
      const finish = () => {
        syncStats.push({ sync: n, run: this._run, requestBytes, responseBytes, error: error ? error.code : null });
        entry.calculationSuspended = app.suspendCalc;
        entry.screenUpdatingSuspended = app.suspendScreen;
        app.suspendCalc = false;
        app.suspendScreen = false;
        if (error) {
          entry.error = `${error.code}: ${error.message}`;
          throw error;
        }
      };
      // The run's options: a host without them refuses the whole request.
      for (const api of this._runApis)
        if (!apiAvailable(api)) {
          error = apiNotFound(api);
          return finish();
        }
      // The request: over 5 MB on the web, nothing in it runs.
      if (hostKind === "web" && requestBytes > PAYLOAD_LIMIT_BYTES) {
        error = new OfficeExtensionError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (about ${requestBytes} bytes in sync ${n}; Excel on the web allows 5 MB).`,
        );
        return finish();
      }
      const failure = failures.find((f) => f.sync === n);
      const failAfter = failure ? Math.min(failure.afterOps || 0, queue.length) : Infinity;
      const injected = (location?: string) =>
        new OfficeExtensionError(
          failure?.code || "GeneralException",
          failure?.message || `Excel model: sync ${n} made to fail by the test`,
          location ? { errorLocation: location } : undefined,
        );
      for (let i = 0; i < queue.length; i++) {
        const op = queue[i];
        op.entry.sync = n;
        if (i >= failAfter) {
          error = injected(`${op.entry.target}.${op.entry.member}`);
          op.entry.error = error.message;
          break;
        }
        op.entry.suspended = { calculation: app.suspendCalc, screenUpdating: app.suspendScreen };
        try {
          checkApis(this, op, n);
          op.run(op.entry);
        } catch (e: any) {
          if (e instanceof NullObjectUse) {
            warn("nullObjectUsed", { target: op.entry.target, member: op.entry.member, seq: op.entry.seq });
            continue;
          }
          error =
            e instanceof OfficeExtensionError
              ? e
              : new OfficeExtensionError("GeneralException", `Excel model: ${e && e.message ? e.message : e}`);
          error.debugInfo.errorLocation = `${op.entry.target}.${op.entry.member}`;
          error.debugInfo.statement = `${op.entry.target}.${op.entry.member}`;
          op.entry.error = `${error.code}: ${error.message}`;
          break;
        }
      }
      if (failure && !error && queue.length <= failAfter) error = injected();
      // The response: what was loaded, over 5 MB on the web (the writes above stay applied).
      if (!error && hostKind === "web" && responseBytes > PAYLOAD_LIMIT_BYTES)
        error = new OfficeExtensionError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (about ${responseBytes} bytes loaded in sync ${n}; Excel on the web allows 5 MB).`,
        );
      return finish();
    }
  }

  /** Whether the host has an API member "Class.member" (requirementSets.ts). */
  function apiAvailable(api: string): boolean {
    const dot = api.indexOf(".");
    return memberAvailable(settings, api.slice(0, dot), api.slice(dot + 1));
  }
  function apiNotFound(api: string) {
    const dot = api.indexOf(".");
    const set = requiredSet(api.slice(0, dot), api.slice(dot + 1));
    return new OfficeExtensionError(
      "ApiNotFound",
      `The API you are trying to use could not be found: ${api} needs ${set === "online" ? "ExcelApiOnline (Excel on the web)" : `ExcelApi ${set}`}; this host (${hostKind}) has ExcelApi ${excelApi}.`,
    );
  }
  /**
   * Before an operation runs: every API member on its way must exist on the host (ApiNotFound),
   * and a write that does not support undo fails a grouped run (UndoNotSupported) or, outside a
   * group, clears the user's undo stack.
   */
  function checkApis(ctx: RequestContext, op: QueuedOp, n: number) {
    for (const api of op.apis) if (!apiAvailable(api)) throw apiNotFound(api);
    const own = op.apis[op.apis.length - 1];
    if (!own || (op.entry.kind !== "set" && op.entry.kind !== "call")) return;
    if (undoSupported(hostKind, own)) return;
    if (ctx._grouped)
      throw new OfficeExtensionError(
        "UndoNotSupported",
        `${own} does not support undo in Excel on ${hostKind === "web" ? "the web" : hostKind === "windows" ? "Windows" : "Mac"}, so it can't be part of an undo group (mergeUndoGroup).`,
      );
    undoStackCleared.push({ api: own, run: ctx._run, sync: n, seq: op.entry.seq });
  }

  /**
   * A property read before load() and its sync. Real Excel throws PropertyNotLoaded ("Before reading
   * the property's value, call the load method on the containing object and call context.sync()",
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load);
   * with config.notLoaded "throw" the model does too, by default it returns the value and records a
   * notLoaded warning so a test can list every such read at once.
   */
  function notLoaded(target: string, prop: string) {
    if (config.notLoaded === "throw")
      throw new OfficeExtensionError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available (${target}). Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    warn("notLoaded", { target, prop });
  }

  /** Base of every API object: a path for the log, a model resolver, loaded-property snapshots. */
  class Handle {
    _ctx: RequestContext;
    _path: string;
    _resolver: ((...a: any[]) => any) | null;
    _m: any;
    _resolved: boolean;
    _null: boolean;
    _parent: Handle | null;
    _loaded: Record<string, any> | null;
    _subs?: Record<string, any>;
    _proxy: any;
    /** The API members ("Class.member") used to reach this object, outermost first. */
    _nav: string[] = [];
    /** The Excel API class this object is (Worksheet, Range, …), for requirement sets and undo. */
    get _cls(): string {
      return API_CLASS.get(this.constructor) || "";
    }
    /** "Class.member" of one of this object's members. */
    _api(member: string): string {
      return `${this._cls}.${member}`;
    }
    constructor(ctx: RequestContext, path: string, resolver?: ((...a: any[]) => any) | null) {
      this._ctx = ctx;
      this._path = path;
      this._resolver = resolver || null;
      this._m = undefined;
      this._resolved = !!resolver;
      this._null = false;
      this._parent = null;
      this._loaded = null;
    }
    get context() {
      return this._ctx;
    }
    get isNullObject() {
      if (!this._resolved) warn("notSynced", { target: this._path, prop: "isNullObject" });
      return this._isNull();
    }
    _isNull(): boolean {
      if (this._null) return true;
      if (this._parent) return this._parent._isNull();
      return false;
    }
    _model() {
      if (this._isNull()) throw new NullObjectUse(this._path);
      if (this._resolver) return this._resolver();
      if (this._m === undefined) throw new Error(`internal: ${this._path} used before it was resolved`);
      return this._m;
    }
    _props(_m?: any, _list?: string[] | null): Record<string, any> {
      return {};
    }
    _snapshot(list?: any) {
      if (this._isNull()) {
        this._loaded = this._loaded || {};
        return;
      }
      const all = this._props(this._model(), list);
      this._loaded = this._loaded || {};
      if (!list) Object.assign(this._loaded, all);
      else for (const p of list) if (p in all) this._loaded[p] = all[p];
    }
    _get(prop?: any) {
      if (this._loaded && prop in this._loaded) return this._loaded[prop];
      notLoaded(this._path, prop);
      try {
        return this._props(this._model(), [prop])[prop];
      } catch (e: any) {
        return undefined;
      }
    }
    load(props?: any) {
      const entry = record(this._ctx, "load", this._path, "load", { args: [plain(props)] });
      const list = loadList(props);
      const apis = [...this._nav, ...(list || []).map((p) => this._api(p))];
      this._ctx._enqueue(
        entry,
        () => {
          this._snapshot(list);
          responseBytes += jsonBytes(this._loaded);
          this._loadNested(nestedLoads(props));
        },
        apis,
      );
      return this._proxy;
    }
    toJSON() {
      return Object.assign({}, this._loaded || {});
    }
    /** Loads a navigation path's object (Worksheet.protection, Table.worksheet …) as its own load() would. */
    _loadNested(nested: Map<string, string[]>) {
      for (const [nav, rest] of nested) {
        const child = unwrap(this._proxy[nav]);
        if (!child || this._isNull()) continue;
        child._snapshot(loadList(rest.join(",")));
        responseBytes += jsonBytes(child._loaded);
        child._loadNested(nestedLoads(rest.join(",")));
      }
    }
    /** ClientObject.set({ … }): nested objects (e.g. { format: { font: { bold: true } } }) set sub-properties. */
    set(values?: any) {
      const assign = (target?: any, obj?: any) => {
        for (const k of Object.keys(obj || {})) {
          const v = obj[k];
          if (v && typeof v === "object" && !Array.isArray(v)) assign(target[k], v);
          else target[k] = v;
        }
      };
      assign(this._proxy, values);
    }
    track() {
      return this._proxy;
    }
    untrack() {
      return this._proxy;
    }
    /** A recorded set; `apply(model, value, entry)` runs at sync. */
    _setOp(prop?: any, value?: any, apply?: any) {
      const entry = record(this._ctx, "set", this._path, prop, { value: plain(value) });
      this._ctx._enqueue(entry, (e: any) => apply(this._model(), value, e), [...this._nav, this._api(prop)]);
    }
    /** A recorded call with no result object; `apply(model, entry)` runs at sync. */
    _callOp(member?: any, args?: any, apply?: any) {
      const entry = record(this._ctx, "call", this._path, member, { args: plain(args) });
      this._ctx._enqueue(entry, (e: any) => apply(this._model(), e), [...this._nav, this._api(member)]);
      return entry;
    }
    /** A recorded call returning an API object resolved at sync by `resolve(model, entry)`. */
    _childOp(member?: any, args?: any, Kind?: any, resolve?: any, orNull?: any) {
      const entry = record(this._ctx, "call", this._path, member, { args: plain(args) });
      const child = new Kind(this._ctx, `${this._path}.${member}(${args.map(short).join(", ")})`);
      child._resolved = false;
      const apis = [...this._nav, this._api(member)];
      child._nav = apis;
      this._ctx._enqueue(
        entry,
        (e: any) => {
          child._resolved = true;
          if (this._isNull()) {
            child._null = true;
            return;
          }
          const m = resolve(this._model(), e);
          if (m === null || m === undefined) {
            if (orNull) child._null = true;
            else
              fail(
                "ItemNotFound",
                `The requested resource doesn't exist (${this._path}.${member}(${args.map(short).join(", ")})).`,
              );
          } else child._m = m;
          if (m && m.sheet && m.box) e.address = addressOf(m.sheet, m.box);
        },
        apis,
      );
      return wrap(child);
    }
    /** A property that is an API object derived from this one (worksheets, format, tables…). */
    _sub(name?: any, Kind?: any, resolve?: any) {
      this._subs = this._subs || {};
      if (!this._subs[name]) {
        const child = new Kind(this._ctx, `${this._path}.${name}`, () => resolve(this._model()));
        child._parent = this;
        child._nav = [...this._nav, this._api(name)];
        this._subs[name] = wrap(child);
      }
      return this._subs[name];
    }
    _unknown(p?: any) {
      return recorder(this._ctx, this._path, p, this, p, {
        cls: returnedClass(this._cls, p),
        nav: [...this._nav, this._api(p)],
      });
    }
    _unknownSet(p?: any, v?: any) {
      const entry = record(this._ctx, "set", this._path, p, { value: plain(v) });
      entry.unmodelled = true;
      this._ctx._enqueue(entry, () => {
        const m = this._model();
        if (m && typeof m === "object") (m.props = m.props || {})[p] = plain(v);
      }, [...this._nav, this._api(p)]);
    }
  }

  /** A ClientResult<T> (getCount(), …): `value` after the sync. */
  class ClientResult {
    _path: string;
    _done: boolean;
    _value: unknown;
    constructor(path?: any) {
      this._path = path;
      this._done = false;
      this._value = undefined;
    }
    get value() {
      if (!this._done) {
        if (config.notLoaded === "throw")
          throw new OfficeExtensionError(
            "ValueNotLoaded",
            `The value of the result object has not been loaded yet (${this._path}). Before reading the value property, call "context.sync()" on the associated request context.`,
          );
        warn("notSynced", { target: this._path, prop: "value" });
      }
      return this._value;
    }
    toJSON() {
      return { value: this._value };
    }
  }
  function resultOp(h?: any, member?: any, args?: any, compute?: any) {
    const entry = record(h._ctx, "call", h._path, member, { args: plain(args) });
    const res = new ClientResult(`${h._path}.${member}()`);
    h._ctx._enqueue(entry, () => {
      res._value = compute(h._model());
      res._done = true;
      responseBytes += jsonBytes(res._value);
    }, [...h._nav, h._api(member)]);
    return res;
  }

  /**
   * The generic recorder for anything not modelled: every property is another recorder, every
   * call is logged and returns a recorder, every set is logged (and stored on the owner's model
   * under props["a.b.c"], or handed to opts.onSet). Loaded-looking reads get neutral defaults:
   * items [], isNullObject true only for the result of an …OrNullObject() call.
   *   parent: the path of the object this member belongs to; member: the member's name;
   *   subpath: the member's path below the owner ("borders.getItem(\"EdgeTop\").style").
   */
  /** Where an unmodelled call or set landed: its sheet's id and, on a range, the range's address (entry.sheetId, entry.address). */
  function landed(m: any, e: any) {
    const sheet = m && m.box && m.sheet ? m.sheet : m && m.cells instanceof Map ? m : null;
    if (sheet) e.sheetId = sheet.id;
    if (sheet && m.box) e.address = addressOf(sheet, m.box);
  }
  function recorder(ctx: any, parent: string, member: string, owner: Handle | null, subpath: string, opts?: any): any {
    opts = opts || {};
    const path = `${parent}.${member}`;
    // The API class this recorder stands for (from apiTable.ts) and the members used to reach it;
    // where the class is unknown, "?" members need nothing and support undo.
    const cls: string | null = opts.cls || null;
    const nav: string[] = opts.nav || [];
    const apiOf = (prop: string) => `${cls || "?"}.${prop}`;
    const fn = function () {};
    fn.__recorderPath = path;
    const p: any = new Proxy(fn, {
      get(t, prop) {
        if (prop === "__recorderPath") return path;
        if (prop === "then") return undefined;
        if (prop === Symbol.toPrimitive) return (hint?: any) => (hint === "number" ? 0 : "");
        if (typeof prop === "symbol") return undefined;
        if (prop === "toJSON") return () => ({});
        if (prop === "toString") return () => "";
        if (prop === "load" || prop === "track" || prop === "untrack")
          return (arg?: any) => {
            if (prop === "load") {
              const entry = record(ctx, "load", path, "load", { args: [plain(arg)], unmodelled: true });
              ctx._enqueue(entry, () => {}, nav);
            }
            return p;
          };
        if (prop === "items") return [];
        if (prop === "isNullObject") return !!opts.nullish;
        if (prop === "context") return ctx;
        const sub = subpath ? `${subpath}.${prop}` : prop;
        if (opts.leafGet) {
          const got = opts.leafGet(sub);
          if (got !== undefined) return got;
        }
        return recorder(
          ctx,
          path,
          prop,
          owner,
          sub,
          Object.assign({}, opts, { nullish: false, cls: returnedClass(cls, prop), nav: [...nav, apiOf(prop)] }),
        );
      },
      set(t, prop, value) {
        const full = subpath ? `${subpath}.${String(prop)}` : String(prop);
        const entry = record(ctx, "set", path, String(prop), { value: plain(value), unmodelled: !opts.onSet });
        ctx._enqueue(
          entry,
          (e: any) => {
            if (!owner) return;
            const m = owner._model();
            landed(m, e);
            if (opts.onSet) opts.onSet(m, full, value, e);
            else if (m && typeof m === "object") (m.props = m.props || {})[full] = plain(value);
          },
          [...nav, apiOf(String(prop))],
        );
        return true;
      },
      apply(t, thisArg, args) {
        const entry = record(ctx, "call", parent, member, { args: plain(args), unmodelled: !opts.onCall });
        // Functions passed (an event handler to EventHandlers.add): kept, not logged, so a test can call them.
        const fns = args.filter((a: any) => typeof a === "function" && !a.__recorderPath);
        if (fns.length) Object.defineProperty(entry, "functions", { value: fns, enumerable: false });
        ctx._enqueue(
          entry,
          (e: any) => {
            if (owner) landed(owner._model(), e);
            if (owner && opts.beforeCall) opts.beforeCall(owner._model(), subpath);
            if (owner && opts.onCall) opts.onCall(owner._model(), subpath, args, e);
          },
          nav,
        );
        const shown = args.map(short).join(", ");
        return recorder(
          ctx,
          parent,
          `${member}(${shown})`,
          owner,
          `${subpath}(${shown})`,
          Object.assign({}, opts, { nullish: /OrNullObject$/.test(member) }),
        );
      },
    });
    return p;
  }

  // ---------------------------------------------------------------- workbook
  class WorkbookH extends Handle {
    _props() {
      return {
        name: config.workbookName || "Book1.xlsx",
        readOnly: false,
        isDirty: true,
        calculationEngineVersion: 1,
        autoSave: false,
        previouslySaved: false,
      };
    }
    get name() {
      return this._get("name");
    }
    get readOnly() {
      return this._get("readOnly");
    }
    get worksheets() {
      return this._sub("worksheets", WorksheetCollectionH, () => wb);
    }
    get tables() {
      return this._sub("tables", TableCollectionH, () => ({ sheet: null }));
    }
    get names() {
      return this._sub("names", NamedItemCollectionH, () => ({ sheet: null }));
    }
    get application() {
      return this._sub("application", ApplicationH, () => wb.application);
    }
    get properties() {
      return this._sub("properties", DocumentPropertiesH, () => wb);
    }
    get settings() {
      return this._sub("settings", SettingCollectionH, () => wb.settings);
    }
    getSelectedRange() {
      return this._childOp("getSelectedRange", [], RangeH, () => selection());
    }
    getActiveCell() {
      return this._childOp("getActiveCell", [], RangeH, () => {
        const s = selection();
        return { sheet: s.sheet, box: { r0: s.box.r0, r1: s.box.r0, c0: s.box.c0, c1: s.box.c0 } };
      });
    }
  }
  function selection() {
    if (wb.selection && wb.sheets.includes(wb.selection.sheet)) return wb.selection;
    return { sheet: activeSheet(), box: { r0: 0, r1: 0, c0: 0, c1: 0 } };
  }

  class ApplicationH extends Handle {
    _props(m?: any) {
      return { calculationMode: m.calculationMode, calculationState: "Done", calculationEngineVersion: 1 };
    }
    get calculationMode() {
      return this._get("calculationMode");
    }
    set calculationMode(v: any) {
      this._setOp("calculationMode", v, (m: any) => {
        m.calculationMode = v;
      });
    }
    suspendApiCalculationUntilNextSync() {
      this._callOp("suspendApiCalculationUntilNextSync", [], (m: any) => {
        m.suspendCalc = true;
      });
    }
    suspendScreenUpdatingUntilNextSync() {
      this._callOp("suspendScreenUpdatingUntilNextSync", [], (m: any) => {
        m.suspendScreen = true;
      });
    }
    calculate(type?: any) {
      this._callOp("calculate", [type], () => {});
    }
  }

  class DocumentPropertiesH extends Handle {
    _props() {
      return Object.assign(
        { title: "", subject: "", author: "", keywords: "", comments: "", category: "", company: "", manager: "" },
        wb.props,
      );
    }
    get custom() {
      return this._sub("custom", CustomPropertyCollectionH, () => wb.customProperties);
    }
  }
  for (const p of ["title", "subject", "author", "keywords", "comments", "category", "company", "manager"]) {
    Object.defineProperty(DocumentPropertiesH.prototype, p, {
      get() {
        return this._get(p);
      },
      set(v) {
        this._setOp(p, v, () => {
          wb.props[p] = v;
        });
      },
    });
  }

  // ---------------------------------------------------------------- collections (shared)
  class CollectionH extends Handle {
    _items?: any[];
    _kind(): any {
      return Handle;
    }
    /** The model items, in order. */
    _list(_m?: any): any[] {
      return [];
    }
    _itemHandle(_m?: any, _i?: any): any {
      return null;
    }
    _snapshot(list?: any) {
      if (this._isNull()) {
        this._items = [];
        return;
      }
      const ms = this._list(this._model());
      this._items = ms.map((m, i) => {
        const h = this._itemHandle(m, i);
        h._nav = this._nav;
        h._m = m;
        h._resolved = true;
        h._snapshot(null);
        return wrap(h);
      });
      this._loaded = { items: this._items, count: this._items.length };
    }
    _loadNested(nested: Map<string, string[]>) {
      for (const item of this._items ?? []) unwrap(item)._loadNested(nested);
    }
    get items() {
      if (!this._items) {
        notLoaded(this._path, "items");
        return [];
      }
      return this._items;
    }
    get count() {
      return this._get("count");
    }
    toJSON() {
      return { items: (this._items || []).map((i: any) => i.toJSON()) };
    }
    getCount() {
      return resultOp(this, "getCount", [], (m: any) => this._list(m).length);
    }
    getItemAt(index?: any) {
      return this._childOp(
        "getItemAt",
        [index],
        this._kind(),
        (m: any) => this._list(m)[index] || fail("ItemNotFound", `No item at index ${index} of ${this._path}.`),
      );
    }
  }

  // ---------------------------------------------------------------- worksheets
  class WorksheetCollectionH extends CollectionH {
    _list() {
      return wb.sheets;
    }
    _kind() {
      return WorksheetH;
    }
    _itemHandle(m?: any) {
      return new WorksheetH(this._ctx, `${this._path}.getItem(${short(m.name)})`);
    }
    add(name?: any) {
      return this._childOp("add", name === undefined ? [] : [name], WorksheetH, (m: any, e: any) => {
        let n = name;
        if (n === undefined || n === null) {
          let i = wb.sheets.length + 1;
          while (sheetByName("Sheet" + i)) i++;
          n = "Sheet" + i;
        }
        checkSheetName(n);
        if (sheetByName(n)) fail("ItemAlreadyExists", `A worksheet named "${n}" already exists.`);
        const s = newSheet(n, "addin");
        wb.sheets.push(s);
        return s;
      });
    }
    getItem(key?: any) {
      return this._childOp("getItem", [key], WorksheetH, () => sheetByName(key));
    }
    getItemOrNullObject(key?: any) {
      return this._childOp("getItemOrNullObject", [key], WorksheetH, () => sheetByName(key), true);
    }
    getActiveWorksheet() {
      return this._childOp("getActiveWorksheet", [], WorksheetH, () => activeSheet());
    }
    getFirst(visibleOnly?: any) {
      return this._childOp("getFirst", [visibleOnly], WorksheetH, () =>
        visibleOnly ? wb.sheets.find((s) => s.visibility === "Visible") : wb.sheets[0],
      );
    }
    getLast(visibleOnly?: any) {
      return this._childOp("getLast", [visibleOnly], WorksheetH, () => {
        const list = visibleOnly ? wb.sheets.filter((s) => s.visibility === "Visible") : wb.sheets;
        return list[list.length - 1];
      });
    }
    getCount(visibleOnly?: any) {
      return resultOp(this, "getCount", [visibleOnly], () =>
        visibleOnly ? wb.sheets.filter((s) => s.visibility === "Visible").length : wb.sheets.length,
      );
    }
  }

  class WorksheetH extends Handle {
    _props(s?: any) {
      return {
        name: s.name,
        id: s.id,
        position: wb.sheets.indexOf(s),
        visibility: s.visibility,
        tabColor: s.tabColor,
        showGridlines: s.props.showGridlines !== undefined ? s.props.showGridlines : true,
        showHeadings: s.props.showHeadings !== undefined ? s.props.showHeadings : true,
        standardWidth: 8.43,
        standardHeight: 15,
        enableCalculation: true,
        tabId: wb.sheets.indexOf(s) + 1,
      };
    }
    get name() {
      return this._get("name");
    }
    set name(v: any) {
      this._setOp("name", v, (s: any) => {
        checkSheetName(v);
        const other = sheetByName(v);
        if (other && other !== s) fail("ItemAlreadyExists", `A worksheet named "${v}" already exists.`);
        noteUser("renameSheet", s, { to: v });
        s.name = v;
      });
    }
    get id() {
      return this._get("id");
    }
    get position() {
      return this._get("position");
    }
    set position(v: any) {
      this._setOp("position", v, (s: any) => {
        if (!(v >= 0 && v < wb.sheets.length)) fail("InvalidArgument", `Position ${v} is out of range.`);
        wb.sheets.splice(wb.sheets.indexOf(s), 1);
        wb.sheets.splice(v, 0, s);
        wb.deleted.push({ kind: "reorder", sheet: s.name, to: v, origin: s.origin });
      });
    }
    get visibility() {
      return this._get("visibility");
    }
    set visibility(v: any) {
      this._setOp("visibility", v, (s: any) => {
        if (v !== "Visible" && wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
          fail("InvalidOperation", "The last visible sheet can't be hidden.");
        noteUser("hideSheet", s, { visibility: v });
        s.visibility = v;
      });
    }
    get tabColor() {
      return this._get("tabColor");
    }
    set tabColor(v: any) {
      this._setOp("tabColor", v, (s: any) => {
        s.tabColor = v;
      });
    }
    get showGridlines() {
      return this._get("showGridlines");
    }
    set showGridlines(v: any) {
      this._setOp("showGridlines", v, (s: any) => {
        s.props.showGridlines = v;
      });
    }
    get tables() {
      return this._sub("tables", TableCollectionH, (s: any) => ({ sheet: s }));
    }
    get names() {
      return this._sub("names", NamedItemCollectionH, (s: any) => ({ sheet: s }));
    }
    get customProperties() {
      return this._sub("customProperties", WorksheetCustomPropertyCollectionH, (s: any) => s.customProperties);
    }
    get charts() {
      return this._sub("charts", ChartCollectionH, (s: any) => s);
    }
    get freezePanes() {
      return this._sub("freezePanes", FreezePanesH, (s: any) => s);
    }
    get protection() {
      return this._sub("protection", WorksheetProtectionH, (s: any) => s);
    }
    get horizontalPageBreaks() {
      return this._sub("horizontalPageBreaks", PageBreakCollectionH, (s: Sheet) => ({ sheet: s, dir: "horizontal" }));
    }
    get verticalPageBreaks() {
      return this._sub("verticalPageBreaks", PageBreakCollectionH, (s: Sheet) => ({ sheet: s, dir: "vertical" }));
    }
    getRange(address?: any) {
      return this._childOp("getRange", address === undefined ? [] : [address], RangeH, (s: any) => {
        if (address === undefined || address === "")
          return { sheet: s, box: { r0: 0, r1: MAX_ROWS - 1, c0: 0, c1: MAX_COLS - 1 } };
        const sp = splitSheet(address);
        if (sp.sheet !== null && !sameName(sp.sheet, s.name))
          fail("InvalidArgument", `The address ${address} is on another sheet than ${s.name}.`);
        const box = parseRef(sp.ref);
        if (!box) {
          const nm = wb.names.find((n) => sameName(n.name, address));
          const r = nm && rangeOfFormula(nm.formula);
          if (r) return r;
          fail("InvalidArgument", `The address "${address}" is not valid.`);
        }
        return { sheet: s, box };
      });
    }
    getRangeByIndexes(startRow?: any, startColumn?: any, rowCount?: any, columnCount?: any) {
      return this._childOp("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], RangeH, (s: any) => {
        if (!(rowCount >= 1 && columnCount >= 1 && startRow >= 0 && startColumn >= 0))
          fail(
            "InvalidArgument",
            `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a valid range.`,
          );
        const box = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
        if (box.r1 >= MAX_ROWS || box.c1 >= MAX_COLS)
          fail("InvalidArgument", "The range goes past the edge of the sheet.");
        return { sheet: s, box };
      });
    }
    getCell(row?: any, column?: any) {
      return this._childOp("getCell", [row, column], RangeH, (s: any) => ({
        sheet: s,
        box: { r0: row, r1: row, c0: column, c1: column },
      }));
    }
    getUsedRange(valuesOnly?: any) {
      return this._childOp("getUsedRange", [valuesOnly], RangeH, (s: any) => ({
        sheet: s,
        box: usedBox(s, valuesOnly) || { r0: 0, r1: 0, c0: 0, c1: 0 },
      }));
    }
    getUsedRangeOrNullObject(valuesOnly?: any) {
      return this._childOp(
        "getUsedRangeOrNullObject",
        [valuesOnly],
        RangeH,
        (s: any) => {
          const box = usedBox(s, valuesOnly);
          return box ? { sheet: s, box } : null;
        },
        true,
      );
    }
    activate() {
      this._callOp("activate", [], (s: any) => {
        wb.active = s;
      });
    }
    delete() {
      this._callOp("delete", [], (s: any) => {
        if (wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
          fail("InvalidOperation", "The only visible sheet can't be deleted.");
        for (const t of wb.tables.filter((t) => t.sheet === s)) wb.tables.splice(wb.tables.indexOf(t), 1);
        wb.names = wb.names.filter((n) => n.sheet !== s);
        wb.sheets.splice(wb.sheets.indexOf(s), 1);
        wb.deleted.push({ kind: "sheet", name: s.name, origin: s.origin });
        noteUser("deleteSheet", s);
        warn("sheetDeleted", { sheet: s.name, note: "deleting a sheet clears Excel's undo history" });
      });
    }
    copy(positionType?: any, relativeTo?: any) {
      return this._childOp("copy", [positionType, relativeTo], WorksheetH, (s: any) => {
        let i = 2;
        while (sheetByName(`${s.name} (${i})`)) i++;
        const c = newSheet(`${s.name} (${i})`, "addin");
        for (const [k, cell] of s.cells) c.cells.set(k, JSON.parse(JSON.stringify(cell)));
        c.protection = { ...s.protection, options: { ...s.protection.options } };
        wb.sheets.push(c);
        return c;
      });
    }
  }

  /** Worksheet.protection (protectionRules.ts): protected, options, protect(), unprotect(). */
  class WorksheetProtectionH extends Handle {
    _props(s: Sheet) {
      return { protected: s.protection.protected, options: { ...s.protection.options } };
    }
    get protected() {
      return this._get("protected");
    }
    get options() {
      return this._get("options");
    }
    protect(options?: any, password?: any) {
      this._callOp("protect", password === undefined ? [options] : [options, "********"], (s: Sheet) => {
        if (password !== undefined) needsPasswordSet("protect");
        protect(s.protection, s.name, options, password);
      });
    }
    unprotect(password?: any) {
      this._callOp("unprotect", password === undefined ? [] : ["********"], (s: Sheet) =>
        unprotect(s.protection, s.name, password),
      );
    }
  }
  /** protect(options, password): "ExcelApi 1.2 for options; 1.7 for password". */
  function needsPasswordSet(member: string) {
    if (!apiAvailable("WorksheetProtection.unprotect"))
      throw new OfficeExtensionError(
        "ApiNotFound",
        `The API you are trying to use could not be found: WorksheetProtection.${member} with a password needs ExcelApi 1.7; this host (${hostKind}) has ExcelApi ${excelApi}.`,
      );
  }

  class FreezePanesH extends Handle {
    freezeRows(n?: any) {
      this._callOp("freezeRows", [n], (s: any) => {
        s.freeze = { rows: n === undefined ? 1 : n, columns: s.freeze ? s.freeze.columns : 0 };
      });
    }
    freezeColumns(n?: any) {
      this._callOp("freezeColumns", [n], (s: any) => {
        s.freeze = { rows: s.freeze ? s.freeze.rows : 0, columns: n === undefined ? 1 : n };
      });
    }
    freezeAt(range?: any) {
      this._callOp("freezeAt", [range], (s: any) => {
        s.freeze = {
          at:
            typeof range === "string"
              ? range
              : unwrap(range)
                ? addressOf(unwrap(range)._model().sheet, unwrap(range)._model().box)
                : String(range),
        };
      });
    }
    freezeRange(range?: any) {
      this.freezeAt(range);
    }
    unfreeze() {
      this._callOp("unfreeze", [], (s: any) => {
        s.freeze = null;
      });
    }
  }

  /**
   * Worksheet.horizontalPageBreaks / verticalPageBreaks (ExcelApi 1.9): a break before the top row
   * (left column) of the range added. Excel allows 1,026 page breaks per sheet (specifications and
   * limits); the model counts horizontal and vertical together and refuses the 1,027th with
   * InvalidOperation (the code is the model's choice: none is documented).
   */
  class PageBreakCollectionH extends CollectionH {
    _list(m: { sheet: Sheet; dir: "horizontal" | "vertical" }) {
      return m.sheet.pageBreaks[m.dir].map((at) => ({ ...m, at }));
    }
    _itemHandle(m: any, i: number) {
      const h = new Handle(this._ctx, `${this._path}.getItem(${i})`);
      h._m = m;
      return h;
    }
    add(pageBreakRange: any) {
      this._callOp("add", [pageBreakRange], (m: { sheet: Sheet; dir: "horizontal" | "vertical" }, e: any) => {
        const h = unwrap(pageBreakRange);
        const box: Box | null = h ? h._model().box : parseRef(splitSheet(pageBreakRange).ref);
        if (!box) fail("InvalidArgument", `The page break range "${pageBreakRange}" is not valid.`);
        const at = m.dir === "horizontal" ? box.r0 : box.c0;
        const list = m.sheet.pageBreaks[m.dir];
        e.address = addressOf(m.sheet, box);
        if (list.includes(at)) return;
        const total = m.sheet.pageBreaks.horizontal.length + m.sheet.pageBreaks.vertical.length;
        if (total >= PAGE_BREAKS_PER_SHEET)
          fail(
            "InvalidOperation",
            `The sheet ${m.sheet.name} already has ${total} page breaks; Excel allows ${PAGE_BREAKS_PER_SHEET} per sheet.`,
          );
        list.push(at);
        list.sort((a, b) => a - b);
      });
    }
    removePageBreaks() {
      this._callOp("removePageBreaks", [], (m: { sheet: Sheet; dir: "horizontal" | "vertical" }) => {
        m.sheet.pageBreaks[m.dir] = [];
      });
    }
    getItem(index: number) {
      return this.getItemAt(index);
    }
  }

  // ---------------------------------------------------------------- ranges
  const FORMAT_LEAVES = new Set([
    "columnWidth",
    "rowHeight",
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
    "indentLevel",
    "textOrientation",
    "useStandardHeight",
    "useStandardWidth",
    "autoIndent",
    "shrinkToFit",
    "readingOrder",
    "bold",
    "italic",
    "color",
    "size",
    "name",
    "underline",
    "strikethrough",
    "subscript",
    "superscript",
    "tintAndShade",
    "pattern",
    "patternColor",
    "style",
    "weight",
    "locked",
    "formulaHidden",
  ]);
  const FORMAT_DEFAULTS = {
    columnWidth: 48,
    rowHeight: 15,
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    bold: false,
    italic: false,
    color: "#000000",
    size: 11,
    name: "Calibri",
  };

  class RangeH extends Handle {
    _format?: any;
    _props(m?: any, list?: any) {
      const { sheet, box } = m;
      const want = (p?: any) => !list || list.includes(p);
      const o: Record<string, any> = {};
      if (want("address")) o.address = addressOf(sheet, box);
      if (want("addressLocal")) o.addressLocal = addressOf(sheet, box);
      if (want("rowCount")) o.rowCount = rows(box);
      if (want("columnCount")) o.columnCount = cols(box);
      if (want("cellCount")) o.cellCount = rows(box) * cols(box);
      if (want("rowIndex")) o.rowIndex = box.r0;
      if (want("columnIndex")) o.columnIndex = box.c0;
      if (want("isEntireColumn")) o.isEntireColumn = box.r0 === 0 && box.r1 === MAX_ROWS - 1;
      if (want("isEntireRow")) o.isEntireRow = box.c0 === 0 && box.c1 === MAX_COLS - 1;
      const big = rows(box) * cols(box) > READ_CELL_LIMIT;
      if (!list && big) return o; // load() of a huge range: only the shape
      if (want("values")) o.values = grid(sheet, box, valueOf);
      if (want("formulas")) o.formulas = grid(sheet, box, formulaOf);
      if (want("formulasLocal")) o.formulasLocal = grid(sheet, box, formulaOf);
      if (want("formulasR1C1")) o.formulasR1C1 = grid(sheet, box, formulaOf);
      if (want("numberFormat")) o.numberFormat = grid(sheet, box, (c: any) => (c ? c.numberFormat : "General"));
      if (want("numberFormatLocal"))
        o.numberFormatLocal = grid(sheet, box, (c: any) => (c ? c.numberFormat : "General"));
      if (want("text")) o.text = grid(sheet, box, (c: any) => String(valueOf(c)));
      if (want("valueTypes")) o.valueTypes = grid(sheet, box, typeOf);
      if (want("hidden")) o.hidden = false;
      if (want("hasSpill")) o.hasSpill = false;
      return o;
    }
    get address() {
      return this._get("address");
    }
    get addressLocal() {
      return this._get("addressLocal");
    }
    get rowCount() {
      return this._get("rowCount");
    }
    get columnCount() {
      return this._get("columnCount");
    }
    get cellCount() {
      return this._get("cellCount");
    }
    get rowIndex() {
      return this._get("rowIndex");
    }
    get columnIndex() {
      return this._get("columnIndex");
    }
    get text() {
      return this._get("text");
    }
    get valueTypes() {
      return this._get("valueTypes");
    }
    get values() {
      return this._get("values");
    }
    set values(v: any) {
      this._write("values", v, writeValue);
    }
    get formulas() {
      return this._get("formulas");
    }
    set formulas(v: any) {
      this._write("formulas", v, writeFormula);
    }
    get formulasLocal() {
      return this._get("formulasLocal");
    }
    set formulasLocal(v: any) {
      this._write("formulasLocal", v, writeFormula);
    }
    get formulasR1C1() {
      return this._get("formulasR1C1");
    }
    set formulasR1C1(v: any) {
      warn("r1c1NotTranslated", { target: this._path });
      this._write("formulasR1C1", v, writeFormula);
    }
    get numberFormat() {
      return this._get("numberFormat");
    }
    set numberFormat(v: any) {
      this._write("numberFormat", v, (sheet: any, r: any, c: any, f: any) => {
        if (f === null || f === undefined) return;
        ensureCell(sheet, r, c).numberFormat = String(f);
      });
    }
    get numberFormatLocal() {
      return this._get("numberFormatLocal");
    }
    set numberFormatLocal(v: any) {
      this.numberFormat = v;
    }
    _write(prop?: any, v?: any, each?: any) {
      this._setOp(prop, v, ({ sheet, box }: { sheet: Sheet; box: Box }, value: any, e: any) => {
        e.address = addressOf(sheet, box);
        beforeWrite(sheet, box, prop, /^numberFormat/.test(prop) ? "format" : "content");
        applyGrid(sheet, box, value, (r: any, c: any, x: any) => each(sheet, r, c, x, e), prop);
      });
    }
    _unknownSet(p?: any, v?: any) {
      // hyperlink, style, rowHidden, …: kept per range in the sheet's formatCalls.
      const entry = record(this._ctx, "set", this._path, p, { value: plain(v), unmodelled: true });
      this._ctx._enqueue(entry, (e: any) => {
        const m = this._model();
        e.address = addressOf(m.sheet, m.box);
        beforeWrite(
          m.sheet,
          m.box,
          p,
          p === "rowHidden" ? "rowFormat" : p === "columnHidden" ? "columnFormat" : "format",
        );
        m.sheet.formatCalls.push({ address: e.address, path: p, value: plain(v) });
      });
    }
    get worksheet() {
      return this._sub("worksheet", WorksheetH, (m: any) => m.sheet);
    }
    /** Members not modelled (conditionalFormats, hyperlink, dataValidation …): a call that is not a read is a format change to a protected sheet. */
    _unknown(p?: any) {
      return recorder(this._ctx, this._path, p, this, p, {
        cls: returnedClass(this._cls, p),
        nav: [...this._nav, this._api(p)],
        beforeCall(m: any, path: string) {
          const member = path.split(".").pop() || "";
          if (!/^(get|load$|track$|untrack$|toJSON$)/.test(member)) guardProtected(m.sheet, m.box, "format", path);
        },
      });
    }
    get format() {
      if (!this._format) {
        const self = this;
        this._format = recorder(this._ctx, this._path, "format", this, "", {
          cls: "RangeFormat",
          nav: [...this._nav, this._api("format")],
          onSet(m: any, path: any, value: any, e: any) {
            e.address = addressOf(m.sheet, m.box);
            beforeWrite(m.sheet, m.box, `format.${path}`, formatWriteKind(path));
            if (path === "columnWidth" || path === "rowHeight") {
              m.sheet.props[`${path}:${refOf(m.box)}`] = value;
            }
            if (rows(m.box) * cols(m.box) <= 200000) {
              // Copy on write: cells that shared a format object share the new one.
              const v = plain(value);
              const next = new Map<Record<string, unknown>, Record<string, unknown>>();
              eachCell(m.box, (r: any, c: any) => {
                const cell = ensureCell(m.sheet, r, c);
                let f = next.get(cell.format);
                if (!f) {
                  f = { ...cell.format, [path]: v } as Record<string, unknown>;
                  next.set(cell.format, f);
                }
                cell.format = f;
              });
            } else m.sheet.formatCalls.push({ address: addressOf(m.sheet, m.box), path, value: plain(value) });
          },
          onCall(m: any, path: any, args: any, e: any) {
            e.address = addressOf(m.sheet, m.box);
            guardProtected(m.sheet, m.box, formatWriteKind(path), `format.${path}`);
            m.sheet.formatCalls.push({ address: addressOf(m.sheet, m.box), path, args: plain(args) });
          },
          leafGet(path: any) {
            const leaf = path.slice(path.lastIndexOf(".") + 1);
            if (!FORMAT_LEAVES.has(leaf)) return undefined;
            try {
              const m = self._model();
              const cell = cellAt(m.sheet, m.box.r0, m.box.c0);
              if (cell && path in cell.format) return cell.format[path];
            } catch (e: any) {
              /* not resolved yet */
            }
            return (FORMAT_DEFAULTS as Record<string, unknown>)[leaf];
          },
        });
      }
      return this._format;
    }
    _rel(member?: any, args?: any, box?: any) {
      return this._childOp(member, args, RangeH, (m: any) => {
        const b = box(m.box, m);
        if (!b) return null;
        if (b.r0 < 0 || b.c0 < 0 || b.r1 >= MAX_ROWS || b.c1 >= MAX_COLS || b.r1 < b.r0 || b.c1 < b.c0)
          fail("InvalidArgument", `${member}(${args.join(", ")}) goes outside the sheet.`);
        return { sheet: m.sheet, box: b };
      });
    }
    getCell(r?: any, c?: any) {
      return this._rel("getCell", [r, c], (b: any) => ({ r0: b.r0 + r, r1: b.r0 + r, c0: b.c0 + c, c1: b.c0 + c }));
    }
    getOffsetRange(dr?: any, dc?: any) {
      return this._rel("getOffsetRange", [dr, dc], (b: any) => ({
        r0: b.r0 + dr,
        r1: b.r1 + dr,
        c0: b.c0 + dc,
        c1: b.c1 + dc,
      }));
    }
    getResizedRange(dr?: any, dc?: any) {
      return this._rel("getResizedRange", [dr, dc], (b: any) => ({ r0: b.r0, r1: b.r1 + dr, c0: b.c0, c1: b.c1 + dc }));
    }
    getAbsoluteResizedRange(nr?: any, nc?: any) {
      return this._rel("getAbsoluteResizedRange", [nr, nc], (b: any) => ({
        r0: b.r0,
        r1: b.r0 + nr - 1,
        c0: b.c0,
        c1: b.c0 + nc - 1,
      }));
    }
    getRow(i?: any) {
      return this._rel("getRow", [i], (b: any) => ({ r0: b.r0 + i, r1: b.r0 + i, c0: b.c0, c1: b.c1 }));
    }
    getColumn(i?: any) {
      return this._rel("getColumn", [i], (b: any) => ({ r0: b.r0, r1: b.r1, c0: b.c0 + i, c1: b.c0 + i }));
    }
    getRowsAbove(n?: any) {
      n = n === undefined ? 1 : n;
      return this._rel("getRowsAbove", [n], (b: any) => ({ r0: b.r0 - n, r1: b.r0 - 1, c0: b.c0, c1: b.c1 }));
    }
    getRowsBelow(n?: any) {
      n = n === undefined ? 1 : n;
      return this._rel("getRowsBelow", [n], (b: any) => ({ r0: b.r1 + 1, r1: b.r1 + n, c0: b.c0, c1: b.c1 }));
    }
    getColumnsBefore(n?: any) {
      n = n === undefined ? 1 : n;
      return this._rel("getColumnsBefore", [n], (b: any) => ({ r0: b.r0, r1: b.r1, c0: b.c0 - n, c1: b.c0 - 1 }));
    }
    getColumnsAfter(n?: any) {
      n = n === undefined ? 1 : n;
      return this._rel("getColumnsAfter", [n], (b: any) => ({ r0: b.r0, r1: b.r1, c0: b.c1 + 1, c1: b.c1 + n }));
    }
    getLastRow() {
      return this._rel("getLastRow", [], (b: any) => ({ r0: b.r1, r1: b.r1, c0: b.c0, c1: b.c1 }));
    }
    getLastColumn() {
      return this._rel("getLastColumn", [], (b: any) => ({ r0: b.r0, r1: b.r1, c0: b.c1, c1: b.c1 }));
    }
    getLastCell() {
      return this._rel("getLastCell", [], (b: any) => ({ r0: b.r1, r1: b.r1, c0: b.c1, c1: b.c1 }));
    }
    getEntireRow() {
      return this._rel("getEntireRow", [], (b: any) => ({ r0: b.r0, r1: b.r1, c0: 0, c1: MAX_COLS - 1 }));
    }
    getEntireColumn() {
      return this._rel("getEntireColumn", [], (b: any) => ({ r0: 0, r1: MAX_ROWS - 1, c0: b.c0, c1: b.c1 }));
    }
    getBoundingRect(other?: any) {
      return this._rel("getBoundingRect", [other], (b: any, m: any) => {
        const o = otherBox(other, m.sheet);
        return {
          r0: Math.min(b.r0, o.r0),
          r1: Math.max(b.r1, o.r1),
          c0: Math.min(b.c0, o.c0),
          c1: Math.max(b.c1, o.c1),
        };
      });
    }
    getIntersection(other?: any) {
      return this._rel("getIntersection", [other], (b: any, m: any) => {
        const o = otherBox(other, m.sheet);
        if (!overlaps(b, o)) fail("ItemNotFound", "The ranges don't intersect.");
        return {
          r0: Math.max(b.r0, o.r0),
          r1: Math.min(b.r1, o.r1),
          c0: Math.max(b.c0, o.c0),
          c1: Math.min(b.c1, o.c1),
        };
      });
    }
    getIntersectionOrNullObject(other?: any) {
      return this._childOp(
        "getIntersectionOrNullObject",
        [other],
        RangeH,
        (m: any) => {
          const o = otherBox(other, m.sheet);
          const b = m.box;
          if (!overlaps(b, o)) return null;
          return {
            sheet: m.sheet,
            box: {
              r0: Math.max(b.r0, o.r0),
              r1: Math.min(b.r1, o.r1),
              c0: Math.max(b.c0, o.c0),
              c1: Math.min(b.c1, o.c1),
            },
          };
        },
        true,
      );
    }
    getUsedRange(valuesOnly?: any) {
      return this._rel("getUsedRange", [valuesOnly], (b: any, m: any) => {
        const u = usedBox(m.sheet, valuesOnly);
        if (!u || !overlaps(u, b)) return { r0: b.r0, r1: b.r0, c0: b.c0, c1: b.c0 };
        return {
          r0: Math.max(b.r0, u.r0),
          r1: Math.min(b.r1, u.r1),
          c0: Math.max(b.c0, u.c0),
          c1: Math.min(b.c1, u.c1),
        };
      });
    }
    getUsedRangeOrNullObject(valuesOnly?: any) {
      return this._childOp(
        "getUsedRangeOrNullObject",
        [valuesOnly],
        RangeH,
        (m: any) => {
          const u = usedBox(m.sheet, valuesOnly);
          const b = m.box;
          if (!u || !overlaps(u, b)) return null;
          return {
            sheet: m.sheet,
            box: {
              r0: Math.max(b.r0, u.r0),
              r1: Math.min(b.r1, u.r1),
              c0: Math.max(b.c0, u.c0),
              c1: Math.min(b.c1, u.c1),
            },
          };
        },
        true,
      );
    }
    clear(applyTo?: any) {
      this._callOp("clear", [applyTo], (m: any, e: any) => {
        e.address = addressOf(m.sheet, m.box);
        if (applyTo !== "Formats") beforeWrite(m.sheet, m.box, "clear", "content");
        if (applyTo === "Formats" || applyTo === "All" || applyTo === undefined)
          beforeWrite(m.sheet, m.box, "clear", "format");
        clearBox(m.sheet, m.box, applyTo);
      });
    }
    delete(shift?: any) {
      this._callOp("delete", [shift], (m: any, e: any) => {
        e.address = addressOf(m.sheet, m.box);
        beforeWrite(m.sheet, m.box, "delete", shapeKind(m.box, "deleteRows", "deleteColumns", shift !== "Left"));
        clearBox(m.sheet, m.box, "All");
        if (shift === "Up" || shift === undefined) shiftRows(m.sheet, m.box.r1 + 1, m.box.c0, m.box.c1, -rows(m.box));
        else shiftCols(m.sheet, m.box.c1 + 1, m.box.r0, m.box.r1, -cols(m.box));
      });
    }
    insert(shift?: any) {
      return this._rel("insert", [shift], (b: any, m: any) => {
        beforeWrite(m.sheet, b, "insert", shapeKind(b, "insertRows", "insertColumns", shift !== "Right"));
        if (shift === "Right") shiftCols(m.sheet, b.c0, b.r0, b.r1, cols(b));
        else shiftRows(m.sheet, b.r0, b.c0, b.c1, rows(b));
        return b;
      });
    }
    /**
     * Range.copyFrom: the source is tiled over this range (as Excel pastes); "Formulas" and "All"
     * adjust relative A1 references by the offset, as a paste does; structured references stay.
     */
    copyFrom(source?: any, copyType?: any, skipBlanks?: any, transpose?: any) {
      this._callOp("copyFrom", [source, copyType, skipBlanks, transpose], (m: any, e: any) => {
        const type = copyType || "All";
        let src;
        const h = unwrap(source);
        if (h) src = h._model();
        else {
          const sp = splitSheet(source);
          const sheet = sp.sheet !== null ? sheetByName(sp.sheet) : m.sheet;
          const box = parseRef(sp.ref);
          if (!sheet || !box) fail("InvalidArgument", `copyFrom: the source "${source}" is not valid.`);
          src = { sheet, box };
        }
        if (transpose)
          warn("unmodelled", { target: this._path, member: "copyFrom", note: "transpose is not modelled" });
        e.address = addressOf(m.sheet, m.box);
        if (type !== "Formats") beforeWrite(m.sheet, m.box, `copyFrom(${type})`, "content");
        if (type === "Formats" || type === "All") beforeWrite(m.sheet, m.box, `copyFrom(${type})`, "format");
        guardSize(m.box, "copyFrom");
        const sr = rows(src.box);
        const sc = cols(src.box);
        // The source as it is before the paste (the destination may overlap it), each formula
        // read once for all its copies (formulaShifter).
        const tile: (Cell | undefined)[] = [];
        const shifters: (((dr: number, dc: number) => string) | null)[] = [];
        for (let i = 0; i < sr; i++)
          for (let j = 0; j < sc; j++) {
            const from = cellAt(src.sheet, src.box.r0 + i, src.box.c0 + j);
            tile.push(from ? { ...from } : undefined);
            const moves = from && from.formula !== null && (type === "All" || type === "Formulas");
            shifters.push(moves ? formulaShifter(from.formula as string) : null);
          }
        const { r0, r1, c0, c1 } = m.box as Box;
        for (let r = r0; r <= r1; r++) {
          const i = (r - r0) % sr;
          for (let c = c0; c <= c1; c++) {
            const t = i * sc + ((c - c0) % sc);
            const from = tile[t];
            if (skipBlanks && isEmptyCell(from)) continue;
            // Nothing copied onto nothing: a cell without content or format is no cell at all.
            const there = cellAt(m.sheet, r, c);
            if (!from && !there) continue;
            const dr = r - (src.box.r0 + i);
            const dc = c - (src.box.c0 + (t % sc));
            const cell = there ?? ensureCell(m.sheet, r, c);
            if (type === "All" || type === "Formulas") {
              cell.formula = from && from.formula !== null ? shifters[t]!(dr, dc) : null;
              cell.value = from && from.formula === null ? from.value : "";
            } else if (type === "Values") {
              cell.formula = null;
              cell.value = valueOf(from);
            }
            if (type === "All" || type === "Formats") {
              cell.numberFormat = from ? from.numberFormat : "General";
              // Format objects are never changed in place (format sets replace them), so copies share them.
              cell.format = from ? from.format : NO_FORMAT;
            }
          }
        }
      });
    }
    calculate() {
      this._callOp("calculate", [], () => {});
    }
    getSpecialCells(cellType?: any, cellValueType?: any) {
      return this._special("getSpecialCells", cellType, cellValueType, false);
    }
    getSpecialCellsOrNullObject(cellType?: any, cellValueType?: any) {
      return this._special("getSpecialCellsOrNullObject", cellType, cellValueType, true);
    }
    /**
     * Only ("Formulas", "Errors") is modelled: formula cells whose value (computed, set by the
     * test) is an error, one area per run of rows in a column; none is ItemNotFound (or a null object).
     */
    _special(member: string, cellType?: any, cellValueType?: any, orNull?: boolean) {
      const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
      return this._childOp(
        member,
        args,
        RangeAreasH,
        (m: any) => {
          if (cellType !== "Formulas" || cellValueType !== "Errors")
            fail("InvalidArgument", `Excel model: only ${member}("Formulas", "Errors") is modelled.`);
          const areas: Box[] = [];
          for (let c = m.box.c0; c <= m.box.c1; c++) {
            let run: Box | null = null;
            for (let r = m.box.r0; r <= m.box.r1; r++) {
              const cell = cellAt(m.sheet, r, c);
              if (!cell || cell.formula === null || typeOf(cell) !== "Error") continue;
              if (run && run.r1 === r - 1) run.r1 = r;
              else areas.push((run = { r0: r, r1: r, c0: c, c1: c }));
            }
          }
          return areas.length ? { sheet: m.sheet, areas } : null;
        },
        orNull,
      );
    }
    select() {
      this._callOp("select", [], (m: any) => {
        wb.selection = { sheet: m.sheet, box: m.box };
        wb.active = m.sheet;
      });
    }
    merge(across?: any) {
      this._callOp("merge", [across], (m: any) => {
        guardProtected(m.sheet, m.box, "structure", "merge");
        m.sheet.formatCalls.push({ address: addressOf(m.sheet, m.box), path: "merge", args: [across] });
      });
    }
    unmerge() {
      this._callOp("unmerge", [], (m: any) => guardProtected(m.sheet, m.box, "structure", "unmerge"));
    }
  }
  function otherBox(other?: any, sheet?: any) {
    const h = unwrap(other);
    if (h) return h._model().box;
    const sp = splitSheet(other);
    const box = parseRef(sp.ref);
    if (!box) fail("InvalidArgument", `The address "${other}" is not valid.`);
    return box;
  }

  // ---------------------------------------------------------------- tables
  /** Range.getSpecialCells' RangeAreas: { sheet, areas: Box[] }. */
  class RangeAreasH extends Handle {
    _props(m?: any) {
      return {
        cellCount: m.areas.reduce((n: number, b: Box) => n + rows(b) * cols(b), 0),
        areaCount: m.areas.length,
        address: m.areas.map((b: Box) => addressOf(m.sheet, b)).join(","),
      };
    }
    _snapshot(list?: any) {
      super._snapshot(list);
      if (this._isNull() || (list && !list.includes("areas"))) return;
      const areas = unwrap(this.areas);
      areas._snapshot(null);
      (this._loaded as any).areas = areas.toJSON();
    }
    get cellCount() {
      return this._get("cellCount");
    }
    get areaCount() {
      return this._get("areaCount");
    }
    get address() {
      return this._get("address");
    }
    get areas() {
      return this._sub("areas", RangeAreaCollectionH, () => this._model());
    }
  }
  class RangeAreaCollectionH extends CollectionH {
    _list(m?: any) {
      return m.areas.map((box: Box) => ({ sheet: m.sheet, box }));
    }
    _kind() {
      return RangeH;
    }
    _itemHandle(_m?: any, i?: any) {
      return new RangeH(this._ctx, `${this._path}.getItemAt(${i})`);
    }
  }

  class TableCollectionH extends CollectionH {
    _list(m?: any) {
      return wb.tables.filter((t) => !m.sheet || t.sheet === m.sheet);
    }
    _kind() {
      return TableH;
    }
    _itemHandle(t?: any) {
      return new TableH(this._ctx, `${this._path}.getItem(${short(t.name)})`);
    }
    add(address?: any, hasHeaders?: any) {
      return this._childOp("add", [address, hasHeaders], TableH, (m: any, e: any) => {
        let sheet;
        let box;
        const h = unwrap(address);
        if (h) ({ sheet, box } = h._model());
        else {
          const sp = splitSheet(address);
          sheet = sp.sheet !== null ? sheetByName(sp.sheet) : m.sheet || activeSheet();
          if (!sheet) fail("InvalidArgument", `No sheet for the table address "${address}".`);
          if (m.sheet && sheet !== m.sheet)
            fail("InvalidArgument", `The address ${address} is not on sheet ${m.sheet.name}.`);
          box = parseRef(sp.ref);
          if (!box) fail("InvalidArgument", `The table address "${address}" is not valid.`);
        }
        e.address = addressOf(sheet, box);
        beforeWrite(sheet, box, "tables.add", "structure");
        return createTable(sheet, box, !!hasHeaders, "addin");
      });
    }
    getItem(key?: any) {
      return this._childOp(
        "getItem",
        [key],
        TableH,
        (m: any) => this._list(m).find((t) => sameName(t.name, key) || t.id === key) || null,
      );
    }
    getItemOrNullObject(key?: any) {
      return this._childOp(
        "getItemOrNullObject",
        [key],
        TableH,
        (m: any) => this._list(m).find((t) => sameName(t.name, key) || t.id === key) || null,
        true,
      );
    }
    getCount() {
      return resultOp(this, "getCount", [], (m: any) => this._list(m).length);
    }
  }

  class TableH extends Handle {
    _props(t?: any) {
      return Object.assign(
        {
          name: t.name,
          id: t.id,
          legacyId: t.id,
          showHeaders: t.showHeaders,
          showTotals: t.showTotals,
          style: t.style,
          showBandedRows: true,
          showBandedColumns: false,
          showFilterButton: true,
          highlightFirstColumn: false,
          highlightLastColumn: false,
        },
        t.props,
      );
    }
    get name() {
      return this._get("name");
    }
    set name(v: any) {
      this._setOp("name", v, (t: any) => {
        guardTable(t, "name");
        checkDefinedName(v, "table");
        if (nameTaken(v, t)) fail("ItemAlreadyExists", `A table or name "${v}" already exists.`);
        if (t.origin === "user") noteUser("renameTable", t.sheet, { table: t.name, to: v });
        t.name = v;
      });
    }
    get id() {
      return this._get("id");
    }
    get showHeaders() {
      return this._get("showHeaders");
    }
    set showHeaders(v: any) {
      this._setOp("showHeaders", v, (t: any) => {
        guardTable(t, "showHeaders");
        t.showHeaders = !!v;
      });
    }
    get showTotals() {
      return this._get("showTotals");
    }
    set showTotals(v: any) {
      this._setOp("showTotals", v, (t: any) => {
        guardTable(t, "showTotals");
        if (!!v === t.showTotals) return;
        if (v) t.r1 += 1;
        else {
          clearBox(t.sheet, { r0: t.r1, r1: t.r1, c0: t.c0, c1: t.c1 }, "All");
          t.r1 -= 1;
        }
        t.showTotals = !!v;
      });
    }
    get style() {
      return this._get("style");
    }
    set style(v: any) {
      this._setOp("style", v, (t: any) => {
        guardTable(t, "style");
        t.style = v;
      });
    }
    get worksheet() {
      return this._sub("worksheet", WorksheetH, (t: any) => t.sheet);
    }
    get rows() {
      return this._sub("rows", TableRowCollectionH, (t: any) => t);
    }
    get columns() {
      return this._sub("columns", TableColumnCollectionH, (t: any) => t);
    }
    _range(member?: any, box?: any) {
      return this._childOp(member, [], RangeH, (t: any) => {
        const b = box(t);
        if (!b) fail("InvalidOperation", `${this._path}.${member}(): the table has no such row.`);
        return { sheet: t.sheet, box: b };
      });
    }
    getRange() {
      return this._range("getRange", (t: any) => ({ r0: t.r0, r1: t.r1, c0: t.c0, c1: t.c1 }));
    }
    getHeaderRowRange() {
      return this._range("getHeaderRowRange", (t: any) =>
        t.showHeaders ? { r0: t.r0, r1: t.r0, c0: t.c0, c1: t.c1 } : null,
      );
    }
    getDataBodyRange() {
      return this._range("getDataBodyRange", (t: any) => tableBodyBox(t));
    }
    getTotalRowRange() {
      return this._range("getTotalRowRange", (t: any) =>
        t.showTotals ? { r0: t.r1, r1: t.r1, c0: t.c0, c1: t.c1 } : null,
      );
    }
    delete() {
      this._callOp("delete", [], (t: any) => {
        guardTable(t, "delete");
        deleteTable(t, false);
      });
    }
    convertToRange() {
      return this._childOp("convertToRange", [], RangeH, (t: any) => {
        guardTable(t, "convertToRange");
        deleteTable(t, true);
        return { sheet: t.sheet, box: { r0: t.r0, r1: t.r1, c0: t.c0, c1: t.c1 } };
      });
    }
    clearFilters() {
      this._callOp("clearFilters", [], () => {});
    }
    reapplyFilters() {
      this._callOp("reapplyFilters", [], () => {});
    }
    resize(address?: any) {
      this._callOp("resize", [address], (t: any) => {
        guardTable(t, "resize");
        const h = unwrap(address);
        const box = h ? h._model().box : parseRef(splitSheet(address).ref);
        if (!box || box.r0 !== t.r0 || box.c0 !== t.c0)
          fail("InvalidArgument", "A table can only be resized keeping its top-left cell.");
        if (t.origin === "user") noteUser("resizeTable", t.sheet, { table: t.name });
        while (t.colIds.length < cols(box)) t.colIds.push(nextId++);
        t.colIds.length = cols(box);
        t.r1 = box.r1;
        t.c1 = box.c1;
      });
    }
  }

  class TableRowCollectionH extends CollectionH {
    _list(t?: any) {
      const b = tableBodyBox(t);
      const out = [];
      for (let i = 0; i <= b.r1 - b.r0; i++) out.push({ table: t, index: i });
      return out;
    }
    _kind() {
      return TableRowH;
    }
    _itemHandle(m?: any, i?: any) {
      return new TableRowH(this._ctx, `${this._path}.getItemAt(${i})`);
    }
    add(index?: any, values?: any, alwaysInsert?: any) {
      const entry = record(this._ctx, "call", this._path, "add", { args: plain([index, values, alwaysInsert]) });
      const row = new TableRowH(this._ctx, `${this._path}.add(${short(index)}, …)`);
      row._resolved = false;
      row._nav = [...this._nav, this._api("add")];
      this._ctx._enqueue(entry, (e: any) => {
        const t = this._model();
        guardTable(t, "rows.add");
        let input = values === undefined || values === null ? [new Array(t.c1 - t.c0 + 1).fill("")] : values;
        if (!Array.isArray(input) || !Array.isArray(input[0])) input = [input];
        if (input.some((r: any) => !Array.isArray(r) || r.length !== t.c1 - t.c0 + 1))
          fail(
            "InvalidArgument",
            `The number of columns in the rows (${input.map((r: any) => (Array.isArray(r) ? r.length : "?")).join(",")}) doesn't match the table's ${t.c1 - t.c0 + 1} columns (${t.name}).`,
          );
        if (t.origin === "user") noteUser("addTableRows", t.sheet, { table: t.name, rows: input.length });
        const body = tableBodyBox(t);
        let at;
        if (
          t.placeholderRow &&
          body.r1 === body.r0 &&
          bodyEmpty(t) &&
          (index === null || index === undefined || index === 0)
        ) {
          at = body.r0;
          if (input.length > 1) {
            shiftRows(t.sheet, body.r0 + 1, t.c0, t.c1, input.length - 1);
            t.r1 += input.length - 1;
          }
        } else {
          const count = body.r1 - body.r0 + 1;
          const i = index === null || index === undefined || index === -1 ? count : index;
          if (i < 0 || i > count)
            fail("InvalidArgument", `Row index ${index} is outside the table ${t.name} (${count} rows).`);
          at = body.r0 + i;
          shiftRows(t.sheet, at, t.c0, t.c1, input.length);
          // shiftRows moved the table itself when it starts at or below `at`; it never does here.
          t.r1 += input.length;
        }
        t.placeholderRow = false;
        const box = { r0: at, r1: at + input.length - 1, c0: t.c0, c1: t.c1 };
        e.address = addressOf(t.sheet, box);
        applyGrid(t.sheet, box, input, (r: any, c: any, x: any) => writeValue(t.sheet, r, c, x, e), "rows.add");
        row._resolved = true;
        row._m = { table: t, index: at - tableBodyBox(t).r0 };
      });
      return wrap(row);
    }
    getItemAt(index?: any) {
      return this._childOp("getItemAt", [index], TableRowH, (t: any) => {
        const b = tableBodyBox(t);
        if (!(index >= 0 && index <= b.r1 - b.r0)) return null;
        return { table: t, index };
      });
    }
    deleteRows(rowsToDelete?: any) {
      this._callOp("deleteRows", [rowsToDelete], (t: any) => {
        const idx = (rowsToDelete || [])
          .map((x: any) => (typeof x === "number" ? x : unwrap(x)._model().index))
          .sort((a: any, b: any) => b - a);
        for (const i of idx) deleteTableRow(t, i);
      });
    }
    deleteRowsAt(index?: any, count?: any) {
      this._callOp("deleteRowsAt", [index, count], (t: any) => {
        for (let k = 0; k < (count || 1); k++) deleteTableRow(t, index);
      });
    }
  }
  function deleteTableRow(t?: any, i?: any) {
    const b = tableBodyBox(t);
    const r = b.r0 + i;
    guardTable(t, "delete a row");
    if (r > b.r1) fail("InvalidArgument", `No row ${i} in table ${t.name}.`);
    if (t.origin === "user") noteUser("deleteTableRow", t.sheet, { table: t.name, index: i });
    clearBox(t.sheet, { r0: r, r1: r, c0: t.c0, c1: t.c1 }, "All");
    shiftRows(t.sheet, r + 1, t.c0, t.c1, -1);
    if (b.r1 === b.r0) t.placeholderRow = true;
    else t.r1 -= 1;
  }

  class TableRowH extends Handle {
    _box(m?: any) {
      const b = tableBodyBox(m.table);
      return { r0: b.r0 + m.index, r1: b.r0 + m.index, c0: b.c0, c1: b.c1 };
    }
    _props(m?: any) {
      const box = this._box(m);
      return { index: m.index, values: grid(m.table.sheet, box, valueOf) };
    }
    get index() {
      return this._get("index");
    }
    get values() {
      return this._get("values");
    }
    set values(v: any) {
      this._setOp("values", v, (m: any, value: any, e: any) => {
        const box = this._box(m) as Box;
        e.address = addressOf(m.table.sheet, box);
        beforeWrite(m.table.sheet, box, "values", "content");
        applyGrid(
          m.table.sheet,
          box,
          value,
          (r: any, c: any, x: any) => writeValue(m.table.sheet, r, c, x, e),
          "values",
        );
      });
    }
    getRange() {
      return this._childOp("getRange", [], RangeH, (m: any) => ({ sheet: m.table.sheet, box: this._box(m) }));
    }
    delete() {
      this._callOp("delete", [], (m: any) => deleteTableRow(m.table, m.index));
    }
  }

  class TableColumnCollectionH extends CollectionH {
    _list(t?: any) {
      return t.colIds.map((id: any) => ({ table: t, id }));
    }
    _kind() {
      return TableColumnH;
    }
    _itemHandle(m?: any, i?: any) {
      return new TableColumnH(this._ctx, `${this._path}.getItemAt(${i})`);
    }
    add(index?: any, values?: any, name?: any) {
      return this._childOp("add", [index, values, name], TableColumnH, (t: any, e: any) => {
        guardTable(t, "columns.add");
        const n = t.c1 - t.c0 + 1;
        const i = index === null || index === undefined || index === -1 ? n : index;
        if (i < 0 || i > n) fail("InvalidArgument", `Column index ${index} is outside the table ${t.name}.`);
        if (t.origin === "user") noteUser("addTableColumn", t.sheet, { table: t.name, name });
        const c = t.c0 + i;
        if (i < n) shiftCols(t.sheet, c, t.r0, t.r1, 1);
        else if (
          !isEmptyCell(cellAt(t.sheet, t.r0, c)) ||
          wb.tables.some((o) => o !== t && o.sheet === t.sheet && overlaps(o, { r0: t.r0, r1: t.r1, c0: c, c1: c }))
        )
          fail("InvalidOperation", `The column can't be added: cells to the right of ${t.name} are in use.`);
        t.c1 += 1;
        const id = nextId++;
        t.colIds.splice(i, 0, id);
        const heightAll = t.r1 - t.r0 + 1;
        const body = tableBodyBox(t);
        const headers = tableHeaders(t).filter((h, j) => j !== i);
        let header = name;
        let bodyValues = null;
        if (Array.isArray(values)) {
          if (values.length === heightAll) {
            if (header === undefined || header === null) header = values[0][0];
            bodyValues = values.slice(1, 1 + (body.r1 - body.r0 + 1));
          } else if (values.length === body.r1 - body.r0 + 1) bodyValues = values;
          else
            fail(
              "InvalidArgument",
              `The column's ${values.length} values don't match the table's ${heightAll} rows (with header) in ${t.name}.`,
            );
        }
        if (header === undefined || header === null || header === "") {
          let k = i + 1;
          while (headers.some((h) => sameName(h, "Column" + k))) k++;
          header = "Column" + k;
        }
        let unique = String(header);
        for (let k = 2; headers.some((h) => sameName(h, unique)); k++) unique = `${header}${k}`;
        const hc = ensureCell(t.sheet, t.r0, c);
        hc.value = unique;
        hc.formula = null;
        if (bodyValues)
          for (let r = 0; r < bodyValues.length; r++) writeFormula(t.sheet, body.r0 + r, c, bodyValues[r][0], e);
        e.address = addressOf(t.sheet, { r0: t.r0, r1: t.r1, c0: c, c1: c });
        return { table: t, id };
      });
    }
    getItem(key?: any) {
      return this._childOp("getItem", [key], TableColumnH, (t: any) => findColumn(t, key));
    }
    getItemOrNullObject(key?: any) {
      return this._childOp("getItemOrNullObject", [key], TableColumnH, (t: any) => findColumn(t, key), true);
    }
    getItemAt(index?: any) {
      return this._childOp("getItemAt", [index], TableColumnH, (t: any) =>
        index >= 0 && index < t.colIds.length ? { table: t, id: t.colIds[index] } : null,
      );
    }
  }
  function findColumn(t?: any, key?: any) {
    const headers = tableHeaders(t);
    let i = headers.findIndex((h) => sameName(h, key));
    if (i < 0) i = t.colIds.findIndex((id: any) => String(id) === String(key));
    return i < 0 ? null : { table: t, id: t.colIds[i] };
  }

  class TableColumnH extends Handle {
    _box(m?: any, part?: any) {
      const t = m.table;
      const i = t.colIds.indexOf(m.id);
      if (i < 0) fail("ItemNotFound", "The table column no longer exists.");
      const c = t.c0 + i;
      if (part === "header") return { r0: t.r0, r1: t.r0, c0: c, c1: c };
      if (part === "body") {
        const b = tableBodyBox(t);
        return { r0: b.r0, r1: b.r1, c0: c, c1: c };
      }
      if (part === "total") return t.showTotals ? { r0: t.r1, r1: t.r1, c0: c, c1: c } : null;
      return { r0: t.r0, r1: t.r1, c0: c, c1: c };
    }
    _props(m?: any) {
      const t = m.table;
      const i = t.colIds.indexOf(m.id);
      return { name: tableHeaders(t)[i], id: m.id, index: i, values: grid(t.sheet, this._box(m), valueOf) };
    }
    get name() {
      return this._get("name");
    }
    set name(v: any) {
      this._setOp("name", v, (m: any) => {
        const t = m.table;
        guardTable(t, "column name");
        const i = t.colIds.indexOf(m.id);
        if (tableHeaders(t).some((h, j) => j !== i && sameName(h, v)))
          fail("InvalidArgument", `The table ${t.name} already has a column "${v}".`);
        if (t.origin === "user") noteUser("renameTableColumn", t.sheet, { table: t.name, to: v });
        const cell = ensureCell(t.sheet, t.r0, t.c0 + i);
        cell.value = String(v);
        cell.formula = null;
      });
    }
    get id() {
      return this._get("id");
    }
    get index() {
      return this._get("index");
    }
    get values() {
      return this._get("values");
    }
    set values(v: any) {
      this._setOp("values", v, (m: any, value: any, e: any) => {
        const box = this._box(m) as Box;
        e.address = addressOf(m.table.sheet, box);
        beforeWrite(m.table.sheet, box, "values", "content");
        applyGrid(
          m.table.sheet,
          box,
          value,
          (r: any, c: any, x: any) => writeValue(m.table.sheet, r, c, x, e),
          "values",
        );
      });
    }
    getRange() {
      return this._childOp("getRange", [], RangeH, (m: any) => ({ sheet: m.table.sheet, box: this._box(m) }));
    }
    getHeaderRowRange() {
      return this._childOp("getHeaderRowRange", [], RangeH, (m: any) => ({
        sheet: m.table.sheet,
        box: this._box(m, "header"),
      }));
    }
    getDataBodyRange() {
      return this._childOp("getDataBodyRange", [], RangeH, (m: any) => ({
        sheet: m.table.sheet,
        box: this._box(m, "body"),
      }));
    }
    getTotalRowRange() {
      return this._childOp("getTotalRowRange", [], RangeH, (m: any) => {
        const b = this._box(m, "total");
        return b ? { sheet: m.table.sheet, box: b } : fail("InvalidOperation", "The table has no total row.");
      });
    }
    delete() {
      this._callOp("delete", [], (m: any) => {
        const t = m.table;
        guardTable(t, "delete a column");
        const i = t.colIds.indexOf(m.id);
        if (t.origin === "user") noteUser("deleteTableColumn", t.sheet, { table: t.name, column: tableHeaders(t)[i] });
        const c = t.c0 + i;
        clearBox(t.sheet, { r0: t.r0, r1: t.r1, c0: c, c1: c }, "All");
        shiftCols(t.sheet, c + 1, t.r0, t.r1, -1);
        t.colIds.splice(i, 1);
        t.c1 -= 1;
      });
    }
  }

  // ---------------------------------------------------------------- names
  class NamedItemCollectionH extends CollectionH {
    _list(m?: any) {
      return wb.names.filter((n) => (m.sheet ? n.sheet === m.sheet : n.scope === "Workbook"));
    }
    _kind() {
      return NamedItemH;
    }
    _itemHandle(n?: any) {
      return new NamedItemH(this._ctx, `${this._path}.getItem(${short(n.name)})`);
    }
    _add(member?: any, name?: any, reference?: any, comment?: any) {
      return this._childOp(member, [name, reference, comment], NamedItemH, (m: any, e: any) => {
        checkDefinedName(name, "defined");
        const scopeList = this._list(m);
        if (scopeList.some((n) => sameName(n.name, name)) || (!m.sheet && nameTaken(name)))
          fail("ItemAlreadyExists", `The name "${name}" already exists.`);
        let formula;
        const h = unwrap(reference);
        if (h) {
          const r = h._model();
          formula = "=" + addressOf(r.sheet, r.box, true);
        } else if (typeof reference === "string") formula = reference.startsWith("=") ? reference : "=" + reference;
        else formula = "=" + JSON.stringify(reference);
        const item = {
          name,
          formula,
          comment: comment || "",
          visible: true,
          scope: m.sheet ? "Worksheet" : "Workbook",
          sheet: m.sheet || null,
          origin: "addin",
        };
        wb.names.push(item as NameItem);
        e.address = formula;
        return item;
      });
    }
    add(name?: any, reference?: any, comment?: any) {
      return this._add("add", name, reference, comment);
    }
    addFormulaLocal(name?: any, formula?: any, comment?: any) {
      return this._add("addFormulaLocal", name, formula, comment);
    }
    getItem(name?: any) {
      return this._childOp(
        "getItem",
        [name],
        NamedItemH,
        (m: any) => this._list(m).find((n) => sameName(n.name, name)) || null,
      );
    }
    getItemOrNullObject(name?: any) {
      return this._childOp(
        "getItemOrNullObject",
        [name],
        NamedItemH,
        (m: any) => this._list(m).find((n) => sameName(n.name, name)) || null,
        true,
      );
    }
  }

  class NamedItemH extends Handle {
    _props(n?: any) {
      const type = nameType(n.formula);
      let value = n.formula.replace(/^=/, "");
      if (type === "Double") value = Number(value);
      if (type === "Boolean") value = /^true$/i.test(value);
      if (type === "String") value = value.slice(1, -1);
      return { name: n.name, formula: n.formula, comment: n.comment, visible: n.visible, scope: n.scope, type, value };
    }
    get name() {
      return this._get("name");
    }
    get formula() {
      return this._get("formula");
    }
    set formula(v: any) {
      this._setOp("formula", v, (n: any) => {
        if (n.origin === "user") noteUser("changeName", n.sheet, { name: n.name });
        n.formula = String(v).startsWith("=") ? String(v) : "=" + v;
      });
    }
    get comment() {
      return this._get("comment");
    }
    set comment(v: any) {
      this._setOp("comment", v, (n: any) => {
        n.comment = v;
      });
    }
    get visible() {
      return this._get("visible");
    }
    set visible(v: any) {
      this._setOp("visible", v, (n: any) => {
        n.visible = !!v;
      });
    }
    get type() {
      return this._get("type");
    }
    get value() {
      return this._get("value");
    }
    get scope() {
      return this._get("scope");
    }
    getRange() {
      return this._childOp(
        "getRange",
        [],
        RangeH,
        (n: any) =>
          rangeOfFormula(n.formula) || fail("InvalidOperation", `The name ${n.name} does not refer to a range.`),
      );
    }
    getRangeOrNullObject() {
      return this._childOp("getRangeOrNullObject", [], RangeH, (n: any) => rangeOfFormula(n.formula), true);
    }
    delete() {
      this._callOp("delete", [], (n: any) => {
        if (n.origin === "user") userChanges.push({ kind: "deleteName", name: n.name });
        wb.names.splice(wb.names.indexOf(n), 1);
      });
    }
  }

  // ---------------------------------------------------------------- custom properties and settings
  function propType(v?: any) {
    if (typeof v === "number") return "Number";
    if (typeof v === "boolean") return "Boolean";
    if (v instanceof Date) return "Date";
    return "String";
  }
  function makeKeyValueCollection(kindName?: any, validate?: any) {
    class ItemH extends Handle {
      _props(m?: any) {
        return { key: m.key, value: m.value, type: propType(m.value) };
      }
      get key() {
        return this._get("key");
      }
      get value() {
        return this._get("value");
      }
      set value(v: any) {
        this._setOp("value", v, (m: any) => {
          validate(m.key, v);
          m.value = v;
        });
      }
      get type() {
        return this._get("type");
      }
      delete() {
        this._callOp("delete", [], (m: any) => {
          m.map.delete(m.key.toLowerCase());
        });
      }
    }
    class CollH extends CollectionH {
      _list(map?: any) {
        return Array.from(map.values());
      }
      _kind() {
        return ItemH;
      }
      _itemHandle(m?: any) {
        return new ItemH(this._ctx, `${this._path}.getItem(${short(m.key)})`);
      }
      add(k?: any, value?: any) {
        return this._childOp("add", [k, value], ItemH, (map: any) => {
          validate(k, value);
          const item = { key: k, value, map };
          map.set(String(k).toLowerCase(), item);
          return item;
        });
      }
      getItem(k?: any) {
        return this._childOp("getItem", [k], ItemH, (map: any) => map.get(String(k).toLowerCase()) || null);
      }
      getItemOrNullObject(k?: any) {
        return this._childOp(
          "getItemOrNullObject",
          [k],
          ItemH,
          (map: any) => map.get(String(k).toLowerCase()) || null,
          true,
        );
      }
      deleteAll() {
        this._callOp("deleteAll", [], (map: any) => map.clear());
      }
    }
    Object.defineProperty(CollH, "name", { value: kindName });
    API_CLASS.set(CollH, kindName);
    API_CLASS.set(ItemH, kindName.replace(/Collection$/, ""));
    return CollH;
  }
  const CustomPropertyCollectionH = makeKeyValueCollection("CustomPropertyCollection", (k: any, v: any) => {
    if (typeof k !== "string" || k === "" || k.length > 255)
      fail("InvalidArgument", `The custom property key "${k}" must be 1–255 characters.`);
    if (typeof v === "string" && v.length > 255)
      fail("InvalidArgument", `The custom property "${k}" is ${v.length} characters; values are limited to 255.`);
  });
  const WorksheetCustomPropertyCollectionH = makeKeyValueCollection(
    "WorksheetCustomPropertyCollection",
    (k: any, v: any) => {
      if (typeof k !== "string" || k === "" || k.length > 255)
        fail("InvalidArgument", `The worksheet custom property key "${k}" must be 1–255 characters.`);
    },
  );
  const SettingCollectionH = makeKeyValueCollection("SettingCollection", (k: any, v: any) => {
    if (typeof k !== "string" || k === "") fail("InvalidArgument", "A setting key can't be blank.");
    try {
      JSON.stringify(v);
    } catch (e: any) {
      fail("InvalidArgument", `The setting "${k}" is not JSON-serialisable.`);
    }
  });

  // ---------------------------------------------------------------- charts (shape only; details recorded)
  class ChartH extends Handle {
    _props(c?: any) {
      return Object.assign({ name: c.name, id: c.id, chartType: c.type }, c.props);
    }
    get name() {
      return this._get("name");
    }
    set name(v: any) {
      this._setOp("name", v, (c: any) => {
        c.name = v;
      });
    }
    get id() {
      return this._get("id");
    }
    get chartType() {
      return this._get("chartType");
    }
    set chartType(v: any) {
      this._setOp("chartType", v, (c: any) => {
        c.type = v;
      });
    }
    get worksheet() {
      return this._sub("worksheet", WorksheetH, (c: any) => c.sheet);
    }
    setPosition(start?: any, end?: any) {
      this._callOp("setPosition", [start, end], (c: any) => {
        guardProtected(c.sheet, { r0: 0, r1: 0, c0: 0, c1: 0 }, "objects", "chart.setPosition");
        c.props.position = [plain(start), plain(end)];
      });
    }
    /** Deleting a chart is editing an object: a protected sheet refuses it unless allowEditObjects. */
    delete() {
      this._callOp("delete", [], (c: any) => {
        guardProtected(c.sheet, { r0: 0, r1: 0, c0: 0, c1: 0 }, "objects", "chart.delete");
        c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
      });
    }
  }
  class ChartCollectionH extends CollectionH {
    _list(s?: any) {
      return s.charts;
    }
    _kind() {
      return ChartH;
    }
    _itemHandle(c?: any) {
      return new ChartH(this._ctx, `${this._path}.getItem(${short(c.name)})`);
    }
    add(type?: any, sourceData?: any, seriesBy?: any) {
      return this._childOp("add", [type, sourceData, seriesBy], ChartH, (s: any) => {
        guardProtected(s, { r0: 0, r1: 0, c0: 0, c1: 0 }, "objects", "charts.add");
        const h = unwrap(sourceData);
        const src = h ? addressOf(h._model().sheet, h._model().box) : String(sourceData);
        const c = {
          id: String(nextId++),
          name: "Chart " + (s.charts.length + 1),
          type,
          source: src,
          seriesBy: seriesBy || "Auto",
          sheet: s,
          props: {},
        };
        s.charts.push(c);
        return c;
      });
    }
    getItem(name?: any) {
      return this._childOp(
        "getItem",
        [name],
        ChartH,
        (s: any) => s.charts.find((c: any) => sameName(c.name, name)) || null,
      );
    }
    getItemOrNullObject(name?: any) {
      return this._childOp(
        "getItemOrNullObject",
        [name],
        ChartH,
        (s: any) => s.charts.find((c: any) => sameName(c.name, name)) || null,
        true,
      );
    }
  }

  // The Excel API class of each handle class (requirement sets, undo support).
  for (const [Kind, name] of [
    [WorkbookH, "Workbook"],
    [ApplicationH, "Application"],
    [DocumentPropertiesH, "DocumentProperties"],
    [WorksheetCollectionH, "WorksheetCollection"],
    [WorksheetH, "Worksheet"],
    [FreezePanesH, "WorksheetFreezePanes"],
    [WorksheetProtectionH, "WorksheetProtection"],
    [RangeH, "Range"],
    [RangeAreasH, "RangeAreas"],
    [RangeAreaCollectionH, "RangeCollection"],
    [TableCollectionH, "TableCollection"],
    [TableH, "Table"],
    [TableRowCollectionH, "TableRowCollection"],
    [TableRowH, "TableRow"],
    [TableColumnCollectionH, "TableColumnCollection"],
    [TableColumnH, "TableColumn"],
    [NamedItemCollectionH, "NamedItemCollection"],
    [NamedItemH, "NamedItem"],
    [ChartCollectionH, "ChartCollection"],
    [ChartH, "Chart"],
    [PageBreakCollectionH, "PageBreakCollection"],
  ] as [Function, string][])
    API_CLASS.set(Kind, name);

  // ---------------------------------------------------------------- snapshot and checks
  function cellJson(cell?: any) {
    const o: Record<string, any> = {};
    if (cell.formula !== null) o.f = cell.formula;
    else o.v = cell.value;
    if (cell.numberFormat !== "General") o.nf = cell.numberFormat;
    if (Object.keys(cell.format).length) o.fmt = cell.format;
    return o;
  }
  /**
   * The workbook as plain data. With `only`, just the sheet and the table named there (neither
   * when not named; every one with "all"), for a test that reads one sheet of a large workbook, or
   * every sheet without copying every table's cells again; everything else as usual. With
   * `cells: false`, sheets without their cells (`cells` empty, `used` null): names, order, properties.
   */
  function snapshot(only?: { sheet?: string; table?: string; sheets?: "all"; tables?: "all"; cells?: false }) {
    const sheetList =
      !only || only.sheets === "all"
        ? wb.sheets
        : wb.sheets.filter((s) => only.sheet !== undefined && sameName(s.name, only.sheet));
    const tableList =
      !only || only.tables === "all"
        ? wb.tables
        : wb.tables.filter((t) => only.table !== undefined && sameName(t.name, only.table));
    const sheets = sheetList.map((s) => {
      const position = wb.sheets.indexOf(s);
      const cells: Record<string, unknown> = {};
      // Cell keys in row-major order; a typed array sorts numbers without a comparator, many times faster.
      const keys = only?.cells === false ? [] : Float64Array.from(s.cells.keys()).sort();
      for (const k of keys) {
        const cell = s.cells.get(k) as Cell;
        if (isEmptyCell(cell) && cell.numberFormat === "General" && !Object.keys(cell.format).length) continue;
        cells[colName(k % MAX_COLS) + (Math.floor(k / MAX_COLS) + 1)] = cellJson(cell);
      }
      const used = only?.cells === false ? null : usedBox(s, true);
      return {
        name: s.name,
        id: s.id,
        position,
        origin: s.origin,
        visibility: s.visibility,
        tabColor: s.tabColor,
        used: used ? refOf(used) : null,
        freeze: s.freeze,
        ...(s.protection.protected ? { protected: true } : {}),
        props: s.props,
        customProperties: Object.fromEntries(Array.from(s.customProperties.values()).map((p) => [p.key, p.value])),
        tables: wb.tables.filter((t) => t.sheet === s).map((t) => t.name),
        charts: s.charts.map((c) => ({
          name: c.name,
          type: c.type,
          source: c.source,
          seriesBy: c.seriesBy,
          props: c.props,
        })),
        formatCalls: s.formatCalls,
        pageBreaks: s.pageBreaks,
        cells,
      };
    });
    const tables = tableList.map((t) => {
      const b = tableBodyBox(t);
      const body = b.r1 >= b.r0 ? b : null;
      return {
        name: t.name,
        sheet: t.sheet.name,
        origin: t.origin,
        address: addressOf(t.sheet, t),
        headers: tableHeaders(t),
        rowCount: body ? rows(body) : 0,
        values: body ? grid(t.sheet, body, valueOf) : [],
        formulas: body ? grid(t.sheet, body, formulaOf) : [],
        numberFormats: body ? grid(t.sheet, body, (c: any) => (c ? c.numberFormat : "General")) : [],
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        style: t.style,
        props: t.props,
      };
    });
    return {
      sheets,
      tables,
      names: wb.names.map((n) => ({
        name: n.name,
        formula: n.formula,
        comment: n.comment,
        visible: n.visible,
        scope: n.scope,
        sheet: n.sheet ? n.sheet.name : null,
        origin: n.origin,
      })),
      customProperties: Object.fromEntries(Array.from(wb.customProperties.values()).map((p) => [p.key, p.value])),
      settings: Object.fromEntries(Array.from(wb.settings.values()).map((p) => [p.key, p.value])),
      documentProperties: wb.props,
      application: { calculationMode: wb.application.calculationMode },
      deleted: wb.deleted,
    };
  }

  /**
   * Formulas whose references would not resolve in Excel: a Table[...] that does not exist or a
   * column it does not have, [@Column] outside a table or naming a missing column, Sheet! refs to a
   * missing sheet, and INCENTIVE.X functions that are not registered (CustomFunctions.associate).
   */
  function registeredFunctions(): string[] | null {
    const names = host.registeredFunctions ? host.registeredFunctions() : null;
    return names ? names.map((n) => n.toUpperCase()) : null;
  }
  /** What a formula in sheet!(r, c) can refer to, for formulaRules. */
  function formulaContext(s: Sheet, r: number, c: number, checkFunctions: "all" | "custom"): FormulaContext {
    const own = wb.tables.find((t) => t.sheet === s && r >= t.r0 && r <= t.r1 && c >= t.c0 && c <= t.c1);
    return {
      tableHeaders: (name) => {
        const t = tableByName(name);
        return t ? tableHeaders(t) : null;
      },
      ownTable: own ? { name: own.name, headers: tableHeaders(own) } : null,
      sheetExists: (name) => !!sheetByName(name),
      nameExists: (name) => wb.names.some((n) => sameName(n.name, name)),
      customFunctions: registeredFunctions(),
      checkFunctions,
      checkSyntax: checkFunctions === "all",
    };
  }
  /** Excel refuses the formula being written: the write fails with InvalidArgument (see formulaRules.ts). */
  function checkWrittenFormula(s: Sheet, r: number, c: number, formula: string) {
    if (seeding) return;
    const problems = formulaProblems(formula, formulaContext(s, r, c, "all"));
    if (problems.length)
      fail(
        "InvalidArgument",
        `Excel can't use the formula ${formula.length > 80 ? formula.slice(0, 77) + "..." : formula} in ${addressOf(s, { r0: r, r1: r, c0: c, c1: c })}: ${problems.join("; ")}.`,
      );
  }

  /**
   * Formulas whose references would not resolve in Excel now (written when they did, broken since
   * by a rename or delete, or the user's own): a Table[...] that does not exist or a column it does
   * not have, [@Column] outside a table or naming a missing column, Sheet! refs to a missing sheet,
   * and INCENTIVE.X functions that are not registered (CustomFunctions.associate).
   */
  function checkFormulas() {
    const problems: { cell: string; formula: string; problem: string }[] = [];
    for (const s of wb.sheets) {
      for (const [k, cell] of s.cells) {
        if (cell.formula === null) continue;
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        const at = addressOf(s, { r0: r, r1: r, c0: c, c1: c });
        for (const problem of formulaProblems(cell.formula, formulaContext(s, r, c, "custom")))
          problems.push({ cell: at, formula: cell.formula, problem });
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- the initial workbook
  function seed(spec?: any) {
    const sheets = spec && spec.sheets && spec.sheets.length ? spec.sheets : [{ name: "Sheet1" }];
    for (const sp of sheets) {
      const s = newSheet(sp.name, "user");
      if (sp.visibility) s.visibility = sp.visibility;
      wb.sheets.push(s);
      for (const [addr, spec] of Object.entries(sp.cells || {})) {
        const box = parseRef(addr);
        if (!box) throw new Error(`Excel model config: bad cell address ${addr}`);
        const v: any = spec !== null && typeof spec === "object" ? spec : { input: spec };
        if (v.numberFormat) ensureCell(s, box.r0, box.c0).numberFormat = v.numberFormat;
        if ("input" in v) writeFormula(s, box.r0, box.c0, v.input);
        if ("value" in v) writeValue(s, box.r0, box.c0, v.value);
        if ("formula" in v) writeFormula(s, box.r0, box.c0, v.formula);
        if ("computed" in v) ensureCell(s, box.r0, box.c0).computed = v.computed;
      }
      if (sp.values) {
        const at = parseRef(sp.valuesAt || "A1") as Box;
        sp.values.forEach((row: any, i: any) =>
          row.forEach((v: any, j: any) => writeFormula(s, at.r0 + i, at.c0 + j, v)),
        );
      }
      for (const ts of sp.tables || []) {
        const t = createTable(s, parseRef(ts.address), ts.hasHeaders !== false, "user");
        t.name = ts.name || t.name;
      }
      if (sp.protected) protect(s.protection, s.name, sp.protected === true ? {} : sp.protected);
      for (const [k, v] of Object.entries(sp.customProperties || {}))
        s.customProperties.set(k.toLowerCase(), { key: k, value: v, map: s.customProperties });
    }
    for (const n of (spec && spec.names) || [])
      wb.names.push({
        name: n.name,
        formula: n.formula,
        comment: n.comment || "",
        visible: true,
        scope: n.sheet ? "Worksheet" : "Workbook",
        sheet: n.sheet ? sheetByName(n.sheet) : null,
        origin: "user",
      });
    for (const [k, v] of Object.entries((spec && spec.customProperties) || {}))
      wb.customProperties.set(k.toLowerCase(), { key: k, value: v, map: wb.customProperties });
    for (const [k, v] of Object.entries((spec && spec.settings) || {}))
      wb.settings.set(k.toLowerCase(), { key: k, value: v, map: wb.settings });
    if (spec && spec.activeSheet) wb.active = sheetByName(spec.activeSheet);
  }
  let seeding = true;
  seed(config.workbook);
  seeding = false;
  warnings.length = 0; // the user's own workbook is not the add-in's doing

  // ---------------------------------------------------------------- Excel.run and the globals
  async function run(a?: any, b?: any) {
    let batch = a;
    let options: any = {};
    if (typeof a !== "function") {
      batch = b;
      options = a || {};
    }
    if (typeof batch !== "function")
      throw new OfficeExtensionError("InvalidArgument", "Excel.run needs a batch function.");
    let ctx = null;
    const fromObject = (o?: any) => (o instanceof RequestContext ? o : unwrap(o) ? unwrap(o)._ctx : null);
    ctx =
      fromObject(options) ||
      (Array.isArray(options) && options.length ? fromObject(options[0]) : null) ||
      fromObject(options.previousObjects);
    const fresh = !ctx;
    if (fresh) {
      runNumber++;
      ctx = new RequestContext();
    }
    const runOptions =
      fresh && options && typeof options === "object" && !Array.isArray(options)
        ? { mergeUndoGroup: options.mergeUndoGroup, delayForCellEdit: options.delayForCellEdit }
        : {};
    if (fresh && runOptions.mergeUndoGroup) {
      // RunOptions.mergeUndoGroup is ExcelApi 1.20: a host without it fails the run's first sync
      // (ApiNotFound); with it, the run is one undo group and every write must support undo.
      ctx._runApis = ["RunOptions.mergeUndoGroup"];
      ctx._grouped = true;
    }
    const entry = record(ctx, "run", "Excel", "run", { options: plain(runOptions) });
    try {
      const result = await batch(ctx);
      if (ctx._queue.length) await ctx._sync(true);
      record(ctx, "runEnd", "Excel", "run", { ok: true });
      return result;
    } catch (e: any) {
      ctx._queue = [];
      record(ctx, "runEnd", "Excel", "run", { ok: false, error: e && e.message ? e.message : String(e) });
      entry.error = e && e.message ? e.message : String(e);
      throw e;
    }
  }

  /** Enum namespaces (Excel.SheetVisibility.hidden → "Hidden") for anything not listed. */
  function enumProxy(name?: any) {
    return new Proxy(
      {},
      {
        get(t, p) {
          if (typeof p === "symbol") return undefined;
          return p.charAt(0).toUpperCase() + p.slice(1);
        },
      },
    );
  }

  const OfficeExtension: any = {
    Error: OfficeExtensionError,
    ErrorCodes: { ...ErrorCodes },
    ClientResult,
    config: { extendedErrorLogging: false },
    ClientRequestContext: RequestContext,
  };

  /** Excel.createWorkbook: each workbook created is kept for the test (createWorkbook.ts). */
  const workbooksCreated = createWorkbookApi(settings, () => runNumber);
  const explicit: Record<string, unknown> = {
    run,
    RequestContext,
    ErrorCodes,
    createWorkbook: workbooksCreated.createWorkbook,
    __recording: true,
  };
  const Excel: any = new Proxy(explicit, {
    get(t, p) {
      if (typeof p === "symbol" || p === "then") return undefined;
      if (p in t) return t[p];
      return (t[p] = enumProxy(p));
    },
  });

  const api = {
    Excel,
    OfficeExtension,
    /** Office.context.requirements for this host (requirementSets.ts). */
    requirements: requirementsFor(settings),
    /** The host played: { host, excelApi }, and office.js's platform name. */
    host: { ...settings, platform: platformOf(hostKind) },
    /** Where an API without undo support, called outside a grouped run, cleared the user's undo stack. */
    undoStackCleared,
    /** Every workbook Excel.createWorkbook created, in order: { base64 (null for a blank one), parts, run }. */
    createdWorkbooks: workbooksCreated.created,
    /** Makes the next Excel.createWorkbook call reject with `code` (GeneralException by default). */
    failNextCreateWorkbook: workbooksCreated.failNext,
    /** Makes sync n fail after `afterOps` operations with `code` (GeneralException by default). */
    failSync(sync: number, options: Omit<SyncFailure, "sync"> = {}) {
      failures.push({ sync, ...options });
    },
    config,
    log,
    warnings,
    userChanges,
    get syncs() {
      return explicitSyncs;
    },
    get implicitSyncs() {
      return implicitSyncs;
    },
    snapshot,
    checkFormulas,
    syncStats,
    /**
     * A RequestContext outside Excel.run, for workbook code that takes one (as
     * `new Excel.RequestContext()` gives in Excel); its syncs count like any other.
     */
    newContext(): any {
      runNumber++;
      return new RequestContext();
    },
    /** The user's own edits, made outside the add-in (not logged, not checked): values or formulas as typed. */
    userEdit(sheetName: string, address: string, grid: unknown[][]) {
      const s = sheetByName(sheetName);
      const box = parseRef(address);
      if (!s || !box) throw new Error(`Excel model: no ${sheetName}!${address} to edit`);
      const was = seeding;
      seeding = true;
      try {
        grid.forEach((row, i) => row.forEach((v, j) => writeFormula(s, box.r0 + i, box.c0 + j, v)));
      } finally {
        seeding = was;
      }
    },
    /** The user protects a sheet (Review › Protect Sheet), with Excel's default options unless given. */
    userProtect(sheetName: string, options: Record<string, unknown> = {}) {
      const s = sheetByName(sheetName);
      if (!s) throw new Error(`Excel model: no sheet ${sheetName} to protect`);
      protect(s.protection, s.name, options);
    },
    /** The user unprotects a sheet (Review › Unprotect Sheet). */
    userUnprotect(sheetName: string) {
      const s = sheetByName(sheetName);
      if (!s) throw new Error(`Excel model: no sheet ${sheetName} to unprotect`);
      unprotect(s.protection, s.name, s.protection.password ?? undefined);
    },
    /** Whether a sheet is protected now (Worksheet.protection.protected). */
    isProtected(sheetName: string): boolean {
      const s = sheetByName(sheetName);
      if (!s) throw new Error(`Excel model: no sheet ${sheetName}`);
      return s.protection.protected;
    },
    /** The selection (Workbook.getSelectedRange), as a test sets it: select("Data", "A1:B5"). */
    select(sheetName: string, address: string) {
      const s = sheetByName(sheetName);
      const box = parseRef(address);
      if (!s || !box) throw new Error(`Excel model: no ${sheetName}!${address} to select`);
      wb.selection = { sheet: s, box };
      wb.active = s;
    },
    /** The active sheet's name, as the user sees it. */
    get activeSheet(): string {
      return activeSheet().name;
    },
    /** The selection as the user sees it: { sheet, address }. */
    get selection(): { sheet: string; address: string } {
      const s = selection();
      return { sheet: s.sheet.name, address: refOf(s.box) };
    },
    /** What Excel calculated for formula cells (the model calculates nothing): e.g. 1200 or "#VALUE!", by a test. */
    setComputed(sheetName: string, address: string, grid: unknown[][]) {
      const s = sheetByName(sheetName);
      const box = parseRef(address);
      if (!s || !box) throw new Error(`Excel model: no ${sheetName}!${address} to compute`);
      grid.forEach((row, i) => row.forEach((v, j) => (ensureCell(s, box.r0 + i, box.c0 + j).computed = v)));
    },
    /** Operations of one kind/member, e.g. calls("add", "workbook.worksheets"). */
    calls(member: string, targetPrefix?: string) {
      return log.filter((e) => e.member === member && (!targetPrefix || String(e.target).startsWith(targetPrefix)));
    },
    addresses: { colName, colIndex, parseRef, refOf },
  };
  return api;
}
