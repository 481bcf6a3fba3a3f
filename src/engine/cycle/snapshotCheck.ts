/*
 * Checking a closed period's snapshot as read back from the workbook: which rows changed since
 * the close (their fingerprints), and in a changed row which cells no longer follow from the
 * others under the plan as it stood.
 */
import type { PartnerInput, PartnerOutcome } from "../program/evaluate";
import { evaluatePartner, programTierTable, targetOf } from "../program/evaluate";
import type { ProgramDefinition } from "../program/types";
import { fromMinorUnits, settlePeriod, toMinorUnits } from "./adjustments";
import {
  CanonicalField,
  CanonicalValue,
  canonicalValue,
  moneyValue,
  rowFingerprint,
  snapshotFingerprint,
  textOrBlank,
} from "./canonical";
import { cellNumber as number } from "./snapshotLayout";
import { asNumber, asText, fieldOf as get, programFromRows } from "./snapshotPlan";

/** A snapshot row as read back: its cells as canonical fields now, and the fingerprint stored beside it. */
export interface StoredRow {
  readonly fields: readonly CanonicalField[];
  readonly fingerprint: string;
}

/** A closed period's snapshot as read back, with the fingerprint its Periods row recorded. */
export interface StoredSnapshot {
  readonly label: string;
  readonly fingerprint: string;
  readonly rows: readonly StoredRow[];
}

/** A cell whose value disagrees with what the rest of its row (and the plan) give. */
export interface CellMismatch {
  readonly field: string;
  readonly found: CanonicalValue;
  readonly expected: CanonicalValue;
}

export interface EditedRow {
  /** 0-based position among the snapshot's rows. */
  readonly index: number;
  /** "partner P001", "tier 2", "total", … */
  readonly key: string;
  readonly storedFingerprint: string;
  readonly fingerprintNow: string;
  /**
   * Cells the row's own values show to be wrong: outputs that no longer follow from its inputs
   * under the snapshot's plan (partner rows), totals that no longer sum the partner rows, an
   * adjustment that is no longer recomputed − paid. Where an input was edited, the outputs it
   * feeds are named. Empty where nothing in the row tells (an edited name, a plan row).
   */
  readonly cells: readonly CellMismatch[];
}

export interface SnapshotCheck {
  readonly label: string;
  /** Every row's fingerprint matches and the rows' fingerprints still give the Periods table's. */
  readonly intact: boolean;
  readonly editedRows: readonly EditedRow[];
  /**
   * False when the stored row fingerprints no longer give the fingerprint in the Periods table:
   * rows added, removed or reordered, a stored fingerprint rewritten, or the Periods row edited.
   */
  readonly rowFingerprintsMatch: boolean;
}

/**
 * Checks a closed period's snapshot: recomputes each row's fingerprint from its cells (or takes
 * them, computed elsewhere, in `recomputedFingerprints`) and names every row whose fingerprint
 * changed since the close, with the cells its stored values show to be wrong.
 */
export function checkSnapshot(
  stored: StoredSnapshot,
  recomputedFingerprints: readonly string[] = stored.rows.map((r) => fingerprintNow(r.fields)),
): SnapshotCheck {
  const edited = stored.rows.flatMap((r, index) =>
    recomputedFingerprints[index] === r.fingerprint
      ? []
      : [{ index, row: r, storedFingerprint: r.fingerprint, fingerprintNow: recomputedFingerprints[index] ?? "" }],
  );
  const rowFingerprintsMatch = snapshotFingerprint(stored.rows.map((r) => r.fingerprint)) === stored.fingerprint;
  const planIntact = !edited.some((e) => isPlanRow(e.row.fields));
  const program = edited.length > 0 && planIntact ? programFromRows(stored.rows.map((r) => r.fields)) : null;
  const editedRows: EditedRow[] = edited.map((e) => ({
    index: e.index,
    key: rowKey(e.row.fields),
    storedFingerprint: e.storedFingerprint,
    fingerprintNow: e.fingerprintNow,
    cells: program ? mismatches(e.row.fields, program, stored.rows) : [],
  }));
  return {
    label: stored.label,
    intact: editedRows.length === 0 && rowFingerprintsMatch,
    editedRows,
    rowFingerprintsMatch,
  };
}

/** A row's fingerprint from its cells now; "" when a cell holds what no snapshot can (so the row is named). */
function fingerprintNow(fields: readonly CanonicalField[]): string {
  try {
    return rowFingerprint(fields);
  } catch {
    return "";
  }
}

function isPlanRow(fields: readonly CanonicalField[]): boolean {
  const row = get(fields, "row");
  return row === "plan" || (typeof row === "string" && /^(kpi|tier) \d+$/.test(row));
}

function rowKey(fields: readonly CanonicalField[]): string {
  const row = asText(get(fields, "row"));
  if (row === "partner") return `partner ${asText(get(fields, "id"))}`;
  if (row === "adjustment") return `adjustment ${asText(get(fields, "id"))} ${asText(get(fields, "forPeriod"))}`;
  return row;
}
/** The cells of an edited row that disagree with what its other values give. */
function mismatches(
  fields: readonly CanonicalField[],
  program: ProgramDefinition,
  allRows: readonly StoredRow[],
): CellMismatch[] {
  const d = program.decimals;
  const row = get(fields, "row");
  const expected: CanonicalField[] = [];
  if (row === "partner") {
    const input: PartnerInput = {
      actuals: program.kpis.map((_, i) => asNumber(get(fields, `kpi${i + 1}.actual`))),
      targets: program.kpis.map((_, i) => asNumber(get(fields, `kpi${i + 1}.target`))),
    };
    let outcome: PartnerOutcome;
    try {
      outcome = evaluatePartner(program, programTierTable(program), input);
    } catch {
      return [];
    }
    program.kpis.forEach((_, i) => {
      expected.push([`kpi${i + 1}.target`, number(targetOf(program, i, input))]);
      expected.push([`kpi${i + 1}.attainment`, number(outcome.attainments[i])]);
    });
    const payout = fromMinorUnits(toMinorUnits(outcome.payout, d), d);
    const s = settlePeriod(
      "",
      payout,
      asNumber(get(fields, "adjustments")) ?? 0,
      Math.min(0, asNumber(get(fields, "carriedIn")) ?? 0),
      d,
    );
    expected.push(
      ["score", number(outcome.score)],
      ["gateMet", outcome.gateMet],
      ["tier", typeof outcome.tier === "string" ? textOrBlank(outcome.tier) : outcome.tier],
      ["payout", moneyValue(payout, d)],
      ["netPrice", outcome.netPrice === null ? null : moneyValue(outcome.netPrice, d)],
      ["toPay", moneyValue(s.toPay, d)],
      ["carriedOut", moneyValue(s.carriedOut, d)],
    );
  } else if (row === "adjustment") {
    const paid = asNumber(get(fields, "paidBefore")) ?? 0;
    const now = asNumber(get(fields, "recomputed")) ?? 0;
    expected.push(["adjustment", moneyValue(fromMinorUnits(toMinorUnits(now, d) - toMinorUnits(paid, d), d), d)]);
  } else if (row === "total") {
    const partners = allRows.filter((r) => get(r.fields, "row") === "partner");
    const sum = (name: string) =>
      moneyValue(
        fromMinorUnits(
          partners.reduce((acc, r) => acc + toMinorUnits(asNumber(get(r.fields, name)) ?? 0, d), 0),
          d,
        ),
        d,
      );
    expected.push(
      ["partners", partners.length],
      ["payout", sum("payout")],
      ["adjustments", sum("adjustments")],
      ["carriedIn", sum("carriedIn")],
      ["toPay", sum("toPay")],
      ["carriedOut", sum("carriedOut")],
    );
  }
  const out: CellMismatch[] = [];
  for (const [name, want] of expected) {
    const found = get(fields, name);
    if (safeText(found) !== safeText(want)) out.push({ field: name, found, expected: want });
  }
  return out;
}

/** A value's canonical text, or a marker where it cannot be written (an edited cell may hold anything). */
function safeText(v: CanonicalValue): string {
  try {
    return canonicalValue(v);
  } catch {
    return "\u0000unwritable";
  }
}
