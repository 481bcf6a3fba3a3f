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
  CanonicalRow,
  CanonicalValue,
  dateValue,
  layoutRow,
  moneyValue,
  planRows,
  rowFingerprint,
  snapshotFingerprint,
  textOrBlank,
} from "./canonical";
import { ClosingSnapshot, CycleError, Period } from "./period";
import {
  ADJUSTMENT_ROW_LAYOUT,
  PERIOD_ROW_LAYOUT,
  TOTAL_ROW_LAYOUT,
  cellNumber as number,
  partnerRowLayout,
} from "./snapshotLayout";

// The rows' columns, and checking a stored snapshot, live beside this file; importers of the
// snapshot find them here too.
export {
  ADJUSTMENT_ROW_LAYOUT,
  PERIOD_ROW_LAYOUT,
  TOTAL_ROW_LAYOUT,
  partnerRowLayout,
  rowLayoutFor,
} from "./snapshotLayout";
export { programFromRows } from "./snapshotPlan";
export * from "./snapshotCheck";

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

/** Each partner's payout in a snapshot, for the adjustments of a later restatement. */
export function snapshotPayouts(snapshot: PeriodSnapshot): Map<string, number> {
  return new Map(snapshot.partnerResults.map((r) => [r.id, r.payout]));
}
