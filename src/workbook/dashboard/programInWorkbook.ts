/* global Excel */
/*
 * A program as the dashboard and statements writers find it in the workbook: its plan read back,
 * its data table's header, size and (when asked) rows, and every sheet with the add-in's ownership
 * mark, in two syncs (chunked past the first block of rows). generate.ts places and writes sheets
 * from it; readPartnerInputs gives the partners' rows as the engine reads them.
 */
import { programTierTable, ProgramDefinition } from "../../engine";
import type { PartnerRecord } from "../contract";
import { detectExcelFeatures } from "../excelFeatures";
import { ExistingNames, tableName } from "../names";
import { OWNER_PROPERTY, parseOwnerMark } from "../ownership";
import { PlanReadError, programFromTables } from "../readPlan";
import { addMissingSettingNames, namedSettingValues, queueSettingNames } from "../program/settingNames";
import type { SheetRole } from "../sheetPlan";
import { DataColumns, dataColumns, requiredHeaders } from "./programRefs";
import { FIRST_BLOCK_ROWS, blockRows, queueFirstBlock, readRemainingRows } from "../chunkedRead";
import { formatMessage } from "../words";
import { queueExistingNames } from "../workbookNames";

export interface SheetInfo {
  readonly name: string;
  /** The ownership mark's key, role and part (statements), when the sheet carries the add-in's mark. */
  readonly mark: { key: string; role: SheetRole; part?: number } | null;
  readonly charts: number;
}

export interface ProgramInWorkbook {
  readonly key: string;
  readonly program: ProgramDefinition;
  readonly columns: DataColumns;
  /** Data rows of the data table (a blank placeholder row counts). */
  readonly rows: number;
  /** The data table's data rows, when they were asked for. */
  readonly values: readonly (readonly unknown[])[] | null;
  /** Syncs the read took: 2, and one more per response budget's worth of rows beyond the first block. */
  readonly readSyncs: number;
  /** Queues the setting names the program lacks (program/settingNames.ts), for sheets whose formulas read them. */
  readonly addSettingNames: () => void;
  readonly header: readonly string[];
  readonly sheets: readonly SheetInfo[];
  readonly existing: ExistingNames;
}

/** Reads a program and its data table in two syncs. */
export async function readProgramInWorkbook(
  context: Excel.RequestContext,
  key: string,
  withValues: boolean,
): Promise<ProgramInWorkbook> {
  const { worksheets, tables, names } = context.workbook;
  const existing = queueExistingNames(context.workbook);
  await context.sync();
  const find = (suffix: "Settings" | "KPIs" | "Tiers" | "Data") => {
    const wanted = tableName(key, suffix).toLowerCase();
    return tables.items.find((t) => t.name.toLowerCase() === wanted);
  };
  const [settings, kpis, tiers, data] = [find("Settings"), find("KPIs"), find("Tiers"), find("Data")];
  const missing = (["Settings", "KPIs", "Tiers", "Data"] as const).filter((_, i) => ![settings, kpis, tiers, data][i]);
  if (missing.length > 0) {
    throw new PlanReadError(
      formatMessage("programIncomplete", { key, tables: missing.map((s) => tableName(key, s)).join(", ") }),
    );
  }
  const plan = [settings!, kpis!, tiers!].map((t) => t.getRange().load("values,address"));
  const named = queueSettingNames(key, names);
  const header = data!.getHeaderRowRange().load("values");
  const body = data!.getDataBodyRange().load("rowCount");
  // The rows' values in blocks within the response budget (chunkedRead.ts), the first in this sync.
  const first = withValues ? queueFirstBlock(body, ["values"], FIRST_BLOCK_ROWS.values) : null;
  const marks = detectExcelFeatures().customProperties;
  const sheets = worksheets.items.map((ws) => ({
    ws,
    mark: marks ? ws.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value") : null,
    charts: ws.charts.getCount(),
  }));
  await context.sync();

  const program = programFromTables(
    plan[0].values,
    plan[1].values,
    plan[2].values,
    { settings: tableName(key, "Settings"), kpis: tableName(key, "KPIs"), tiers: tableName(key, "Tiers") },
    namedSettingValues(named),
  );
  const columns = dataColumns(program);
  const headerRow = (header.values[0] ?? []).map((h) => String(h ?? "").trim());
  const lower = new Set(headerRow.map((h) => h.toLowerCase()));
  const absent = requiredHeaders(columns).filter((h) => !lower.has(h.toLowerCase()));
  if (absent.length > 0) {
    throw new PlanReadError(
      formatMessage("dataColumnsMissing", {
        table: tableName(key, "Data"),
        columns: absent.map((h) => `“${h}”`).join(", "),
      }),
    );
  }
  let values: unknown[][] | null = null;
  let readSyncs = 2;
  if (first) {
    const read = blockRows(first, ["values"], Math.min(body.rowCount, FIRST_BLOCK_ROWS.values));
    readSyncs += await readRemainingRows(context, body, ["values"], read, body.rowCount);
    values = read.values!;
  }
  return {
    key,
    program,
    // An earlier version's workbook has no setting names: queued before live formulas use them.
    addSettingNames: () => addMissingSettingNames(context, key, plan[0], named),
    columns,
    rows: body.rowCount,
    values,
    readSyncs,
    header: headerRow,
    sheets: sheets.map((s) => ({
      name: s.ws.name,
      mark: s.mark && !s.mark.isNullObject ? parseOwnerMark(s.mark.value) : null,
      charts: s.charts.value,
    })),
    existing: existing(),
  };
}

/** The partners' rows of the data table, as the engine reads them (blank rows skipped). Two syncs. */
export async function readPartnerInputs(context: Excel.RequestContext, key: string): Promise<PartnerRecord[]> {
  return partnerRecords(await readProgramInWorkbook(context, key, true));
}

export function partnerRecords(w: ProgramInWorkbook): PartnerRecord[] {
  const at = (h: string) => w.header.findIndex((x) => x.toLowerCase() === h.toLowerCase());
  const c = w.columns;
  const id = at(c.partnerId);
  const name = at(c.partner);
  const actual = c.actual.map(at);
  const target = c.target.map((t) => (t === null ? -1 : at(t)));
  const records: PartnerRecord[] = [];
  (w.values ?? []).forEach((row, i) => {
    const actuals = actual.map((j) => numberOrNull(row[j]));
    const targets = target.map((j) => (j < 0 ? null : numberOrNull(row[j])));
    const who = { id: textOf(row[id]), name: textOf(row[name]) };
    if (who.id === "" && who.name === "" && actuals.every((a) => a === null)) return;
    records.push({ ...who, actuals, targets, row: i + 1 });
  });
  // The engine refuses a tier table it cannot read: say so before anything is written.
  programTierTable(w.program);
  return records;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function textOf(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}
