/* global Excel */
/*
 * The programs in the workbook, read from their own plan tables: the list, and one program read
 * back for editing. Each takes the RequestContext of the caller's Excel.run.
 *
 * Syncs: listPrograms 2 (1 if none); readProgram 2.
 */
import { ProgramDefinition } from "../../engine";
import type { ProgramSummary } from "../contract";
import { TABLE_PREFIX, tableName } from "../names";
import { programFromTables, programNameFromSettings, sourceNameFromSettings } from "../readPlan";
import { formatMessage } from "../words";
import { namedSettingValues, queueSettingNames } from "./settingNames";

const SETTINGS_TABLE = new RegExp(`^${TABLE_PREFIX}(.+)_Settings$`, "i");

/**
 * The programs in the workbook, found from their own tables: every PI_<key>_Settings table with
 * its KPI and tier tables beside it. The name comes from the Settings table, the partner count
 * from the data table's first column (Partner ID).
 */
export async function listPrograms(context: Excel.RequestContext): Promise<ProgramSummary[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const byName = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
  const found = tables.items.flatMap((settings) => {
    const key = SETTINGS_TABLE.exec(settings.name)?.[1];
    if (!key || !byName.has(tableName(key, "KPIs").toLowerCase()) || !byName.has(tableName(key, "Tiers").toLowerCase()))
      return [];
    const values = settings.getRange().load("values");
    const planSheet = settings.worksheet.load("name");
    const data = byName.get(tableName(key, "Data").toLowerCase());
    const ids = data ? data.columns.getItemAt(0).getDataBodyRange().load("values") : null;
    const dataSheet = data ? data.worksheet.load("name") : null;
    return [{ key, values, planSheet, ids, dataSheet }];
  });
  if (found.length === 0) return [];
  await context.sync();
  return found.map((f) => {
    const name = programNameFromSettings(f.values.values);
    const source = sourceNameFromSettings(f.values.values);
    return {
      key: f.key,
      name: name || f.key,
      planSheet: f.planSheet.name,
      dataSheet: f.dataSheet?.name ?? "",
      partners: f.ids ? f.ids.values.filter((r) => r[0] !== "" && r[0] !== null).length : 0,
      ...(source ? { source } : {}),
    };
  });
}

/** A program read back from its plan tables, for editing in the wizard. */
export async function readProgram(context: Excel.RequestContext, key: string): Promise<ProgramDefinition> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  context.workbook.names.load("items/name");
  await context.sync();
  const names = { settings: tableName(key, "Settings"), kpis: tableName(key, "KPIs"), tiers: tableName(key, "Tiers") };
  const find = (name: string) => tables.items.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const [settings, kpis, tiers] = [find(names.settings), find(names.kpis), find(names.tiers)];
  if (!settings || !kpis || !tiers) {
    const missing = [names.settings, names.kpis, names.tiers].filter((n) => !find(n));
    throw new Error(formatMessage("programIncomplete", { key, tables: missing.join(", ") }));
  }
  const ranges = [settings, kpis, tiers].map((t) => t.getRange().load("values"));
  const named = queueSettingNames(key, context.workbook.names);
  await context.sync();
  return programFromTables(ranges[0].values, ranges[1].values, ranges[2].values, names, namedSettingValues(named));
}
