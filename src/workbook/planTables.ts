/*
 * The layout of a program's plan tables: their column headers, the names of the settings rows,
 * and the words the tables use, in the program's sheet language (labels/). Writing
 * (describeProgram.ts) and reading back (readPlan.ts) share these, so what is written is exactly
 * what can be read. The constants below are the English ones, for code and tests that want them.
 */
import type { PayKind, ProgramDefinition } from "../engine";
import { SheetLabels, fillLabel, programLanguage, sheetLabels } from "./labels";
import { EN } from "./labels/en";

export const SETTINGS_HEADERS = EN.plan.settingsHeaders;

/** Settings rows, by the name in the Setting column (the formulas look values up by these names). */
export const SETTING = EN.plan.setting;

export type SettingKey = keyof SheetLabels["plan"]["setting"];

/** The catalogue a program's plan and data sheets are written in. */
export function labelsOf(p: Pick<ProgramDefinition, "sheetLanguage" | "sheetNames">): SheetLabels {
  return sheetLabels(programLanguage(p), p.sheetNames);
}

/** The settings a program of this kind has, in the order they are listed. */
export function settingsFor(payKind: PayKind): readonly SettingKey[] {
  const common: SettingKey[] = ["program", "currency", "decimals", "periodStart", "periodEnd", "frequency", "pays"];
  switch (payKind) {
    case "commission":
    case "rebate":
      return [...common, "method", "basisKpi", "boundsRelative", "cap", "sheetLanguage"];
    case "bonus":
      return [...common, "targetIncentive", "cap", "sheetLanguage"];
    case "discount":
      return [...common, "listPrice", "sheetLanguage"];
  }
}

/**
 * Settings rows of a program over the user's own table (source kind "existing"), after the
 * settings above: which table holds the partners' results, and which of its columns hold what.
 * A program with its own data table has none of these rows. The per-KPI rows are named after the
 * KPI ("Column for Bookings", "Target column for Bookings"), so they read as plain sentences.
 */
export const SOURCE_SETTING = {
  table: EN.plan.sourceSetting.table,
  partner: EN.plan.sourceSetting.partner,
  partnerName: EN.plan.sourceSetting.partnerName,
} as const;

/** The settings row naming the column of the user's table with this KPI's actual. */
export function kpiColumnSetting(kpiName: string, labels: SheetLabels = EN): string {
  return fillLabel(labels.plan.sourceSetting.kpiColumn, { kpi: kpiName.trim() });
}

/** The settings row naming the column of the user's table with this KPI's per-partner target. */
export function targetColumnSetting(kpiName: string, labels: SheetLabels = EN): string {
  return fillLabel(labels.plan.sourceSetting.targetColumn, { kpi: kpiName.trim() });
}

/**
 * Settings that decide the shape of the formulas rather than a number in them. Editing them in
 * the sheet does not rebuild the formulas, so the plan sheet says to change them in the add-in.
 */
export const STRUCTURAL_SETTINGS: readonly SettingKey[] = [
  "pays",
  "basisKpi",
  "boundsRelative",
  "currency",
  "sheetLanguage",
];

export const KPI_HEADERS = EN.plan.kpiHeaders;

export const TIER_HEADERS = EN.plan.tierHeaders;

/** The Target mode column's words. */
export const TARGET_MODE_WORDS = EN.plan.targetMode;

/** What the tier table is called on the plan sheet, by pay kind: a bonus reads a pay curve. */
export function tiersCaption(p: ProgramDefinition, labels: SheetLabels = labelsOf(p)): string {
  const c = labels.plan.tiersCaption;
  switch (p.payKind) {
    case "bonus":
      return c.bonus;
    case "discount":
      return c.discount;
    case "commission":
      return p.boundsRelativeToTarget ? c.commissionRelative : c.commission;
    case "rebate":
      return p.boundsRelativeToTarget ? c.rebateRelative : c.rebate;
  }
}
