/* global Excel */
/*
 * Check closed periods: every closed period's snapshot read back and checked by the engine
 * (checkSnapshot: each row's fingerprint recomputed from its cells, against the one stored beside
 * it and, over all rows, against the Periods table's), each edit named by sheet, row and cell.
 */
import { CanonicalValue, Period, canonicalValue, checkSnapshot, partnerRowLayout, rowLayoutFor } from "../../engine";
import { cellAddress, rangeAddress } from "../addresses";
import { readCycle } from "./cycleReads";
import { PlacedRow, readSnapshotSheet } from "./readSnapshot";

/** A cell whose value no longer follows from the rest of its row. */
export interface CellFinding {
  readonly field: string;
  /** "F12" on the snapshot sheet. */
  readonly address: string;
  /** Canonical text of what the cell holds and of what the row's other values give. */
  readonly found: string;
  readonly expected: string;
}

/** A snapshot row edited since the close. */
export interface RowFinding {
  /** "partner P001", "tier 2", "total", … */
  readonly key: string;
  /** The row on its sheet, "A12:T12". */
  readonly address: string;
  readonly cells: readonly CellFinding[];
}

export interface PeriodCheck {
  readonly period: Period;
  readonly sheet: string;
  readonly fingerprint: string;
  /** intact: nothing changed; edited: rows changed (named); missing: the snapshot sheet is gone. */
  readonly status: "intact" | "edited" | "missing";
  readonly rows: readonly RowFinding[];
  /** False when rows were added, removed or reordered, or a stored fingerprint rewritten. */
  readonly rowFingerprintsMatch: boolean;
}

export interface ClosedPeriodsCheck {
  readonly programName: string;
  readonly periods: readonly PeriodCheck[];
  readonly syncs: number;
}

const shown = (v: CanonicalValue): string => {
  try {
    return canonicalValue(v);
  } catch {
    return String(v);
  }
};

/** The findings of one snapshot's check, placed on its sheet. */
export function placeFindings(rows: readonly PlacedRow[], label: string, fingerprint: string) {
  const check = checkSnapshot({ label, fingerprint, rows });
  const kpis = rows.filter((r) => /^kpi \d+$/.test(String(r.fields[0]?.[1] ?? ""))).length;
  const found: RowFinding[] = check.editedRows.map((e) => {
    const placed = rows[e.index];
    const layout = rowLayoutFor(placed.fields[0]?.[1], kpis) ?? partnerRowLayout(kpis);
    // Field i of the layout (i ≥ 1) is in column i + 1: column B holds the row's fingerprint.
    const column = (field: string) => {
      const i = layout.findIndex(([name]) => name === field);
      return i <= 0 ? 0 : i + 1;
    };
    return {
      key: e.key,
      address: rangeAddress(placed.sheetRow, 0, 1, layout.length + 1),
      cells: e.cells.map((c) => ({
        field: c.field,
        address: cellAddress(placed.sheetRow, column(c.field)),
        found: shown(c.found),
        expected: shown(c.expected),
      })),
    };
  });
  return { intact: check.intact, rows: found, rowFingerprintsMatch: check.rowFingerprintsMatch };
}

/** Checks every closed period of the program. Read only: nothing is written. */
export async function checkClosedPeriods(context: Excel.RequestContext, key: string): Promise<ClosedPeriodsCheck> {
  const cycle = await readCycle(context, key, false);
  let syncs = cycle.syncs;
  const periods: PeriodCheck[] = [];
  for (const c of cycle.closed) {
    // One snapshot at a time: each may be as large as a response allows.
    const { rows, syncs: read } = await readSnapshotSheet(context, c.sheet);
    syncs += read;
    const base = { period: c.period, sheet: c.sheet, fingerprint: c.fingerprint };
    if (rows === null) {
      periods.push({ ...base, status: "missing", rows: [], rowFingerprintsMatch: false });
      continue;
    }
    const f = placeFindings(rows, c.period.label, c.fingerprint);
    periods.push({
      ...base,
      status: f.intact ? "intact" : "edited",
      rows: f.rows,
      rowFingerprintsMatch: f.rowFingerprintsMatch,
    });
  }
  return { programName: cycle.w.program.name, periods, syncs };
}
