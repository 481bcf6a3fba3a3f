/*
 * A closed period's snapshot sheet, as a plan: the engine's snapshot rows (the period, the plan as
 * it stood, every partner's KPI results, score, tier and payout, adjustments, the totals), values
 * only. Column A names the row's kind, column B keeps the row's own fingerprint, the row's other
 * fields follow from column C, each section under a header row in the sheet's language. Text cells
 * are formatted as text, so an ID like 001 reads back as written and the row keeps its fingerprint.
 */
import type { CanonicalValue, PeriodSnapshot, ProgramDefinition, SnapshotRow } from "../../engine";
import { rowCells } from "../../engine";
import { confidentialMark } from "../confidentialMark";
import { SHEET_LABELS, programLanguage } from "../labels";
import { PERCENT, TEXT, moneyFormat } from "../numberFormats";
import { Cell, GridPlan, SheetPlan, text } from "../sheetPlan";
import type { CycleWords } from "./cycleWords";
import { describeGlossary } from "./snapshotGlossary";

/** The first row (zero-based) of the snapshot's rows on its sheet, under the title, the note and the mark. */
export const SNAPSHOT_FIRST_ROW = 3;
/** The confidential mark's row: above the snapshot's rows, so it is never read back or fingerprinted. */
export const SNAPSHOT_MARK_ROW = 2;

/** The section a row belongs to: its kind without the number ("kpi 2" → "kpi"). */
export const sectionOf = (kind: unknown): string => String(kind ?? "").replace(/ \d+$/, "");

/** A row's cells on the sheet: kind, fingerprint, then its fields after `row`. */
function rowOnSheet(r: SnapshotRow): Cell[] {
  const cells = rowCells(r.fields);
  return [text(String(cells[0])), text(r.fingerprint), ...cells.slice(1).map(cellOf)];
}

const cellOf = (v: string | number | boolean | null): Cell => (typeof v === "string" ? text(v) : v);

/** Fractions shown as percentages (0.681818 → 68.2%), as the dashboard shows them. */
const PERCENT_FIELD = /^(score|weight|kpi\d+\.attainment)$/;

/**
 * A cell's number format, from its field and value. Formats only change how a value shows, never
 * the value read back and fingerprinted (docs/cycle.md, "The canonical form").
 */
function formatOf(name: string, v: CanonicalValue, f: { money: string; date: string }): string | null {
  if (typeof v === "string") return TEXT;
  if (v !== null && typeof v === "object") return "money" in v ? f.money : f.date;
  if (typeof v === "number" && PERCENT_FIELD.test(name)) return PERCENT;
  return null;
}

/** A section's header: the field names in the sheet's language (a KPI's fields with the KPI's name). */
function headerOf(r: SnapshotRow, program: ProgramDefinition, words: CycleWords): Cell[] {
  return [
    text(words.rowHeader),
    text(words.fingerprintHeader),
    ...r.fields.slice(1).map(([name]) => {
      const kpi = /^kpi(\d+)\.(actual|target|attainment)$/.exec(name);
      if (kpi) {
        const which = kpi[2] as "actual" | "target" | "attainment";
        return text(words.kpi(program.kpis[Number(kpi[1]) - 1]?.name ?? `KPI ${kpi[1]}`, which));
      }
      return text(words.fields[name] ?? name);
    }),
  ];
}

export interface SnapshotSheetOptions {
  readonly sheetName: string;
  /** ISO timestamp of the close, shown in the note (not fingerprinted). */
  readonly closedAt: string;
  readonly words: CycleWords;
}

/** The snapshot sheet: title, note with the fingerprint, the confidential mark, and the rows in sections. */
export function describeSnapshotSheet(
  program: ProgramDefinition,
  snapshot: PeriodSnapshot,
  options: SnapshotSheetOptions,
): SheetPlan {
  const { words } = options;
  // Dates as the sheet's language writes them (2026-09-30, 2026年9月30日), as the statements do.
  const formats = {
    money: moneyFormat(snapshot.decimals, snapshot.currency),
    date: SHEET_LABELS[programLanguage(program)].formats.date,
  };
  const grids: GridPlan[] = [];
  let row = SNAPSHOT_FIRST_ROW;
  let section = "";
  let block: { rows: Cell[][]; formats: (string | null)[][]; top: number } | null = null;
  const flush = () => {
    if (block) grids.push({ topLeft: { row: block.top, column: 0 }, rows: block.rows, cellFormats: block.formats });
    block = null;
  };
  for (const r of snapshot.rows) {
    const kind = sectionOf(r.fields[0][1]);
    if (kind !== section) {
      flush();
      section = kind;
      grids.push({ topLeft: { row, column: 0 }, rows: [headerOf(r, program, words)], style: "header" });
      row++;
      block = { rows: [], formats: [], top: row };
    }
    block!.rows.push(rowOnSheet(r));
    block!.formats.push([TEXT, TEXT, ...r.fields.slice(1).map(([name, v]) => formatOf(name, v, formats))]);
    row++;
  }
  flush();
  const widest = Math.max(...snapshot.rows.map((r) => r.fields.length + 1));
  // Past a blank column, beside the plan's rows: what the stored setting words mean (Chinese sheets).
  const glossary = describeGlossary(snapshot.rows, SHEET_LABELS[programLanguage(program)].plan, words, {
    top: SNAPSHOT_FIRST_ROW,
    column: widest + 1,
  });
  const columns = glossary.grids.length > 0 ? widest + 4 : widest;
  return {
    name: options.sheetName,
    role: "snapshot",
    cells: [
      {
        row: 0,
        column: 0,
        value: text(words.snapshotTitle(program.name, snapshot.period.label)),
        style: "title",
      },
      { row: 1, column: 0, value: text(words.snapshotNote(options.closedAt, snapshot.fingerprint)), style: "note" },
      confidentialMark(SNAPSHOT_MARK_ROW, programLanguage(program)),
      ...glossary.cells,
    ],
    tables: [],
    columnWidths: Array.from({ length: columns }, (_, column) => ({
      column,
      width: column === 1 ? 120 : column === widest ? 20 : 90,
    })),
    frozenRows: 0,
    grids: [...grids, ...glossary.grids],
  };
}
