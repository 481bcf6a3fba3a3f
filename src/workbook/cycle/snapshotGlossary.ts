/*
 * What a Chinese snapshot's setting words mean. The plan's frequency, pay kind and method and each
 * KPI's direction and target kind are stored as the canonical English values the fingerprint is
 * computed over ("quarterly", "marginal", "higher"), and shown as stored: a reader who recomputes a
 * fingerprint sees exactly what it covers, and the formula bar agrees with the cell. Beside the
 * rows, past a blank column, a small table gives each such word on the sheet in the plan sheet's
 * own words (按季度, 超额累进, 越高越好). It translates words, never copies a cell: an edited cell
 * cannot make it say something else about that cell, and it is in no row the read-back takes
 * (only a row's layout columns are read), so nothing of it is fingerprinted. docs/cycle.md.
 */
import type { SnapshotRow } from "../../engine";
import type { SheetLabels } from "../labels";
import { TEXT } from "../numberFormats";
import { GridPlan, PlainCell, text } from "../sheetPlan";
import type { CycleWords } from "./cycleWords";

type PlanLabels = SheetLabels["plan"];

/** The fields stored as a word of a fixed set, and where the plan sheet's labels say each word. */
const WORD_FIELDS: Readonly<Record<string, (plan: PlanLabels) => Readonly<Record<string, string>>>> = {
  frequency: (plan) => plan.frequency,
  payKind: (plan) => plan.pays,
  method: (plan) => plan.method,
  direction: (plan) => plan.direction,
  targetMode: (plan) => plan.targetMode,
};

export interface GlossaryEntry {
  readonly field: string;
  readonly stored: string;
  readonly meaning: string;
}

/** Each setting word on the snapshot's rows once, in the order the rows first show it, with its meaning. */
export function glossaryEntries(rows: readonly SnapshotRow[], plan: PlanLabels): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const r of rows)
    for (const [field, value] of r.fields) {
      const meaning = typeof value === "string" ? WORD_FIELDS[field]?.(plan)[value] : undefined;
      if (meaning !== undefined && !out.some((e) => e.field === field && e.stored === value))
        out.push({ field, stored: value as string, meaning });
    }
  return out;
}

/**
 * The glossary as a header row, a row per word (stored words formatted as text, like the rows'
 * own) and a note under them, from `top` in `column`; nothing when the words have no glossary
 * (English) or the sheet shows no setting word.
 */
export function describeGlossary(
  rows: readonly SnapshotRow[],
  plan: PlanLabels,
  words: CycleWords,
  at: { readonly top: number; readonly column: number },
): { grids: GridPlan[]; cells: PlainCell[] } {
  const entries = words.glossary ? glossaryEntries(rows, plan) : [];
  if (!words.glossary || entries.length === 0) return { grids: [], cells: [] };
  const { headers, note } = words.glossary;
  return {
    grids: [
      { topLeft: { row: at.top, column: at.column }, rows: [headers.map(text)], style: "header" },
      {
        topLeft: { row: at.top + 1, column: at.column },
        rows: entries.map((e) => [text(words.fields[e.field] ?? e.field), text(e.stored), text(e.meaning)]),
        cellFormats: entries.map(() => [TEXT, TEXT, TEXT]),
      },
    ],
    cells: [{ row: at.top + 1 + entries.length, column: at.column, value: text(note), style: "note" }],
  };
}
