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
import { ProgramDefinition } from "../../engine";
import { markPart } from "../ownership";
import { PARTNERS_PER_PART, StatementPart, describeUnusedPart, partLabel, statementParts } from "./statementParts";
import { applyWorkbookPlan, InPlaceSheet, WorkbookWriteError } from "../applyPlan";
import type { GeneratedSheet, GenerateOptions, PartnerRecord } from "../contract";
import { SheetLabels, programLanguage, sheetLabels } from "../labels";
import { NO_EXISTING_NAMES, SheetNamer } from "../names";
import { SheetPlan, SheetRole } from "../sheetPlan";
import { describeDashboard } from "./describeDashboard";
import { describeStatements } from "./describeStatements";
import { localSerialOf } from "../../engine/excelDates";
import { formatMessage, quotedList } from "../words";
import { ProgramInWorkbook, SheetInfo, partnerRecords, readProgramInWorkbook } from "./programInWorkbook";
import { beforeWriting } from "../writeError";
import { readAdjustmentsAndPeriods, readAdjustmentsInForce } from "../cycle/adjustmentsInForce";
import { readLastClosedPeriod } from "./lastClosedPeriod";
import { describeValuesOnlyStatement } from "./valuesOnlyStatement";

/** The words of a generated sheet: the language asked for, else the program's. */
function wordsFor(program: ProgramDefinition, options: GenerateOptions): SheetLabels {
  return sheetLabels(options.language ?? programLanguage(program));
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

/**
 * Writes the statements' parts (and empties the unused ones) in one applyWorkbookPlan, describing
 * each part only when its turn comes (exported for its test).
 */
export async function writeParts(
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
  // The unused parts' notes are the plan; each part is described in its turn, written and let go
  // before the next (ApplyOptions.later): 49 parts of values hold one part's cells at a time.
  const sheets = unused.map((u) => describeUnusedPart(u.name, role, words, first));
  const later = parts.map((p, k) => ({ name: placed[k].name, describe: () => describe(p, placed[k].name) }));
  const inPlace = [...placed.flatMap((p) => (p.inPlace ? [p.inPlace] : [])), ...unused];
  const applied = await applyWorkbookPlan(
    context,
    { key: w.key, programName: w.program.name, sheets, activeSheet: first },
    { existing: w.existing, inPlace, later },
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
  // The Periods table is read once, with the Adjustments table; the last close comes from its rows.
  const { adjustment, periods } = await beforeWriting(() => readAdjustmentsAndPeriods(context, w, false));
  const lastClosed = await beforeWriting(() => readLastClosedPeriod(context, w, periods));
  const words = wordsFor(w.program, options);
  w.addSettingNames();
  const { name, inPlace } = placeSheet(w, "dashboard", w.program.name, words.sheet.dashboard, true);
  const sheet = describeDashboard(w.program, {
    key: w.key,
    sheetName: name,
    partners: w.rows,
    generatedAt: localSerialOf(options.now ?? new Date()),
    language: words.language,
    adjustment,
    lastClosed,
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
  const adjustment = await beforeWriting(() => readAdjustmentsInForce(context, w));
  const words = wordsFor(w.program, options);
  w.addSettingNames();
  const describe = (part: StatementPart, name: string) =>
    describeStatements(w.program, {
      key: w.key,
      sheetName: name,
      partners: w.rows,
      part,
      language: words.language,
      adjustment,
    });
  return writeParts(context, w, "statements", words, statementParts(w.rows), true, describe, w.rows);
}

/**
 * The program and its partners' records, read once, so every statement of the set comes from the
 * data as it was at one moment. The data table's raw rows are let go here: the write holds the
 * records (what the statements need), not the rows they were made from as well (issue 15 item 4).
 */
async function readPartnerRecords(
  context: Excel.RequestContext,
  key: string,
): Promise<{ w: ProgramInWorkbook; partners: PartnerRecord[] }> {
  const read = await readProgramInWorkbook(context, key, true);
  return { w: { ...read, values: null }, partners: partnerRecords(read) };
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
  const { w, partners } = await beforeWriting(() => readPartnerRecords(context, key));
  const adjustment = await beforeWriting(() => readAdjustmentsInForce(context, w));
  const words = wordsFor(w.program, options);
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
        adjustment,
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
    adjustment,
  });
  return write(context, w, sheet, place.inPlace, 1);
}
