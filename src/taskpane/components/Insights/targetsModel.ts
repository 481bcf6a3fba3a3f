/*
 * The Targets section: a target per KPI from the population's results (a share of partners
 * reaching it) or per partner from its own history, and what writing the reviewed ones would write.
 */
import { populationTarget, suggestFromHistory, type TrendSuggestion } from "../../../engine/analytics";
import type { ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import type { InsightsPartner } from "../../services/InsightsSource";
import type { HistoryTable } from "./activityModel";
import { Fx, partnerName } from "./insightsWords";

export const DEFAULT_SHARE = 0.6;
/** History: the change from the current target is capped at +20% and floored at −5%. */
export const MAX_INCREASE = 0.2;
export const MAX_DECREASE = 0.05;

export interface PartnerSuggestion {
  readonly id: string;
  readonly name: string;
  readonly current: number;
  readonly suggestion: TrendSuggestion;
}

export interface KpiSuggestion {
  readonly kpi: ProgramKpi;
  readonly index: number;
  /** The current target: one number, or null where each partner has its own. */
  readonly currentTarget: number | null;
  readonly population: number | null;
  /** Per partner from its own history; null where the workbook holds no history for this KPI. */
  readonly history: readonly PartnerSuggestion[] | null;
}

export function suggestTargets(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  share: number,
  history: HistoryTable | null,
  fx: Fx,
): KpiSuggestion[] {
  return p.kpis.map((kpi, index) => {
    const population = populationTarget(
      partners.map((x) => x.input.actuals[index] ?? null),
      share,
      kpi.direction === "higher",
    );
    let perPartner: PartnerSuggestion[] | null = null;
    if (history && history.kpi === index) {
      perPartner = partners.flatMap((x, i) => {
        const current = kpi.targetMode === "fixed" ? kpi.target : (x.input.targets?.[index] ?? null);
        const past = history.byPartner.get(x.id.trim().toLowerCase()) ?? [];
        if (current === null) return [];
        return [
          {
            id: x.id,
            name: partnerName(partners, i, fx),
            current,
            suggestion: suggestFromHistory(past, current, MAX_INCREASE, MAX_DECREASE),
          },
        ];
      });
    }
    return {
      kpi,
      index,
      currentTarget: kpi.targetMode === "fixed" ? kpi.target : null,
      population,
      history: perPartner,
    };
  });
}

export type TargetsMethod = "history" | "population";

/** What writing one KPI's reviewed targets would write (the workbook layer decides and checks). */
export type TargetsWrite =
  /** One target for every partner: the KPI table's Target (through the program's edit path). */
  | { readonly kind: "fixed"; readonly kpi: number; readonly before: number | null; readonly after: number }
  /** Per-partner targets in the data table's target column; `switching` adds it first. */
  | {
      readonly kind: "column";
      readonly kpi: number;
      readonly switching: boolean;
      readonly rows: readonly { id: string; name: string; before: number | null; after: number }[];
    }
  /** The targets live in the user's own table, which the add-in does not write. */
  | { readonly kind: "existing"; readonly table: string };

/** The write a method's suggestions make for a KPI, or null when there is nothing to write. */
export function targetsWrite(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  s: KpiSuggestion,
  method: TargetsMethod,
  fx: Fx,
): TargetsWrite | null {
  if (p.source.kind === "existing") return { kind: "existing", table: p.source.source };
  const fixed = s.kpi.targetMode === "fixed";
  if (method === "population") {
    if (s.population === null) return null;
    if (fixed) return { kind: "fixed", kpi: s.index, before: s.kpi.target, after: s.population };
    const value = s.population;
    return {
      kind: "column",
      kpi: s.index,
      switching: false,
      rows: partners.map((x, i) => ({
        id: x.id,
        name: partnerName(partners, i, fx),
        before: x.input.targets?.[s.index] ?? null,
        after: value,
      })),
    };
  }
  if (!s.history || s.history.length === 0) return null;
  return {
    kind: "column",
    kpi: s.index,
    switching: fixed,
    rows: s.history.map((x) => ({ id: x.id, name: x.name, before: x.current, after: x.suggestion.suggested })),
  };
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
