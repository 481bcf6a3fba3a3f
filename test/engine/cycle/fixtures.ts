/* A small commission program for the cycle tests: SPEC §3.3's tier table T1, paid marginal on sales. */
import type { ProgramDefinition } from "../../../src/engine/program/types";
import { rowLayoutFor } from "../../../src/engine/cycle/snapshot";
import type { PartnerRecord, PeriodSnapshot, StoredSnapshot } from "../../../src/engine/cycle/snapshot";
import { fieldsFromCells, rowCells } from "../../../src/engine/cycle/canonical";

export function commissionProgram(): ProgramDefinition {
  return {
    name: "East Reseller Commission",
    currency: "CNY",
    decimals: 2,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    frequency: "quarterly",
    payKind: "commission",
    basisKpi: 0,
    boundsRelativeToTarget: false,
    method: "marginal",
    tiers: [
      { bound: 0, rate: 0.02, label: "Bronze" },
      { bound: 50000, rate: 0.03, label: "Silver" },
      { bound: 100000, rate: 0.05, label: "Gold" },
    ],
    cap: null,
    targetIncentive: null,
    listPrice: null,
    kpis: [
      { name: "Sales", unit: "CNY", direction: "higher", targetMode: "fixed", target: 100000, weight: 1, gate: null },
    ],
    source: { kind: "new" },
  };
}

export const partner = (id: string, name: string, sales: number | null): PartnerRecord => ({
  id,
  name,
  input: { actuals: [sales] },
});

/** 2026-01-01, 2026-03-31, 2026-04-01, 2026-06-30 as Excel serial dates (1900 system). */
export const JAN_1_2026 = 46023;
export const MAR_31_2026 = 46112;
export const APR_1_2026 = 46113;
export const JUN_30_2026 = 46203;

/** The snapshot as a sheet holds it and the checker reads it back: cells, each row's stored fingerprint. */
export function stored(s: PeriodSnapshot, edit?: (rows: unknown[][]) => void): StoredSnapshot {
  const cells = s.rows.map((r) => rowCells(r.fields) as unknown[]);
  edit?.(cells);
  return {
    label: s.period.label,
    fingerprint: s.fingerprint,
    rows: cells.map((c, i) => ({
      fields: fieldsFromCells(rowLayoutFor(c[0], 1)!, c, 2),
      fingerprint: s.rows[i].fingerprint,
    })),
  };
}
