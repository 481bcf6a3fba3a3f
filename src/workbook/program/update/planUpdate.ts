/*
 * Planning an edit (pure): the edited program against the tables as read. The plan tables'
 * rows and formats are exactly what a new program would get (describeProgram); the settings,
 * KPI and tier tables are rewritten in place here, the data table in planData.ts.
 */
import { ProgramDefinition, programChanges } from "../../../engine";
import { type SheetLabels } from "../../labels";
import { cellAddress } from "../../addresses";
import { describeProgram } from "../describe/describeProgram";
import { ProgramNotWritableError } from "../notWritable";
import { TEXT } from "../../numberFormats";
import { SettingKey, labelsOf, settingsFor } from "../../planTables";
import { programFromTables } from "../../readPlan";
import { TablePlan, isText } from "../../sheetPlan";
import { ResolvedSource, SourceTable, resolveSource } from "../../existingSource";
import { CellWrite, FormulaFill, ShapeOp, UpdateWrites } from "./updateWrites";
import { Snapshots, TableSnapshot } from "./snapshots";
import { carried, columnWrites, formatAt, headerIndex, lower, resize } from "./tableWrites";
import { planData } from "./planData";
import { formatMessage } from "../../words";

export function planUpdate(s: Snapshots, edited: ProgramDefinition, sourceTable?: SourceTable | null): UpdateWrites {
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
  // So do their names (old Chinese ones: labels/oldNames.ts), whatever the edit says.
  const program: ProgramDefinition = { ...edited, sheetLanguage: before.sheetLanguage, sheetNames: before.sheetNames };
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
  return {
    partners,
    shape,
    writes,
    fills,
    before,
    program,
    changes: programChanges(before, program),
    notes,
    dataAddress,
  };
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
