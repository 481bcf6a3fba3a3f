/* global Excel */
/*
 * Partner results that already live in the user's workbook (DataSource kind "existing"): the
 * user's Excel tables as the wizard offers them (name, sheet, headers, row count), and the
 * mapping of a program's partner, KPI and target columns onto one of them. The user's table is
 * only ever READ here: a program over it gets a results sheet of its own whose rows follow the
 * user's table with formulas (describeProgram.ts), and nothing of the user's is written.
 */
import { type ProgramDefinition } from "../engine";
import type { ExistingNames } from "./names";
import { TABLE_PREFIX } from "./names";
import { tableColumn } from "./formulas";
import {
  MAX_RANGE_ROWS,
  SheetRange,
  parseSourceRange,
  quotedSheet,
  rangeCells,
  rangeColumnRef,
  rangeText,
} from "./sourceRange";
import { formatMessage, quotedList } from "./words";
import { queueExistingNames } from "./workbookNames";

/** A header row as read from Excel (numbers, blanks) as the text a mapping matches. */
export function headerTexts(values: readonly (readonly unknown[])[]): string[] {
  return (values[0] ?? []).map((h) => String(h ?? ""));
}

/** One of the user's tables, as the wizard shows it and the writer maps it. */
export interface SourceTable {
  readonly name: string;
  readonly sheet: string;
  /** The header row, as the table has it. */
  readonly headers: readonly string[];
  /** Data rows (Excel tables always have one at least). */
  readonly rows: number;
  /** Set when the partner data is a plain range of cells: where it is (its name is then its address). */
  readonly range?: SheetRange;
}

/** The program's columns found in the user's table, spelled as the table spells them. */
export interface ResolvedSource {
  readonly table: string;
  readonly sheet: string;
  readonly rows: number;
  readonly partner: string;
  readonly partnerName: string;
  /** Each KPI's actual column. */
  readonly kpis: readonly string[];
  /** Each KPI's per-partner target column; null where the KPI's target is fixed. */
  readonly targets: readonly (string | null)[];
  /** A plain range rather than a table: where it is, and its header row to find columns by. */
  readonly range?: { readonly at: SheetRange; readonly headers: readonly string[] };
}

/**
 * A mapped column's partner rows as a formula names them: Sales[Units] in a table, or
 * 'Sales data'!$C$2:$C$61 in a plain range.
 */
export function sourceColumn(source: ResolvedSource, column: string): string {
  if (!source.range) return tableColumn(source.table, column);
  return rangeColumnRef(source.range.at, source.range.headers.indexOf(column));
}

/**
 * The user's tables with their headers and row counts, in two syncs (one when there is none).
 * The add-in's own tables (PI_…) are left out: they are not partner data a program reads.
 */
export async function listSourceTables(context: Excel.RequestContext): Promise<SourceTable[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const theirs = tables.items.filter((t) => !t.name.toUpperCase().startsWith(TABLE_PREFIX.toUpperCase()));
  if (theirs.length === 0) return [];
  const loaded = theirs.map((t) => ({
    name: t.name,
    header: t.getHeaderRowRange().load("values"),
    body: t.getDataBodyRange().load("rowCount"),
    sheet: t.worksheet.load("name"),
  }));
  await context.sync();
  return loaded.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    headers: headerTexts(t.header.values),
    rows: t.body.rowCount,
  }));
}

/**
 * The workbook's names (as readExistingNames gives them) and the named source table, in two
 * syncs: what createProgram and previewProgramWrite need before describing a program over it.
 * The table is null when the workbook has no table by that name.
 */
export async function readNamesAndSource(
  context: Excel.RequestContext,
  tableName: string,
): Promise<{ existing: ExistingNames; table: SourceTable | null }> {
  const tables = context.workbook.tables;
  const read = queueExistingNames(context.workbook);
  await context.sync();
  const existing: ExistingNames = read();
  if (isRangeAddress(tableName)) return { existing, table: await readRangeSource(context, tableName, existing.sheets) };
  const found = tables.items.find((t) => t.name.toLowerCase() === tableName.trim().toLowerCase());
  if (!found) return { existing, table: null };
  const header = found.getHeaderRowRange().load("values");
  const body = found.getDataBodyRange().load("rowCount");
  const sheet = found.worksheet.load("name");
  await context.sync();
  return {
    existing,
    table: {
      name: found.name,
      sheet: sheet.name,
      headers: headerTexts(header.values),
      rows: body.rowCount,
    },
  };
}

/**
 * A plain range as partner data: its first row's headers and the rows below, in two syncs (one
 * when the workbook's sheet names are already known). Null when the address is not a usable
 * range or its sheet is missing (resolveSource says which).
 */
export async function readRangeSource(
  context: Excel.RequestContext,
  address: string,
  sheetNames?: readonly string[],
): Promise<SourceTable | null> {
  const parsed = parseSourceRange(address);
  if (!parsed.ok) return null;
  const at = parsed.range;
  if (sheetNames) {
    // Excel finds sheets ignoring case, as getItemOrNullObject does below.
    if (!sheetNames.some((n) => n.toLowerCase() === at.sheet.toLowerCase())) return null;
  } else {
    const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet).load("name");
    await context.sync();
    if (sheet.isNullObject) return null;
  }
  const header = context.workbook.worksheets
    .getItem(at.sheet)
    .getRange(rangeCells({ ...at, bottom: at.top }))
    .load("values");
  await context.sync();
  return {
    name: rangeText(at),
    sheet: at.sheet,
    headers: headerTexts(header.values),
    rows: at.bottom - at.top,
    range: at,
  };
}

/**
 * The range selected in Excel as partner data ("Use the selected range" in the wizard), in two
 * syncs. A selection of one row, whole columns or several areas is refused with the reason.
 */
export async function readSelectedRangeSource(context: Excel.RequestContext): Promise<SourceTable> {
  const selected = context.workbook.getSelectedRange().load("address");
  const sheet = selected.worksheet.load("name");
  await context.sync();
  // Excel's address names the sheet ("'Q3 data'!B2:D5"); qualify it in case a host leaves it out.
  const address = selected.address.includes("!") ? selected.address : `${quotedSheet(sheet.name)}!${selected.address}`;
  const parsed = parseSourceRange(address);
  if (!parsed.ok) throw new Error(rangeProblem(address, parsed.problem, true));
  const table = await readRangeSource(context, address);
  if (!table) throw new Error(formatMessage("sourceRangeSheetMissing", { sheet: parsed.range.sheet, source: address }));
  return table;
}

function rangeProblem(
  source: string,
  problem: Exclude<ReturnType<typeof parseSourceRange>, { ok: true }>["problem"],
  selection = false,
): string {
  if (selection && (problem === "notAnAddress" || problem === "tooSmall"))
    return formatMessage("sourceSelectionNotRange", { selection: source });
  switch (problem) {
    case "noSheet":
      return formatMessage("sourceRangeNoSheet", { source });
    case "wholeColumns":
      return formatMessage("sourceRangeWholeColumns", { source });
    case "tooSmall":
      return formatMessage("sourceRangeTooSmall", { source });
    case "tooLarge":
      return formatMessage("sourceRangeTooLarge", { source, max: MAX_RANGE_ROWS.toLocaleString("en-US") });
    default:
      return formatMessage("sourceRangeInvalid", { source });
  }
}

/** True when the source looks like a range address ("'Q3 data'!A1:F61", "A1:F61") rather than a table name. */
export function isRangeAddress(source: string): boolean {
  return /!/.test(source) || /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(source.trim());
}

/**
 * The program's columns in the user's table, or the reason they cannot be read, in the user's
 * words (naming the missing table or column). Headers are matched ignoring case and surrounding
 * spaces, as Excel's structured references match them; the result spells them as the table does.
 */
export function resolveSource(
  p: ProgramDefinition,
  table: SourceTable | null,
): { ok: true; source: ResolvedSource } | { ok: false; problem: string } {
  if (p.source.kind !== "existing") return { ok: false, problem: formatMessage("sourceNotExisting") };
  const s = p.source;
  const wanted = s.source.trim();
  if (isRangeAddress(wanted)) {
    const parsed = parseSourceRange(wanted);
    if (!parsed.ok) return { ok: false, problem: rangeProblem(wanted, parsed.problem) };
    if (!table)
      return {
        ok: false,
        problem: formatMessage("sourceRangeSheetMissing", { sheet: parsed.range.sheet, source: wanted }),
      };
  }
  if (!table) return { ok: false, problem: formatMessage("sourceTableMissing", { source: wanted }) };
  const find = (column: string): string | null => {
    const key = column.trim().toLowerCase();
    return table.headers.find((h) => h.trim().toLowerCase() === key) ?? null;
  };
  const missing = (column: string, what: string) => ({
    ok: false as const,
    problem: formatMessage("sourceColumnMissing", {
      table: table.name,
      column: column.trim(),
      what,
      columns: quotedList(table.headers),
    }),
  });
  const partner = find(s.partnerColumn);
  if (partner === null) return missing(s.partnerColumn, formatMessage("mappedPartner"));
  const nameColumn = (s.partnerNameColumn ?? "").trim() === "" ? partner : find(s.partnerNameColumn!);
  if (nameColumn === null) return missing(s.partnerNameColumn!, formatMessage("mappedPartnerName"));
  const kpis: string[] = [];
  for (let i = 0; i < p.kpis.length; i++) {
    const found = find(s.kpiColumns[i] ?? "");
    if (found === null)
      return missing(s.kpiColumns[i] ?? "", formatMessage("mappedKpi", { kpi: p.kpis[i].name.trim() }));
    kpis.push(found);
  }
  const targets: (string | null)[] = [];
  for (let i = 0; i < p.kpis.length; i++) {
    if (p.kpis[i].targetMode !== "perPartner") {
      targets.push(null);
      continue;
    }
    const column = s.targetColumns?.[i] ?? "";
    const found = find(column);
    if (found === null) return missing(column, formatMessage("mappedTarget", { kpi: p.kpis[i].name.trim() }));
    targets.push(found);
  }
  return {
    ok: true,
    source: {
      table: table.name,
      sheet: table.sheet,
      rows: table.rows,
      partner,
      partnerName: nameColumn,
      kpis,
      targets,
      ...(table.range ? { range: { at: table.range, headers: table.headers } } : {}),
    },
  };
}
