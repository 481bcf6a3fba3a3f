/*
 * A program's Change log table, PI_<key>_ChangeLog on "<program> Change log" (pure): one row per
 * plan change the add-in writes, oldest first, only ever appended to. Each row keeps the plan's
 * fingerprint after the change (the engine's planFingerprint) and the plan itself, so a plan
 * edited by hand since can be told, and what changed said (handEdits.ts).
 */
import { ChangeLogEntry, ProgramDefinition, changeLogEntry, showPlanChange } from "../../engine";
import { TABLE_PREFIX } from "../names";
import { TEXT } from "../numberFormats";
import { AppendRowsPlan, Cell, SheetPlan, TablePlan, text } from "../sheetPlan";
import { pointsFor } from "../textWidth";
import { type ChangeAction, type ChangeLogWords, changeActionOf } from "./changeLogWords";

/** The Change log table's name: PI_<key>_ChangeLog. */
export const changeLogTableName = (key: string): string => `${TABLE_PREFIX}${key}_ChangeLog`;

/** Where the table's header sits on its sheet (zero-based row), under the title and the note. */
export const CHANGE_LOG_HEADER_ROW = 3;

/** Excel's limit on the characters in one cell: a plan longer than that is logged by its fingerprint only. */
const MAX_CELL_TEXT = 32767;

/** One plan change to log: what the add-in did, the plan before (null on creation) and after. */
export interface PlanChangeToLog {
  readonly action: ChangeAction;
  readonly before: ProgramDefinition | null;
  readonly after: ProgramDefinition;
  /** The user's reason; "" when none was given. */
  readonly reason: string;
  /** ISO timestamp, as the caller's clock gave it. */
  readonly at: string;
  /** A line said before the plan's changes: the period a close or a re-opening concerns. */
  readonly event?: string;
}

/** A row of the Change log read back. */
export interface LoggedChange {
  readonly action: ChangeAction;
  readonly at: string;
  readonly changes: string;
  readonly reason: string;
  readonly fingerprint: string;
  /** The plan as it stood after the change; null when the row does not hold it. */
  readonly plan: ProgramDefinition | null;
}

/** The plan's terms as a cell keeps them: where the data lives and the sheets' language left out. */
function planText(p: ProgramDefinition): string {
  const json = JSON.stringify(p, (key, value: unknown) =>
    key === "source" || key === "sheetLanguage" ? undefined : value,
  );
  return json.length > MAX_CELL_TEXT ? "" : json;
}

function planOf(cell: unknown): ProgramDefinition | null {
  try {
    const terms = JSON.parse(String(cell ?? "")) as Omit<ProgramDefinition, "source">;
    if (typeof terms !== "object" || terms === null || !Array.isArray(terms.kpis) || !Array.isArray(terms.tiers))
      return null;
    return { ...terms, source: { kind: "new" } };
  } catch {
    return null;
  }
}

/** The engine's entry for a change: old → new per field, and the plan's fingerprint after it. */
export function logEntry(c: PlanChangeToLog): ChangeLogEntry {
  return changeLogEntry(c.before ?? c.after, c.after, c.reason, c.at);
}

/** The table's cells for one change, in its column order. */
export function changeLogRow(c: PlanChangeToLog, words: ChangeLogWords): Cell[] {
  const entry = logEntry(c);
  const changes = [...(c.event ? [c.event] : []), ...entry.changes.map(showPlanChange)].join("\n");
  return [
    text(entry.at),
    text(words.actions[c.action]),
    changes === "" ? null : text(changes.length > MAX_CELL_TEXT ? changes.slice(0, MAX_CELL_TEXT) : changes),
    entry.reason === "" ? null : text(entry.reason),
    text(entry.planFingerprint),
    text(planText(c.after)),
  ];
}

/** A SHA-256 fingerprint's length in hex digits, as the period lines show it. */
const FINGERPRINT_DIGITS = 64;

/**
 * Action and What changed wide enough for every action's words and a period's line (with its
 * fingerprint), which later rows hold: sizing from the first row ("Created", nothing changed)
 * would cut them.
 */
export function changeLogWidths(words: ChangeLogWords): SheetPlan["columnWidths"] {
  const [, action, changed] = words.headers;
  const periodLine = words.periodLine("2026-Q1", "0".repeat(FINGERPRINT_DIGITS));
  return [
    { column: 1, width: Math.max(...[action, ...Object.values(words.actions)].map((w) => pointsFor(w))) },
    { column: 2, width: Math.max(pointsFor(changed), pointsFor(periodLine)) },
  ];
}

/** The Change log sheet of a new program: its title, a note, and the table with the first row. */
export function describeChangeLogSheet(
  program: ProgramDefinition,
  key: string,
  sheetName: string,
  first: PlanChangeToLog,
  words: ChangeLogWords,
): SheetPlan {
  const table: TablePlan = {
    name: changeLogTableName(key),
    topLeft: { row: CHANGE_LOG_HEADER_ROW, column: 0 },
    columns: words.headers.map((header) => ({ header, numberFormat: TEXT })),
    rows: [changeLogRow(first, words)],
    caption: null,
  };
  return {
    name: sheetName,
    role: "changeLog",
    cells: [
      { row: 0, column: 0, value: text(words.title(program.name.trim())), style: "title" },
      { row: 1, column: 0, value: text(words.note), style: "note" },
    ],
    tables: [table],
    columnWidths: changeLogWidths(words),
    frozenRows: CHANGE_LOG_HEADER_ROW + 1,
  };
}

/** One change appended to an existing Change log table of `rowsBefore` rows, for a write plan. */
export function changeLogAppend(
  key: string,
  rowsBefore: number,
  c: PlanChangeToLog,
  words: ChangeLogWords,
): AppendRowsPlan {
  return { table: changeLogTableName(key), rowsBefore, rows: [changeLogRow(c, words)] };
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The table's rows read back (data body values); rows that are not a logged action are skipped. */
export function changesFromRows(rows: readonly (readonly unknown[])[]): LoggedChange[] {
  const out: LoggedChange[] = [];
  for (const r of rows) {
    const action = changeActionOf(r[1]);
    if (!action) continue;
    out.push({
      action,
      at: str(r[0]),
      changes: str(r[2]),
      reason: str(r[3]),
      fingerprint: str(r[4]).trim(),
      plan: planOf(r[5]),
    });
  }
  return out;
}
