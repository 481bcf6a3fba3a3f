/*
 * A program read back from its plan tables (pure): the settings, KPI and tier tables' values,
 * header row included, as Range.values returns them. Columns are found by their headers, so a
 * user may reorder them; rows that are entirely blank are skipped. A number that cannot be read
 * becomes NaN, so the wizard's validation shows the user where it is.
 */
import {
  METHOD_ALIASES,
  Method,
  PAY_KINDS,
  PayKind,
  DataSource,
  ProgramDefinition,
  ProgramKpi,
  TierRow,
} from "../engine";
import { serialToIso } from "../engine/excelDates";
import { READ_LABELS, SheetLabels, hasOldNames, sheetLabels } from "./labels";
import { SettingKey, kpiColumnSetting, targetColumnSetting } from "./planTables";
import { formatMessage, workbookLanguage } from "./words";

type Grid = readonly (readonly unknown[])[];

export class PlanReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanReadError";
  }
}

/** Every catalogue's words are read, the old Chinese table names too (labels/oldNames.ts). */
const CATALOGUES: readonly SheetLabels[] = READ_LABELS;

/**
 * A program read back from its three plan tables, in whichever sheet language they were written:
 * the Settings table's headers say which (its Setting names are that language's), and the
 * program comes back with that sheetLanguage, so its data table's headers are found again.
 * `named`: the values of settings read through their defined names, by setting key.
 */
export function programFromTables(
  settings: Grid,
  kpis: Grid,
  tiers: Grid,
  tableNames: { settings: string; kpis: string; tiers: string },
  named: ReadonlyMap<string, unknown> = new Map(),
): ProgramDefinition {
  const { labels, values: s } = settingsMap(settings, tableNames.settings);
  // A setting with a defined name (program/settingNames.ts) is read from the name's cell, so a
  // renamed label still reads; the others by their label, or the label it had (labels/oldNames.ts).
  const get = (key: SettingKey): unknown => (named.has(key) ? named.get(key) : settingByLabel(s, labels, key));

  const payKind = codeOf(get("pays"), (l) => l.plan.pays);
  if (payKind === null) {
    throw new PlanReadError(
      formatMessage("planPaysInvalid", {
        setting: labels.plan.setting.pays,
        table: tableNames.settings,
        found: str(get("pays")),
        allowed: PAY_KINDS.map((k) => labels.plan.pays[k]).join(", "),
      }),
    );
  }
  const kind: PayKind = payKind;
  const kpiList = readKpis(kpis, tableNames.kpis, labels);
  const tierTable = readTiers(tiers, tableNames.tiers, labels);
  const basisName = str(get("basisKpi")).trim().toLowerCase();
  const basisIndex = kpiList.findIndex((k) => k.name.trim().toLowerCase() === basisName);
  const defaultMethod: Method = kind === "bonus" ? "linear" : kind === "discount" ? "retro" : "marginal";
  // The words of either catalogue, else every name the formulas' INCENTIVE.PAYOUT accepts (parseMethod),
  // so an earlier version's Chinese words (累进, 全额追溯) read as the method the sheet computes.
  const method = codeOf(get("method"), (l) => l.plan.method) ?? METHOD_ALIASES.get(word(get("method"))) ?? null;
  const frequency = codeOf(get("frequency"), (l) => l.plan.frequency);

  return {
    name: str(get("program")).trim(),
    currency: str(get("currency")).trim().toUpperCase(),
    decimals: num(get("decimals")),
    periodStart: isoDate(get("periodStart")),
    periodEnd: isoDate(get("periodEnd")),
    frequency: frequency ?? "quarterly",
    payKind: kind,
    basisKpi: (kind === "commission" || kind === "rebate") && basisIndex >= 0 ? basisIndex : null,
    boundsRelativeToTarget: (kind === "commission" || kind === "rebate") && bool(get("boundsRelative")),
    method: method ?? defaultMethod,
    tiers: tierTable.tiers,
    cap: kind === "discount" ? null : numOrNull(get("cap")),
    targetIncentive: kind === "bonus" ? numOrNull(get("targetIncentive")) : null,
    listPrice: kind === "discount" ? numOrNull(get("listPrice")) : null,
    kpis: kpiList,
    source: readSource((name) => s.get(name.toLowerCase()), kpiList, labels),
    // The headers decide: the formulas reference the headers actually written.
    sheetLanguage: labels.language,
    // A tier table with the old Chinese names was written with its data table's old names.
    ...(tierTable.oldNames ? { sheetNames: "old" as const } : {}),
  };
}

/** A setting by its row's label in the catalogue read, else in another of the same language (an old name). */
function settingByLabel(s: ReadonlyMap<string, unknown>, labels: SheetLabels, key: SettingKey): unknown {
  for (const l of [labels, ...CATALOGUES.filter((c) => c !== labels && c.language === labels.language)]) {
    const name = l.plan.setting[key].toLowerCase();
    if (s.has(name)) return s.get(name);
  }
  return undefined;
}

/** The program's name from its Settings table's values (header row first), in either language; "" when absent. */
export function programNameFromSettings(settings: Grid): string {
  try {
    const { labels, values } = settingsMap(settings, "");
    return str(settingByLabel(values, labels, "program")).trim();
  } catch {
    return "";
  }
}

/** The user's table or range a program reads, from its Settings table's values; "" for a program with its own data table. */
export function sourceNameFromSettings(settings: Grid): string {
  try {
    const { labels, values } = settingsMap(settings, "");
    return str(values.get(labels.plan.sourceSetting.table.toLowerCase())).trim();
  } catch {
    return "";
  }
}

/**
 * The partner data: the user's table and its column mapping when the settings have a
 * "Partner data" row (describeProgram.ts writes these rows only for such programs), else the
 * program's own data table. Per-KPI columns are found by the KPI's name; targetColumns always
 * has one entry per KPI ("" for none), and a blank partner name column is left out.
 */
function readSource(get: (name: string) => unknown, kpis: readonly ProgramKpi[], labels: SheetLabels): DataSource {
  // Column names as written (existingSource.ts matches them ignoring case and outer spaces).
  const text = (name: string) => str(get(name));
  const words = labels.plan.sourceSetting;
  const table = text(words.table);
  if (table.trim() === "") return { kind: "new" };
  const partnerName = text(words.partnerName);
  return {
    kind: "existing",
    source: table,
    partnerColumn: text(words.partner),
    ...(partnerName.trim() !== "" ? { partnerNameColumn: partnerName } : {}),
    kpiColumns: kpis.map((k) => text(kpiColumnSetting(k.name, labels))),
    targetColumns: kpis.map((k) => text(targetColumnSetting(k.name, labels))),
  };
}

/** The settings by name (lowercase), and the catalogue whose Setting and Value headers the table has. */
function settingsMap(grid: Grid, table: string): { labels: SheetLabels; values: Map<string, unknown> } {
  const { rows, col, labels } = columns(grid, table, (l) => {
    const h = l.plan.settingsHeaders;
    return [h.setting, h.value];
  });
  const map = new Map<string, unknown>();
  for (const r of rows) {
    const name = str(r[col[0]]).trim().toLowerCase();
    if (name !== "" && !map.has(name)) map.set(name, r[col[1]]);
  }
  return { labels, values: map };
}

function readKpis(grid: Grid, table: string, preferred: SheetLabels): ProgramKpi[] {
  const { rows, col } = columns(
    grid,
    table,
    (l) => {
      const h = l.plan.kpiHeaders;
      return [h.kpi, h.unit, h.direction, h.target, h.targetMode, h.weight, h.gate];
    },
    preferred,
  );
  const perPartnerWords = new Set(CATALOGUES.map((l) => l.plan.targetMode.perPartner.toLowerCase()));
  return rows.map((r) => {
    const perPartner = perPartnerWords.has(word(r[col[4]]));
    return {
      name: str(r[col[0]]).trim(),
      unit: str(r[col[1]]),
      direction: codeOf(r[col[2]], (l) => l.plan.direction) ?? "higher",
      targetMode: perPartner ? "perPartner" : "fixed",
      target: perPartner ? null : numOrNull(r[col[3]]),
      weight: num(r[col[5]]),
      gate: numOrNull(r[col[6]]),
    };
  });
}

function readTiers(grid: Grid, table: string, preferred: SheetLabels): { tiers: TierRow[]; oldNames: boolean } {
  const { rows, col, labels } = columns(
    grid,
    table,
    (l) => [l.plan.tierHeaders.bound, l.plan.tierHeaders.rate, l.plan.tierHeaders.label],
    preferred,
  );
  const tiers = rows.map((r) => ({ bound: num(r[col[0]]), rate: num(r[col[1]]), label: str(r[col[2]]) }));
  return { tiers, oldNames: hasOldNames(labels) };
}

/**
 * The data rows (blank rows dropped) and each wanted header's column, in the first catalogue
 * (the preferred one first) whose headers the table has all of. None: the error names the
 * first missing column in the preferred catalogue (else the user's message language).
 */
function columns(
  grid: Grid,
  table: string,
  wanted: (labels: SheetLabels) => readonly string[],
  preferred?: SheetLabels,
): { rows: Grid; col: number[]; labels: SheetLabels } {
  const [header, ...rows] = grid;
  if (!header) throw new PlanReadError(formatMessage("planNoHeader", { table }));
  const names = header.map((v) => str(v).trim().toLowerCase());
  const order = preferred ? [preferred, ...CATALOGUES.filter((l) => l !== preferred)] : CATALOGUES;
  for (const labels of order) {
    const col = wanted(labels).map((w) => names.indexOf(w.toLowerCase()));
    if (col.every((i) => i >= 0)) return { rows: rows.filter((r) => r.some((v) => !isBlank(v))), col, labels };
  }
  const shown = preferred ?? sheetLabels(workbookLanguage());
  const column = wanted(shown).find((w) => !names.includes(w.toLowerCase())) ?? wanted(shown)[0];
  throw new PlanReadError(formatMessage("planColumnMissing", { table, column }));
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function str(v: unknown): string {
  return isBlank(v) ? "" : String(v);
}

/**
 * The code a cell names, written as its word in any sheet language (an English sheet's words are
 * the codes, so older programs read as before); null when it names none.
 */
function codeOf<C extends string>(v: unknown, words: (l: SheetLabels) => Readonly<Record<C, string>>): C | null {
  const w = word(v);
  for (const l of CATALOGUES) {
    for (const [code, text] of Object.entries(words(l)) as [C, string][]) if (text.toLowerCase() === w) return code;
  }
  return null;
}

function word(v: unknown): string {
  return str(v).trim().toLowerCase().replace(/\s+/g, " ");
}

/** A number cell; text that reads as a number is accepted, anything else is NaN. */
function num(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return NaN;
}

function numOrNull(v: unknown): number | null {
  return isBlank(v) ? null : num(v);
}

function bool(v: unknown): boolean {
  return v === true || word(v) === "true";
}

function isoDate(v: unknown): string {
  if (typeof v === "number" && Number.isFinite(v)) return serialToIso(v);
  return str(v).trim();
}
