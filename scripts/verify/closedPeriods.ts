/*
 * npm run verify: a program's closed periods (SPEC §8, §9). Each close in force in the Periods
 * table (PI_<key>_Periods) has its snapshot sheet read back from the file and checked by the same
 * code as the pane's Check closed periods (storedRows, placeFindings → the engine's checkSnapshot):
 * every row's fingerprint recomputed from its cells in the canonical form, against the one stored
 * in column B and, over all rows, against the Periods table's. An edited row is named with its
 * cells, a changed Periods fingerprint by its cell.
 */
import type { ProgramDefinition } from "../../src/engine";
import { placeFindings } from "../../src/workbook/cycle/checkPeriods";
import { SNAPSHOT_FIRST_ROW } from "../../src/workbook/cycle/describeSnapshot";
import { actionOf } from "../../src/workbook/cycle/cycleWords";
import { cycleFromEntries, entriesFromRows, periodsTableName } from "../../src/workbook/cycle/periodsTable";
import { storedRows } from "../../src/workbook/cycle/readSnapshot";
import { columnName } from "./verifyWorkbook";
import type { CellValue, FileWorkbook } from "./xlsxTables";

/** Column of the Periods table holding the fingerprint, and the one naming the snapshot sheet (periodsRow). */
const FINGERPRINT_COLUMN = 7;
const SHEET_COLUMN = 8;

export interface ClosedPeriodReport {
  readonly program: string;
  readonly period: string;
  /** The snapshot sheet, as the Periods table names it. */
  readonly sheet: string;
  /** The fingerprint the Periods table recorded, and where: "‹Periods sheet›!H5". */
  readonly fingerprint: string;
  readonly periodsCell: string;
  /** intact: nothing changed; edited: rows or the recorded fingerprint changed; missing: no such sheet. */
  readonly status: "intact" | "edited" | "missing";
  /** False when the rows' fingerprints no longer give the recorded one. */
  readonly rowFingerprintsMatch: boolean;
  /** Each edited row ("partner P2", its range) with the cells its own values show to be wrong. */
  readonly rows: ReturnType<typeof placeFindings>["rows"];
}

/** An error value as a cell's value reads through Office.js ("#N/A"). */
const plain = (v: CellValue): unknown => (typeof v === "object" ? `#${v.error.replace(/^#/, "")}` : v);

/** Every close in force of the program, checked; [] when it has no Periods table. */
export function checkClosedPeriods(wb: FileWorkbook, key: string, program: ProgramDefinition): ClosedPeriodReport[] {
  const name = periodsTableName(key).toLowerCase();
  const table = wb.tables.find((t) => t.name.toLowerCase() === name);
  if (!table || !wb.sheetValues) return [];
  const body = table.rows.map((r) => r.map(plain));
  const entries = entriesFromRows(body, program.decimals);
  const { closed } = cycleFromEntries(program, entries);
  return closed.map((c) => {
    // The close in force is its period's latest close row (a re-opening takes back the one before it).
    const at = body.reduce<number>(
      (last, r, i) => (actionOf(r[0]) === "close" && String(r[1] ?? "") === c.period.label ? i : last),
      -1,
    );
    const cell = (column: number) => `${table.sheet}!${columnName(table.column + column)}${table.row + 2 + at}`;
    const base = { program: program.name, period: c.period.label, sheet: c.sheet, fingerprint: c.fingerprint };
    const values = wb.sheetValues!(c.sheet);
    if (values === null)
      return { ...base, periodsCell: cell(SHEET_COLUMN), status: "missing", rowFingerprintsMatch: false, rows: [] };
    const rows = storedRows(values.slice(SNAPSHOT_FIRST_ROW).map((r) => r.map(plain)));
    const f = placeFindings(rows, c.period.label, c.fingerprint);
    return {
      ...base,
      periodsCell: cell(FINGERPRINT_COLUMN),
      status: f.intact ? "intact" : "edited",
      rowFingerprintsMatch: f.rowFingerprintsMatch,
      rows: f.rows,
    };
  });
}

/** The findings as lines, in verify's `Sheet!Cell  who  what` form; nothing for an intact period. */
export function closedPeriodLines(reports: readonly ClosedPeriodReport[]): string[] {
  const lines: string[] = [];
  for (const p of reports) {
    const where = `period ${p.period}`;
    if (p.status === "missing") {
      lines.push(`${p.periodsCell}  ${where}  snapshot sheet '${p.sheet}' is missing`);
      continue;
    }
    for (const r of p.rows) {
      lines.push(`${p.sheet}!${r.address}  ${r.key}  ${where}: edited since the close`);
      for (const c of r.cells)
        lines.push(`${p.sheet}!${c.address}  ${r.key}  ${c.field}: expected ${c.expected}, found ${c.found}`);
    }
    if (!p.rowFingerprintsMatch)
      lines.push(
        `${p.periodsCell}  ${where}  fingerprint: the snapshot's row fingerprints no longer give the one recorded ` +
          `here (rows added, removed or reordered, a row fingerprint rewritten, or this cell edited)`,
      );
  }
  return lines;
}
