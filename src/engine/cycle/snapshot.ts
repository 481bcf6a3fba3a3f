/**
 * A period's snapshot: the values a closed period is paid on, as rows of the canonical form —
 * the period, the plan as it stood, one row per partner (KPI results, score, tier, payout and its
 * settlement), one per adjustment line, and the totals. Each row keeps its own fingerprint, so a
 * later check can name the row that was edited; the snapshot's fingerprint covers them all.
 */
import type { PartnerInput, PartnerOutcome } from "../program/evaluate";
import { evaluatePartner, programTierTable, targetOf } from "../program/evaluate";
import type { ProgramDefinition } from "../program/types";
import { AdjustmentLine, BalanceStep, fromMinorUnits, settlePeriod, toMinorUnits } from "./adjustments";
import {
  CanonicalField,
  CanonicalRow,
  CanonicalValue,
  KPI_ROW_LAYOUT,
  PLAN_ROW_LAYOUT,
  RowLayout,
  TIER_ROW_LAYOUT,
  canonicalValue,
  textOrBlank,
  layoutRow,
  moneyValue,
  planRows,
  rowFingerprint,
  dateValue,
  snapshotFingerprint,
} from "./canonical";
import { ClosingSnapshot, CycleError, Period } from "./period";

/** A partner as the snapshot names it, with the period's results. */
export interface PartnerRecord {
  readonly id: string;
  readonly name: string;
  readonly input: PartnerInput;
}

/** A snapshot row with its fingerprint, as kept on the snapshot sheet. */
export interface SnapshotRow extends CanonicalRow {
  readonly fingerprint: string;
}

/** One partner in a snapshot: what the engine computed and how the period was settled. */
export interface SnapshotPartner {
  readonly id: string;
  readonly name: string;
  readonly outcome: PartnerOutcome;
  /** The period's payout rounded to the currency's decimals, what the settlement starts from. */
  readonly payout: number;
  readonly settlement: BalanceStep;
}

export interface PeriodSnapshot extends ClosingSnapshot {
  readonly currency: string;
  readonly decimals: number;
  readonly rows: readonly SnapshotRow[];
  readonly partnerResults: readonly SnapshotPartner[];
  /** The adjustment lines settled in this period (for earlier closed periods). */
  readonly adjustments: readonly AdjustmentLine[];
  /** Σ of what is paid this period (payouts, adjustments and carried balances settled). */
  readonly toPay: number;
  /** Σ of the negative balances carried into the next period. */
  readonly carriedOut: number;
}

/** What a period settles besides its own payouts. */
export interface SettlementInputs {
  /** Adjustment lines for earlier closed periods, shown in this one. */
  readonly adjustments?: readonly AdjustmentLine[];
  /** Each partner's negative balance carried from the previous period (0 or less). */
  readonly carriedIn?: ReadonlyMap<string, number>;
}

export const PERIOD_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["label", "text"],
  ["start", "date"],
  ["end", "date"],
];

/** A partner row's columns: identity, per KPI actual/target/attainment, outcome, settlement. */
export function partnerRowLayout(kpiCount: number): RowLayout {
  const kpis: [string, "number"][] = [];
  for (let i = 1; i <= kpiCount; i++)
    kpis.push([`kpi${i}.actual`, "number"], [`kpi${i}.target`, "number"], [`kpi${i}.attainment`, "number"]);
  return [
    ["row", "text"],
    ["id", "text"],
    ["name", "text"],
    ...kpis,
    ["score", "number"],
    ["gateMet", "boolean"],
    ["tier", "label"],
    ["payout", "money"],
    ["netPrice", "money"],
    ["adjustments", "money"],
    ["carriedIn", "money"],
    ["toPay", "money"],
    ["carriedOut", "money"],
  ];
}

export const ADJUSTMENT_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["id", "text"],
  ["forPeriod", "text"],
  ["paidBefore", "money"],
  ["recomputed", "money"],
  ["adjustment", "money"],
];

export const TOTAL_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["partners", "number"],
  ["payout", "money"],
  ["adjustments", "money"],
  ["carriedIn", "money"],
  ["toPay", "money"],
  ["carriedOut", "money"],
];

/** The layout a stored row was written with, from its `row` cell (null for an unknown row). */
export function rowLayoutFor(rowCell: unknown, kpiCount: number): RowLayout | null {
  if (rowCell === "period") return PERIOD_ROW_LAYOUT;
  if (rowCell === "plan") return PLAN_ROW_LAYOUT;
  if (rowCell === "partner") return partnerRowLayout(kpiCount);
  if (rowCell === "adjustment") return ADJUSTMENT_ROW_LAYOUT;
  if (rowCell === "total") return TOTAL_ROW_LAYOUT;
  if (typeof rowCell === "string" && /^kpi \d+$/.test(rowCell)) return KPI_ROW_LAYOUT;
  if (typeof rowCell === "string" && /^tier \d+$/.test(rowCell)) return TIER_ROW_LAYOUT;
  return null;
}

const withPrint = (row: CanonicalRow): SnapshotRow => ({ ...row, fingerprint: rowFingerprint(row.fields) });

/**
 * The snapshot of `period` for `partners` under `program`: each partner evaluated by the engine
 * exactly as the sheet formulas compute it, payouts rounded to the currency's decimals, totals
 * summing the rounded figures (in minor units, so they reconcile to the cent). A partner with an
 * adjustment or a carried balance but no results this period gets a row with blank results.
 */
export function buildSnapshot(
  program: ProgramDefinition,
  period: Period,
  partners: readonly PartnerRecord[],
  settle: SettlementInputs = {},
): PeriodSnapshot {
  const d = program.decimals;
  const adjustments = settle.adjustments ?? [];
  const carriedIn = settle.carriedIn ?? new Map<string, number>();
  const all = [...partners];
  const seen = new Set<string>();
  for (const p of partners) {
    if (seen.has(p.id))
      throw new CycleError("duplicatePartner", `Partner ${p.id} appears twice in the period's data.`, {
        partner: p.id,
      });
    seen.add(p.id);
  }
  const blank: PartnerInput = { actuals: program.kpis.map(() => null) };
  for (const id of [...adjustments.map((a) => a.partnerId), ...carriedIn.keys()])
    if (!seen.has(id)) {
      seen.add(id);
      all.push({ id, name: "", input: blank });
    }

  const table = programTierTable(program);
  const adjustmentUnits = new Map<string, number>();
  for (const a of adjustments)
    adjustmentUnits.set(a.partnerId, (adjustmentUnits.get(a.partnerId) ?? 0) + toMinorUnits(a.adjustment, d));

  const results: SnapshotPartner[] = all.map((p) => {
    const outcome = evaluatePartner(program, table, p.input);
    const payout = fromMinorUnits(toMinorUnits(outcome.payout, d), d);
    const settlement = settlePeriod(
      period.label,
      payout,
      fromMinorUnits(adjustmentUnits.get(p.id) ?? 0, d),
      carriedIn.get(p.id) ?? 0,
      d,
    );
    return { id: p.id, name: p.name, outcome, payout, settlement };
  });

  const rows: SnapshotRow[] = [
    withPrint({
      key: "period",
      fields: layoutRow(PERIOD_ROW_LAYOUT, ["period", period.label, dateValue(period.start), dateValue(period.end)]),
    }),
    ...planRows(program).map(withPrint),
    ...results.map((r, i) => withPrint(partnerRow(program, r, all[i].input))),
    ...adjustments.map((a) => withPrint(adjustmentRow(a, d))),
  ];
  const sum = (pick: (s: BalanceStep) => number) =>
    fromMinorUnits(
      results.reduce((acc, r) => acc + toMinorUnits(pick(r.settlement), d), 0),
      d,
    );
  const totals = {
    payout: sum((s) => s.earned),
    adjustments: sum((s) => s.adjustments),
    carriedIn: sum((s) => s.carriedIn),
    toPay: sum((s) => s.toPay),
    carriedOut: sum((s) => s.carriedOut),
  };
  rows.push(
    withPrint({
      key: "total",
      fields: layoutRow(TOTAL_ROW_LAYOUT, [
        "total",
        results.length,
        moneyValue(totals.payout, d),
        moneyValue(totals.adjustments, d),
        moneyValue(totals.carriedIn, d),
        moneyValue(totals.toPay, d),
        moneyValue(totals.carriedOut, d),
      ]),
    }),
  );
  return {
    period,
    currency: program.currency,
    decimals: d,
    rows,
    partnerResults: results,
    adjustments,
    partners: results.length,
    total: totals.payout,
    toPay: totals.toPay,
    carriedOut: totals.carriedOut,
    fingerprint: snapshotFingerprint(rows.map((r) => r.fingerprint)),
  };
}

function partnerRow(program: ProgramDefinition, r: SnapshotPartner, input: PartnerInput): CanonicalRow {
  const d = program.decimals;
  const kpis: CanonicalValue[] = [];
  program.kpis.forEach((_, i) =>
    kpis.push(number(input.actuals[i]), number(targetOf(program, i, input)), number(r.outcome.attainments[i])),
  );
  const s = r.settlement;
  return {
    key: `partner ${r.id}`,
    fields: layoutRow(partnerRowLayout(program.kpis.length), [
      "partner",
      textOrBlank(r.id),
      textOrBlank(r.name),
      ...kpis,
      number(r.outcome.score),
      r.outcome.gateMet,
      typeof r.outcome.tier === "string" ? textOrBlank(r.outcome.tier) : r.outcome.tier,
      moneyValue(r.payout, d),
      r.outcome.netPrice === null ? null : moneyValue(r.outcome.netPrice, d),
      moneyValue(s.adjustments, d),
      moneyValue(s.carriedIn, d),
      moneyValue(s.toPay, d),
      moneyValue(s.carriedOut, d),
    ]),
  };
}

function adjustmentRow(a: AdjustmentLine, d: number): CanonicalRow {
  return {
    key: `adjustment ${a.partnerId} ${a.forPeriod}`,
    fields: layoutRow(ADJUSTMENT_ROW_LAYOUT, [
      "adjustment",
      textOrBlank(a.partnerId),
      textOrBlank(a.forPeriod),
      moneyValue(a.paidBefore, d),
      moneyValue(a.recomputed, d),
      moneyValue(a.adjustment, d),
    ]),
  };
}

/** A number a cell can hold, blank otherwise (a missing result). */
const number = (n: number | null | undefined): number | null =>
  n === null || n === undefined || !Number.isFinite(n) ? null : n;

/** Each partner's payout in a snapshot, for the adjustments of a later restatement. */
export function snapshotPayouts(snapshot: PeriodSnapshot): Map<string, number> {
  return new Map(snapshot.partnerResults.map((r) => [r.id, r.payout]));
}

// ---------------------------------------------------------------------------------------------
// Checking a stored snapshot

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

const get = (fields: readonly CanonicalField[], name: string): CanonicalValue =>
  fields.find(([n]) => n === name)?.[1] ?? null;

const asNumber = (v: CanonicalValue): number | null => {
  if (typeof v === "number") return v;
  if (v !== null && typeof v === "object") return "money" in v ? v.money : v.date;
  return null;
};

const asText = (v: CanonicalValue): string => (v === null ? "" : typeof v === "string" ? v : canonicalValue(v));

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

/** The plan as it stood, read back from a snapshot's plan rows (null when they cannot be read). */
export function programFromRows(rows: readonly (readonly CanonicalField[])[]): ProgramDefinition | null {
  const plan = rows.find((f) => get(f, "row") === "plan");
  if (!plan) return null;
  const kpis = rows.filter((f) => /^kpi \d+$/.test(asText(get(f, "row"))));
  const tiers = rows.filter((f) => /^tier \d+$/.test(asText(get(f, "row"))));
  const isoOf = (v: CanonicalValue) =>
    v !== null && typeof v === "object" && "date" in v ? canonicalValue(v) : asText(v);
  const basis = asNumber(get(plan, "basisKpi"));
  const decimals = asNumber(get(plan, "decimals"));
  if (decimals === null || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) return null;
  return {
    name: asText(get(plan, "name")),
    currency: asText(get(plan, "currency")),
    decimals,
    periodStart: isoOf(get(plan, "periodStart")),
    periodEnd: isoOf(get(plan, "periodEnd")),
    frequency: asText(get(plan, "frequency")) as ProgramDefinition["frequency"],
    payKind: asText(get(plan, "payKind")) as ProgramDefinition["payKind"],
    basisKpi: basis === null ? null : basis - 1,
    boundsRelativeToTarget: get(plan, "boundsRelativeToTarget") === true,
    method: asText(get(plan, "method")) as ProgramDefinition["method"],
    cap: asNumber(get(plan, "cap")),
    targetIncentive: asNumber(get(plan, "targetIncentive")),
    listPrice: asNumber(get(plan, "listPrice")),
    kpis: kpis.map((k) => ({
      name: asText(get(k, "name")),
      unit: asText(get(k, "unit")),
      direction: asText(get(k, "direction")) as "higher" | "lower",
      targetMode: asText(get(k, "targetMode")) as "fixed" | "perPartner",
      target: asNumber(get(k, "target")),
      weight: asNumber(get(k, "weight")) ?? 0,
      gate: asNumber(get(k, "gate")),
    })),
    tiers: tiers.map((t) => ({
      bound: asNumber(get(t, "bound")) ?? NaN,
      rate: asNumber(get(t, "rate")) ?? NaN,
      label: asText(get(t, "label")),
    })),
    source: { kind: "new" },
  };
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
