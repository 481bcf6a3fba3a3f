/*
 * Planning an edit of the data (or results) table (pure): columns added and removed for the KPIs,
 * every calculated column's formula rewritten, and over the user's table the rows brought in line
 * with it. Columns the add-in does not know are never touched.
 */
import { ProgramDefinition, ProgramKpi } from "../../../engine";
import { cellAddress, rangeAddress } from "../../addresses";
import { textInput } from "../../cellInput";
import { ProgramNotWritableError } from "../notWritable";
import { GENERAL, PERCENT, WHOLE_NUMBER, kpiFormat, moneyFormat } from "../../numberFormats";
import { labelsOf } from "../../planTables";
import { DataHeaders, ProgramFormulas } from "../../programFormulas";
import { ResolvedSource } from "../../existingSource";
import { followedColumns } from "../../sourceColumns";
import { SheetRange, parseSourceRange, rangeText } from "../../sourceRange";
import { HeaderNamer, dataHeaders } from "../../dataHeaders";
import { CellWrite, FormulaFill, ShapeOp } from "./updateWrites";
import { Snapshots, TableSnapshot } from "./snapshots";
import { columnWrites, isBlank } from "./tableWrites";
import { formatMessage, quotedList } from "../../words";

export function planData(
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
    // The user's data stays where it is: moving a column would mean deleting it (Excel's tables
    // cannot move one), and every formula of the user's that reads it would show #REF!.
    notes.push(
      formatMessage(kept.length > 1 ? "columnKeptMany" : "columnKeptOne", {
        columns: quotedList(kept),
        table: snap.name,
      }),
    );
  }

  // 2. New actual columns go right after the program's last actual column, new per-partner target
  //    columns just before the attainment columns: the order a new program's data table has.
  const firstCalc = () => {
    const i = cols.findIndex((c) => newAttainment.has(c.toLowerCase()));
    return i >= 0 ? i : at(newH.score);
  };
  const lastActual = () => Math.max(...newH.actual.filter(has).map(at));
  const inputFormats = new Map<string, string>();
  program.kpis.forEach((k, i) => {
    for (const h of [newH.actual[i], newH.target[i]]) {
      if (h === null || has(h)) continue;
      const index = h === newH.actual[i] && newH.actual.some(has) ? lastActual() + 1 : firstCalc();
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
    // Gate met spans the actuals only where they still stand side by side in this order.
    actualsSideBySide: order.every((i, j) => j === 0 || at(newH.actual[i]) === at(newH.actual[order[j - 1]]) + 1),
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
