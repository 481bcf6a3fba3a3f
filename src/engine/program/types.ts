import type { Direction, Method } from "../methods";
import { LANGUAGES, type Language } from "../language";

/** What a program pays (SPEC §5): how its tier table turns results into money. */
export type PayKind =
  /** A rate on an amount, e.g. 3% of installed value (PAYOUT on the basis KPI's actual). */
  | "commission"
  /** A share of a target incentive from a pay curve at the weighted score (BONUS). */
  | "bonus"
  /** A rate on volume, usually retro (PAYOUT on the basis KPI's actual). */
  | "rebate"
  /** A discount off a list price for the tier the score reaches (PRICE). */
  | "discount";

export const PAY_KINDS: readonly PayKind[] = ["commission", "bonus", "rebate", "discount"];

export type Frequency = "monthly" | "quarterly" | "annual";

export const FREQUENCIES: readonly Frequency[] = ["monthly", "quarterly", "annual"];

/** The language a program's sheets are written in: headers, settings names, notes, number formats. */
export type SheetLanguage = Language;

export const SHEET_LANGUAGES: readonly SheetLanguage[] = LANGUAGES;

export interface ProgramKpi {
  /** Column header and the KPI's name in the KPI table. */
  name: string;
  /** Shown next to values: "%", "CNY", "installs", "score (1–5)". */
  unit: string;
  direction: Direction;
  /** One target for every partner, or a target column in the partner data. */
  targetMode: "fixed" | "perPartner";
  /** The fixed target; null when targets are per partner. */
  target: number | null;
  /** Share of the score, 0–1; all weights add up to 1. A gate-only KPI has weight 0. */
  weight: number;
  /** Minimum actual to qualify for any payout (maximum for lower-is-better KPIs); null for none. */
  gate: number | null;
}

export interface TierRow {
  bound: number;
  rate: number;
  label: string;
}

/** Where partner results live. */
export type DataSource =
  | { kind: "new" }
  | {
      kind: "existing";
      /** An Excel table name or a sheet-qualified range address, e.g. "Sales" or "'Q3 data'!A1:F61". */
      source: string;
      partnerColumn: string;
      /** The column holding each KPI's actual, by KPI position. */
      kpiColumns: string[];
      /**
       * The column holding each KPI's per-partner target, by KPI position; needed only for KPIs
       * whose target is per partner ("" or missing elsewhere).
       */
      targetColumns?: string[];
      /** A column with the partner's name, when the partner column holds an ID; the partner column otherwise. */
      partnerNameColumn?: string;
    };

/** One incentive contract: everything the wizard collects and the plan tables hold. */
export interface ProgramDefinition {
  name: string;
  /** ISO 4217 code, e.g. CNY, USD, EUR. */
  currency: string;
  /** Decimals money is rounded to (0–4). */
  decimals: number;
  /** ISO dates (yyyy-mm-dd), inclusive. */
  periodStart: string;
  periodEnd: string;
  frequency: Frequency;
  payKind: PayKind;
  /** For commission and rebate: the KPI whose actual is the amount paid on (index into kpis). */
  basisKpi: number | null;
  /** For commission and rebate: tier bounds are fractions of the basis KPI's target (1.0 = 100%). */
  boundsRelativeToTarget: boolean;
  method: Method;
  tiers: TierRow[];
  /** Cap on a partner's period payout (bonus: on the curve percentage); null for none. */
  cap: number | null;
  /** For bonus: the amount paid at 100% of the curve. */
  targetIncentive: number | null;
  /** For discount: the list price the discount applies to. */
  listPrice: number | null;
  kpis: ProgramKpi[];
  source: DataSource;
  /**
   * The language of the plan and data sheets (their headers and settings names, so the formulas'
   * structured references follow it). Default "en". Dashboards and statements choose their own.
   */
  sheetLanguage?: SheetLanguage;
  /**
   * "old": the plan and data tables carry the names an earlier version wrote (Chinese 费率,
   * 支付金额（CNY）…, docs/glossary.md "Old names still read"); set when such a program is read, so
   * its formulas go on naming the columns it has. Absent: the glossary's names.
   */
  sheetNames?: "old";
}
