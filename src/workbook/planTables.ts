/*
 * The layout of a program's plan tables: their column headers, the names of the settings rows,
 * and the words the tables use. Writing (describeProgram.ts) and reading back (readPlan.ts) share
 * these, so what is written is exactly what can be read.
 */
import type { PayKind, ProgramDefinition } from "../engine";

export const SETTINGS_HEADERS = { setting: "Setting", value: "Value" } as const;

/** Settings rows, by the name in the Setting column (the formulas look values up by these names). */
export const SETTING = {
  program: "Program",
  currency: "Currency",
  decimals: "Decimals",
  periodStart: "Period start",
  periodEnd: "Period end",
  frequency: "Frequency",
  pays: "Pays",
  method: "Method",
  basisKpi: "Basis KPI",
  boundsRelative: "Bounds relative to target",
  cap: "Cap",
  targetIncentive: "Target incentive",
  listPrice: "List price",
} as const;

export type SettingKey = keyof typeof SETTING;

/** The settings a program of this kind has, in the order they are listed. */
export function settingsFor(payKind: PayKind): readonly SettingKey[] {
  const common: SettingKey[] = ["program", "currency", "decimals", "periodStart", "periodEnd", "frequency", "pays"];
  switch (payKind) {
    case "commission":
    case "rebate":
      return [...common, "method", "basisKpi", "boundsRelative", "cap"];
    case "bonus":
      return [...common, "targetIncentive", "cap"];
    case "discount":
      return [...common, "listPrice"];
  }
}

/**
 * Settings rows of a program over the user's own table (source kind "existing"), after the
 * settings above: which table holds the partners' results, and which of its columns hold what.
 * A program with its own data table has none of these rows. The per-KPI rows are named after the
 * KPI ("Column for Bookings", "Target column for Bookings"), so they read as plain sentences.
 */
export const SOURCE_SETTING = {
  table: "Partner data",
  partner: "Partner column",
  partnerName: "Partner name column",
} as const;

/** The settings row naming the column of the user's table with this KPI's actual. */
export function kpiColumnSetting(kpiName: string): string {
  return `Column for ${kpiName.trim()}`;
}

/** The settings row naming the column of the user's table with this KPI's per-partner target. */
export function targetColumnSetting(kpiName: string): string {
  return `Target column for ${kpiName.trim()}`;
}

/**
 * Settings that decide the shape of the formulas rather than a number in them. Editing them in
 * the sheet does not rebuild the formulas, so the plan sheet says to change them in the add-in.
 */
export const STRUCTURAL_SETTINGS: readonly SettingKey[] = ["pays", "basisKpi", "boundsRelative", "currency"];

export const KPI_HEADERS = {
  kpi: "KPI",
  unit: "Unit",
  direction: "Direction",
  target: "Target",
  targetMode: "Target mode",
  weight: "Weight",
  gate: "Gate",
} as const;

export const TIER_HEADERS = { bound: "Lower bound", rate: "Rate", label: "Label" } as const;

/** The Target mode column's words. */
export const TARGET_MODE_WORDS = { fixed: "fixed", perPartner: "per partner" } as const;

/** What the tier table is called on the plan sheet, by pay kind: a bonus reads a pay curve. */
export function tiersCaption(p: ProgramDefinition): string {
  switch (p.payKind) {
    case "bonus":
      return "Pay curve (score → % of target incentive)";
    case "discount":
      return "Discount tiers (score → discount)";
    case "commission":
      return p.boundsRelativeToTarget ? "Tiers (share of target → rate)" : "Tiers (amount → rate)";
    case "rebate":
      return p.boundsRelativeToTarget ? "Tiers (share of target → rebate rate)" : "Tiers (volume → rebate rate)";
  }
}
