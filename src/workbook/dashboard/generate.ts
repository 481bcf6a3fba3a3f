/* global Excel */
/*
 * What the task pane calls to generate a program's dashboard and statements. Each takes the
 * RequestContext of the caller's Excel.run (run writes through runAsOneUndoStep, so one Ctrl+Z
 * takes a regeneration back where Excel supports it).
 *
 * Syncs, whatever the partner count: 2 to read (names; then the plan tables, the data table's
 * header and size, and the sheets' ownership marks), then applyWorkbookPlan's write (1 up to the
 * 3.5 MB request budget) and its finishing sync. The dashboard's request does not grow with the
 * partners at all (its per-partner table is one spilling formula per column); the live
 * statements grow only by their page breaks (300 bytes each); values-only statements grow with
 * their values, one more sync per 3.5 MB.
 *
 * Statements are written in parts, a sheet per 1,026 partners (statementParts.ts), all in the
 * same write: each part is placed like a sheet of its own (its part number in its mark), and
 * parts no longer needed are emptied with a note, never deleted.
 *
 * Where the sheet goes: the add-in's own sheet for this program and role (found by its ownership
 * mark, under its usual name or renamed) is cleared and rewritten in place; otherwise a new sheet
 * is added, under a fresh name if a user's sheet already has the usual one. A user's sheet is
 * never written to.
 */
import { programTierTable, ProgramDefinition } from "../../engine";
import { markPart } from "../ownership";
import { PARTNERS_PER_PART, StatementPart, describeUnusedPart, partLabel, statementParts } from "./statementParts";
import { applyWorkbookPlan, InPlaceSheet, WorkbookWriteError } from "../applyPlan";
import type { GeneratedSheet, GenerateOptions, PartnerRecord } from "../contract";
import { detectExcelFeatures } from "../excelFeatures";
import { SheetLabels, sheetLabels } from "../labels";
import { ExistingNames, NO_EXISTING_NAMES, SheetNamer, tableName } from "../names";
import { labelsOf } from "../planTables";
import { OWNER_PROPERTY } from "../ownership";
import { PlanReadError, programFromTables } from "../readPlan";
import { addMissingSettingNames, namedSettingValues, queueSettingNames } from "../program/settingNames";
import { SHEET_ROLES, SheetPlan, SheetRole } from "../sheetPlan";
import { describeDashboard } from "./describeDashboard";
import { describeStatements } from "./describeStatements";
import { excelSerialOf } from "./time";
import { DataColumns, dataColumns, requiredHeaders } from "./programRefs";
import { beforeWriting } from "../writeError";
import { describeValuesOnlyStatement } from "./valuesOnlyStatement";
import { FIRST_BLOCK_ROWS, blockRows, queueFirstBlock, readRemainingRows } from "../chunkedRead";
import { formatMessage, quotedList } from "../words";

/** The words of a generated sheet: the language asked for, else the program's. */
function wordsFor(program: ProgramDefinition, options: GenerateOptions): SheetLabels {
  return options.language ? sheetLabels(options.language) : labelsOf(program);
}

interface SheetInfo {
  readonly name: string;
  /** The ownership mark's key, role and part (statements), when the sheet carries the add-in's mark. */
  readonly mark: { key: string; role: SheetRole; part?: number } | null;
  readonly charts: number;
}

interface ProgramInWorkbook {
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
async function readProgramInWorkbook(
  context: Excel.RequestContext,
  key: string,
  withValues: boolean,
): Promise<ProgramInWorkbook> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
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
      mark: s.mark && !s.mark.isNullObject ? parseMark(s.mark.value) : null,
      charts: s.charts.value,
    })),
    existing: {
      sheets: worksheets.items.map((s) => s.name),
      tables: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
    },
  };
}

/**
 * An ownership mark of any role, with its part number for statements written in parts; a mark
 * without one (written before parts existed) is part 1 (markPart).
 */
export function parseMark(value: unknown): { key: string; role: SheetRole; part?: number } | null {
  if (typeof value !== "string") return null;
  try {
    const o = JSON.parse(value) as Record<string, unknown>;
    if (typeof o.key === "string" && SHEET_ROLES.includes(o.role as SheetRole)) {
      const part = o.part;
      return typeof part === "number" && Number.isInteger(part) && part >= 1
        ? { key: o.key, role: o.role as SheetRole, part }
        : { key: o.key, role: o.role as SheetRole };
    }
  } catch {
    // not JSON: not our mark
  }
  return null;
}

/**
 * Where a generated sheet goes: the add-in's own sheet of this program and role (by its usual
 * name, or — for the one-per-program sheets — wherever the mark is, in case it was renamed) is
 * rewritten in place; otherwise a new sheet under the usual name, or a fresh one if that is taken.
 * With `part` (statements in parts), only a sheet whose mark names that part is its own (a mark
 * without a part is part 1); parts after the first are found by their mark wherever they are.
 * `taken`: names given to new sheets earlier in the same write.
 */
export function placeSheet(
  w: Pick<ProgramInWorkbook, "key" | "program" | "sheets" | "existing">,
  role: SheetRole,
  base: string,
  label: string,
  onePerProgram: boolean,
  part?: number,
  taken: readonly string[] = [],
): { name: string; inPlace: InPlaceSheet | null } {
  const ours = (s: SheetInfo) =>
    s.mark !== null &&
    s.mark.key.toLowerCase() === w.key.toLowerCase() &&
    s.mark.role === role &&
    (part === undefined || markPart(s.mark) === part);
  const usual = new SheetNamer(base, NO_EXISTING_NAMES).next(label);
  const byName = w.sheets.find((s) => s.name.toLowerCase() === usual.toLowerCase());
  const anywhere = onePerProgram || (part !== undefined && part > 1);
  const own = byName && ours(byName) ? byName : anywhere ? w.sheets.find(ours) : undefined;
  if (own) return { name: own.name, inPlace: { name: own.name, charts: own.charts } };
  const existing = { sheets: [...w.existing.sheets, ...taken], tables: w.existing.tables };
  return { name: new SheetNamer(base, existing).next(label), inPlace: null };
}

/** Where each part of the statements goes, and the add-in's parts beyond them (no longer needed). */
function placeParts(
  w: ProgramInWorkbook,
  role: "statements" | "statementValues",
  words: SheetLabels,
  parts: readonly StatementPart[],
  onePerProgram: boolean,
): { placed: { name: string; inPlace: InPlaceSheet | null }[]; unused: InPlaceSheet[] } {
  const taken: string[] = [];
  const placed = parts.map((p) => {
    const label = partLabel(words, role, p.part);
    const place = placeSheet(w, role, w.program.name, label, onePerProgram, p.part, taken);
    if (!place.inPlace) taken.push(place.name);
    return place;
  });
  const rewritten = new Set(placed.filter((p) => p.inPlace).map((p) => p.name.toLowerCase()));
  const unused = w.sheets
    .filter(
      (s) =>
        s.mark !== null &&
        s.mark.key.toLowerCase() === w.key.toLowerCase() &&
        s.mark.role === role &&
        markPart(s.mark) > parts.length &&
        !rewritten.has(s.name.toLowerCase()),
    )
    .map((s) => ({ name: s.name, charts: s.charts }));
  return { placed, unused };
}

/** Writes the statements' parts (and empties the unused ones) in one applyWorkbookPlan. */
async function writeParts(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
  role: "statements" | "statementValues",
  words: SheetLabels,
  parts: readonly StatementPart[],
  onePerProgram: boolean,
  describe: (part: StatementPart, name: string) => SheetPlan,
  partners: number,
): Promise<GeneratedSheet> {
  const { placed, unused } = placeParts(w, role, words, parts, onePerProgram);
  const first = placed[0].name;
  const sheets = [
    ...parts.map((p, k) => describe(p, placed[k].name)),
    ...unused.map((u) => describeUnusedPart(u.name, role, words, first)),
  ];
  const inPlace = [...placed.flatMap((p) => (p.inPlace ? [p.inPlace] : [])), ...unused];
  const applied = await applyWorkbookPlan(
    context,
    { key: w.key, programName: w.program.name, sheets, activeSheet: first },
    { existing: w.existing, inPlace },
  );
  const names = placed.map((p) => p.name);
  const notes: string[] = [];
  if (parts.length > 1) {
    notes.push(
      formatMessage("statementsInParts", {
        parts: parts.length,
        size: PARTNERS_PER_PART.toLocaleString("en-US"),
        sheets:
          names.length <= 4 ? quotedList(names) : `${quotedList(names.slice(0, 2))} … ${quotedList(names.slice(-1))}`,
      }),
    );
  }
  if (unused.length > 0)
    notes.push(formatMessage("statementsPartsUnused", { sheets: quotedList(unused.map((u) => u.name)) }));
  return {
    sheet: first,
    sheets: names,
    inPlace: placed[0].inPlace !== null,
    partners,
    syncs: w.readSyncs + applied.syncs,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

async function write(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
  sheet: SheetPlan,
  inPlace: InPlaceSheet | null,
  partners: number,
): Promise<GeneratedSheet> {
  const applied = await applyWorkbookPlan(
    context,
    { key: w.key, programName: w.program.name, sheets: [sheet], activeSheet: sheet.name },
    { existing: w.existing, inPlace: inPlace ? [inPlace] : [] },
  );
  return { sheet: sheet.name, inPlace: inPlace !== null, partners, syncs: w.readSyncs + applied.syncs };
}

/** Generates the program's dashboard, or rewrites the add-in's own dashboard in place. */
export async function generateDashboard(
  context: Excel.RequestContext,
  key: string,
  options: GenerateOptions = {},
): Promise<GeneratedSheet> {
  const w = await beforeWriting(() => readProgramInWorkbook(context, key, false));
  const words = wordsFor(w.program, options);
  w.addSettingNames();
  const { name, inPlace } = placeSheet(w, "dashboard", w.program.name, words.sheet.dashboard, true);
  const sheet = describeDashboard(w.program, {
    key: w.key,
    sheetName: name,
    partners: w.rows,
    generatedAt: excelSerialOf(options.now ?? new Date()),
    language: words.language,
  });
  return write(context, w, sheet, inPlace, w.rows);
}

/**
 * Generates the live statements (one block per data row, in parts of 1,026), or rewrites the
 * add-in's own parts in place.
 */
export async function generateStatements(
  context: Excel.RequestContext,
  key: string,
  options: GenerateOptions = {},
): Promise<GeneratedSheet> {
  const w = await beforeWriting(() => readProgramInWorkbook(context, key, false));
  const words = wordsFor(w.program, options);
  w.addSettingNames();
  const describe = (part: StatementPart, name: string) =>
    describeStatements(w.program, { key: w.key, sheetName: name, partners: w.rows, part, language: words.language });
  return writeParts(context, w, "statements", words, statementParts(w.rows), true, describe, w.rows);
}

/**
 * The statements finance sends: values only (no formula), computed by the engine from the data
 * table as it is now — one partner's (its index among readPartnerInputs' partners) on a sheet
 * named after the partner, or every partner's on "<program> Statement values".
 */
export async function generateValuesOnlyStatements(
  context: Excel.RequestContext,
  key: string,
  which: number | "all",
  options: GenerateOptions = {},
): Promise<GeneratedSheet> {
  const w = await beforeWriting(() => readProgramInWorkbook(context, key, true));
  const words = wordsFor(w.program, options);
  const partners = partnerRecords(w);
  if (partners.length === 0) throw new WorkbookWriteError(formatMessage("noPartnersYet"));
  if (which !== "all" && !(Number.isInteger(which) && which >= 0 && which < partners.length)) {
    throw new WorkbookWriteError(formatMessage("noSuchPartner", { which: String(which), count: partners.length }));
  }
  if (which === "all") {
    const describe = (part: StatementPart, name: string) =>
      describeValuesOnlyStatement(w.program, partners, "all", {
        key: w.key,
        sheetName: name,
        language: words.language,
        part,
      });
    const parts = statementParts(partners.length);
    return writeParts(context, w, "statementValues", words, parts, false, describe, partners.length);
  }
  const place = placeSheet(
    w,
    "statementValues",
    partners[which].id || partners[which].name,
    words.sheet.statement,
    false,
  );
  const sheet = describeValuesOnlyStatement(w.program, partners, which, {
    key: w.key,
    sheetName: place.name,
    language: words.language,
  });
  return write(context, w, sheet, place.inPlace, 1);
}

/** The partners' rows of the data table, as the engine reads them (blank rows skipped). Two syncs. */
export async function readPartnerInputs(context: Excel.RequestContext, key: string): Promise<PartnerRecord[]> {
  return partnerRecords(await readProgramInWorkbook(context, key, true));
}

function partnerRecords(w: ProgramInWorkbook): PartnerRecord[] {
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
