/* global Excel */
/*
 * Sheets the user has protected (Review › Protect Sheet). Excel refuses a write into a protected
 * sheet with AccessDenied, and a refused sync may leave the calls before it applied, so a write
 * first checks, in the read it makes anyway, that no sheet it writes to is protected, and refuses
 * with the sheets' names before writing anything. The add-in never unprotects a sheet itself: the
 * password is the user's. https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
 */
import { quotedList } from "../words";
import { WorkbookWriteError, excelErrorCode } from "../writeError";
import { protectionMessage } from "./protectionMessage";

/** Which sheets are protected, and the tables on them, as read before a write. */
export interface ProtectionRead {
  /** The protected sheets' names. */
  readonly sheets: readonly string[];
  /** The tables on those sheets, each with its sheet. */
  readonly tables: readonly { readonly table: string; readonly sheet: string }[];
}

/** The sheets and tables a write will write to. */
export interface WriteTargets {
  readonly sheets?: readonly string[];
  readonly tables?: readonly string[];
}

/**
 * Queues the loads of every sheet's protection and every table's sheet in the caller's sync (no
 * round trip of its own). Queue it after any other load of the same collections: a later load of
 * "items/name" would replace the items this one loaded.
 */
export function queueProtectionRead(workbook: Excel.Workbook): () => ProtectionRead {
  const { worksheets, tables } = workbook;
  worksheets.load("items/name,items/protection/protected");
  tables.load("items/name,items/worksheet/name");
  return () => {
    const sheets = worksheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name);
    const lower = new Set(sheets.map((s) => s.toLowerCase()));
    return {
      sheets,
      tables: tables.items
        .filter((t) => lower.has(t.worksheet.name.toLowerCase()))
        .map((t) => ({ table: t.name, sheet: t.worksheet.name })),
    };
  };
}

/** The protected sheets among a write's targets (a table's sheet for a table), each once. */
export function protectedTargets(protection: ProtectionRead | undefined, targets: WriteTargets): string[] {
  if (!protection || protection.sheets.length === 0) return [];
  const found = new Map<string, string>();
  const wantedSheets = new Set((targets.sheets ?? []).map((s) => s.toLowerCase()));
  for (const sheet of protection.sheets)
    if (wantedSheets.has(sheet.toLowerCase())) found.set(sheet.toLowerCase(), sheet);
  const wantedTables = new Set((targets.tables ?? []).map((t) => t.toLowerCase()));
  for (const t of protection.tables)
    if (wantedTables.has(t.table.toLowerCase())) found.set(t.sheet.toLowerCase(), t.sheet);
  return [...found.values()];
}

/**
 * Refuses a write, before anything is written, when a sheet it writes to is protected: the
 * error names the sheets and says how to unprotect them (restored: nothing was changed).
 */
export function refuseProtectedTargets(protection: ProtectionRead | undefined, targets: WriteTargets): void {
  const sheets = protectedTargets(protection, targets);
  if (sheets.length === 0) return;
  const id = sheets.length === 1 ? "sheetProtected" : "sheetsProtected";
  throw new WorkbookWriteError(protectionMessage(id, { sheets: quotedList(sheets) }), { restored: true });
}

/** The same refusal for one sheet loaded with its protection (`load("name,protection/protected")`). */
export function refuseProtectedSheet(sheet: Excel.Worksheet): void {
  if (sheet.protection.protected)
    refuseProtectedTargets({ sheets: [sheet.name], tables: [] }, { sheets: [sheet.name] });
}

/** True for Excel's AccessDenied: what a protected sheet answers to a write. */
export function isAccessDenied(e: unknown): boolean {
  return excelErrorCode(e) === "AccessDenied";
}

/**
 * Those of `sheets` that read protected now (one sync); none when they cannot be read. After
 * AccessDenied in a write's first request, such a sheet (unprotected when the write read it) got
 * none of the write: a protected sheet refuses every write into it.
 */
export async function protectedNow(context: Excel.RequestContext, sheets: readonly string[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  try {
    const read = sheets.map((name) => ({
      name,
      p: context.workbook.worksheets.getItem(name).protection.load("protected"),
    }));
    await context.sync();
    return read.filter((r) => r.p.protected).map((r) => r.name);
  } catch {
    return [];
  }
}
