/*
 * The calculated columns of a program's partner data table: what src/engine/program/evaluate.ts
 * computes for one partner, as INCENTIVE formulas. Every number a user may change (targets,
 * weights, gates, directions, tiers, method, cap, decimals, target incentive, list price) is
 * referenced from the plan tables, never copied into a formula, so editing it recalculates.
 */
import type { ProgramDefinition } from "../engine";
import { lookup, stringArray, stringLiteral, tableColumn, thisRow, thisRowSpan } from "./formulas";
import type { SheetLabels } from "./labels";
import { EN } from "./labels/en";
import { labelsOf } from "./planTables";
import { NamedSetting, capOrNoneNameOf, settingNameOf } from "./names";

/** What the Tier column shows for a partner below the first tier (where TIER itself is #N/A), in English sheets. */
export const BELOW_FIRST_TIER = EN.data.belowFirstTier;

/** A column of the KPI table, by its key in the label catalogue. */
export type KpiField = keyof SheetLabels["plan"]["kpiHeaders"];

/** The plan tables the formulas read. */
export interface PlanTableNames {
  readonly settings: string;
  readonly kpis: string;
  readonly tiers: string;
}

/** The data table's headers the formulas refer to, per KPI where there is one per KPI. */
export interface DataHeaders {
  readonly actual: readonly string[];
  /** The per-partner target column of each KPI; null where the KPI's target is fixed. */
  readonly target: readonly (string | null)[];
  readonly attainment: readonly string[];
  readonly score: string;
  readonly gateMet: string;
  readonly tier: string;
  /** Payout, or for a discount program the discount per unit. */
  readonly payout: string;
  /** Discount programs only: the net price. */
  readonly netPrice: string | null;
  /**
   * False when the actual columns are not side by side in KPI order (a removed KPI's kept column,
   * or one of the user's, between them): Gate met then picks each actual on its own. Side by side
   * when left out (as describeProgram writes them).
   */
  readonly actualsSideBySide?: boolean;
}

export class ProgramFormulas {
  /** The plan tables' words: the program's sheet language, as describeProgram wrote them. */
  private readonly l: SheetLabels;

  constructor(
    private readonly p: ProgramDefinition,
    private readonly t: PlanTableNames,
    private readonly h: DataHeaders,
  ) {
    this.l = labelsOf(p);
  }

  /** A value from the settings table: its Value cell, by the setting's defined name (PI_<key>_Cap). */
  setting(key: NamedSetting): string {
    return settingNameOf(this.t.settings, key);
  }

  /** A field of one KPI's row in the KPI table, found by the KPI's name (so rows may be reordered). */
  kpiField(kpi: number, field: KpiField): string {
    const h = this.l.plan.kpiHeaders;
    return lookup(this.t.kpis, h.kpi, this.p.kpis[kpi].name, h[field]);
  }

  /** The KPI's target: the KPI table's Target, or this partner's target column. */
  target(kpi: number): string {
    const column = this.h.target[kpi];
    return column === null ? this.kpiField(kpi, "target") : thisRow(column);
  }

  attainment(kpi: number): string {
    return `=INCENTIVE.ATTAINMENT(${thisRow(this.h.actual[kpi])},${this.target(kpi)},${this.kpiField(kpi, "direction")})`;
  }

  /**
   * Weighted score over the attainment columns; weights looked up by KPI name, in column order.
   * Blank while any KPI's attainment is blank (no results yet).
   */
  score(): string {
    const names = this.p.kpis.map((k) => k.name);
    const att = this.h.attainment;
    const weights =
      names.length === 1
        ? this.kpiField(0, "weight")
        : `XLOOKUP(${stringArray(names)},${tableColumn(this.t.kpis, this.l.plan.kpiHeaders.kpi)},${tableColumn(this.t.kpis, this.l.plan.kpiHeaders.weight)})`;
    const span = thisRowSpan(att[0], att[att.length - 1]);
    const score = `INCENTIVE.SCORE(${span},${weights})`;
    // A partly blank row has no score yet (as evaluatePartner says), not SCORE's #N/A: blank, so
    // Tier and Payout stay blank and the dashboard's totals skip the row. An error still shows.
    return names.length === 1 ? `=${score}` : `=IF(OR(${span}=""),"",${score})`;
  }

  /**
   * TRUE when every KPI's gate is met (INCENTIVE.GATE: the rule is the engine's, as
   * evaluatePartner's). Every KPI is passed, so a gate typed into the KPI table later takes effect
   * at once. Gates and directions are looked up by KPI name in actual-column order, as text
   * (&""): a looked-up array holds 0 for a blank cell, and a blank Gate is no gate, not a gate of
   * 0 (GATE reads "4.2" as the number); a blank Direction stays "" (higher).
   */
  gateMet(): string {
    const names = this.p.kpis.map((k) => k.name);
    const keys = names.length === 1 ? stringLiteral(names[0]) : stringArray(names);
    if (names.length > 1 && this.h.actualsSideBySide === false) {
      // The actuals stand apart: CHOOSE with an array of indexes lines them up in one row, in KPI
      // order, so one GATE reads them all (about 20 characters a KPI, not a GATE per KPI).
      const order = `{${names.map((_, i) => i + 1).join(",")}}`;
      const actuals = names.map((_, i) => thisRow(this.h.actual[i]));
      return `=${this.gateCall(`CHOOSE(${order},${actuals.join(",")})`, keys)}`;
    }
    return `=${this.gateCall(thisRowSpan(this.h.actual[0], this.h.actual[names.length - 1]), keys)}`;
  }

  /** INCENTIVE.GATE over `actuals`, with the gates and directions of the KPIs named by `keys`. */
  private gateCall(actuals: string, keys: string): string {
    const h = this.l.plan.kpiHeaders;
    const column = (field: KpiField) => tableColumn(this.t.kpis, h[field]);
    const lookup = (field: KpiField) => `XLOOKUP(${keys},${column("kpi")},${column(field)}&"")`;
    return `INCENTIVE.GATE(${actuals},${lookup("gate")},${lookup("direction")})`;
  }

  /** What the tier table reads: the basis KPI's actual (commission, rebate) or the score. */
  tierValue(): string {
    const basis = this.basisKpi();
    return basis === null ? thisRow(this.h.score) : thisRow(this.h.actual[basis]);
  }

  /** ",<target>" when the tier bounds are fractions of the basis KPI's target, else "". */
  private tierTargetArgument(): string {
    const basis = this.basisKpi();
    return basis !== null && this.p.boundsRelativeToTarget ? `,${this.target(basis)}` : "";
  }

  /**
   * The tier reached. Below the first tier TIER is #N/A; the sheet says so in words instead,
   * comparing with the tier table's first bound (scaled by the target where bounds are relative).
   */
  tier(): string {
    const value = this.tierValue();
    const basis = this.basisKpi();
    const scale = basis !== null && this.p.boundsRelativeToTarget ? `*${this.target(basis)}` : "";
    const first = `MIN(${tableColumn(this.t.tiers, this.l.plan.tierHeaders.bound)})${scale}`;
    return `=IF(${value}="","",IF(${value}<${first},${stringLiteral(this.l.data.belowFirstTier)},INCENTIVE.TIER(${value},${this.t.tiers}${this.tierTargetArgument()})))`;
  }

  /** The Cap setting, "" when its cell is blank so a blank always means no cap (names.ts, PI_<key>_CapOrNone). */
  private cap(): string {
    return capOrNoneNameOf(this.t.settings);
  }

  private decimals(): string {
    return this.setting("decimals");
  }

  /**
   * Money owed, rounded to the currency's decimals; 0 when a gate is missed; blank while the
   * value the tiers read is blank (no results yet).
   */
  payout(): string {
    const value = this.tierValue();
    const gate = thisRow(this.h.gateMet);
    const tiers = this.t.tiers;
    let money: string;
    switch (this.p.payKind) {
      case "commission":
      case "rebate": {
        const target = this.p.boundsRelativeToTarget ? this.target(this.basisKpi()!) : "";
        money = `INCENTIVE.PAYOUT(${value},${tiers},${this.setting("method")},${target},,${this.cap()})`;
        break;
      }
      case "bonus":
        money = `INCENTIVE.BONUS(${value},${this.setting("targetIncentive")},${tiers},${this.cap()})`;
        break;
      case "discount": {
        const list = this.setting("listPrice");
        money = `${list}-INCENTIVE.PRICE(${list},${value},${tiers})`;
        break;
      }
    }
    return `=IF(${value}="","",IF(${gate},ROUND(${money},${this.decimals()}),0))`;
  }

  /** Discount programs: list price less the (rounded) discount, so the two always add up. */
  netPrice(): string {
    const discount = thisRow(this.h.payout);
    return `=IF(${discount}="","",ROUND(${this.setting("listPrice")},${this.decimals()})-${discount})`;
  }

  private basisKpi(): number | null {
    const usesBasis = this.p.payKind === "commission" || this.p.payKind === "rebate";
    return usesBasis && this.p.basisKpi !== null ? this.p.basisKpi : null;
  }
}
