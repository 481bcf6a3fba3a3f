/* Small programs for the plan health check's tests, written out in full so each number can be checked by hand. */
import {
  programTemplate,
  type PartnerInput,
  type ProgramDefinition,
  type ProgramKpi,
  type TierRow,
} from "../../../src/engine";

export const T1: TierRow[] = [
  { bound: 0, rate: 0.02, label: "Bronze" },
  { bound: 50000, rate: 0.03, label: "Silver" },
  { bound: 100000, rate: 0.05, label: "Gold" },
];

export function kpi(name: string, patch: Partial<ProgramKpi> = {}): ProgramKpi {
  return {
    name,
    unit: "CNY",
    direction: "higher",
    targetMode: "fixed",
    target: 100000,
    weight: 1,
    gate: null,
    ...patch,
  };
}

/** A commission on Sales (KPI 0), tiers in CNY, the SPEC's T1 paid retro by default; the rest from a template. */
export function commission(patch: Partial<ProgramDefinition> = {}): ProgramDefinition {
  return {
    ...programTemplate("resellerRebate"),
    name: "Health",
    currency: "CNY",
    payKind: "commission",
    tiers: T1.map((t) => ({ ...t })),
    kpis: [kpi("Sales")],
    ...patch,
  };
}

/** A bonus on the score: the curve 50% → 50%, 100% → 100%, 150% → 200% of a CNY 10,000 target incentive. */
export function bonusProgram(patch: Partial<ProgramDefinition> = {}): ProgramDefinition {
  return commission({
    payKind: "bonus",
    basisKpi: null,
    method: "linear",
    targetIncentive: 10000,
    tiers: [
      { bound: 0.5, rate: 0.5, label: "Threshold" },
      { bound: 1, rate: 1, label: "Target" },
      { bound: 1.5, rate: 2, label: "Stretch" },
    ],
    kpis: [kpi("Sales", { weight: 0.5 }), kpi("CSAT", { unit: "score", target: 4, weight: 0.5 })],
    ...patch,
  });
}

export const sales = (...xs: (number | null)[]): PartnerInput[] => xs.map((x) => ({ actuals: [x] }));
