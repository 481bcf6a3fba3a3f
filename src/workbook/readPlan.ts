/*
 * A program read back from its plan tables (pure): the settings, KPI and tier tables' values,
 * header row included, as Range.values returns them. Columns are found by their headers, so a
 * user may reorder them; rows that are entirely blank are skipped. A number that cannot be read
 * becomes NaN, so the wizard's validation shows the user where it is.
 */
import {
  FREQUENCIES,
  Frequency,
  METHODS,
  Method,
  PAY_KINDS,
  PayKind,
  DataSource,
  ProgramDefinition,
  ProgramKpi,
  TierRow,
} from "../engine";
import { serialToIso } from "./excelDates";
import {
  KPI_HEADERS,
  SETTING,
  SETTINGS_HEADERS,
  SOURCE_SETTING,
  TARGET_MODE_WORDS,
  TIER_HEADERS,
  kpiColumnSetting,
  targetColumnSetting,
} from "./planTables";

type Grid = readonly (readonly unknown[])[];

export class PlanReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanReadError";
  }
}

export function programFromTables(
  settings: Grid,
  kpis: Grid,
  tiers: Grid,
  tableNames: { settings: string; kpis: string; tiers: string },
): ProgramDefinition {
  const s = settingsMap(settings, tableNames.settings);
  const get = (name: string): unknown => s.get(name.toLowerCase());

  const payKind = word(get(SETTING.pays));
  if (!PAY_KINDS.includes(payKind as PayKind)) {
    throw new PlanReadError(
      `The setting ${SETTING.pays} in ${tableNames.settings} is “${str(get(SETTING.pays))}”; it must be one of ${PAY_KINDS.join(", ")}.`,
    );
  }
  const kind = payKind as PayKind;
  const kpiList = readKpis(kpis, tableNames.kpis);
  const basisName = str(get(SETTING.basisKpi)).trim().toLowerCase();
  const basisIndex = kpiList.findIndex((k) => k.name.trim().toLowerCase() === basisName);
  const defaultMethod: Method = kind === "bonus" ? "linear" : kind === "discount" ? "retro" : "marginal";
  const method = word(get(SETTING.method));
  const frequency = word(get(SETTING.frequency));

  return {
    name: str(get(SETTING.program)).trim(),
    currency: str(get(SETTING.currency)).trim().toUpperCase(),
    decimals: num(get(SETTING.decimals)),
    periodStart: isoDate(get(SETTING.periodStart)),
    periodEnd: isoDate(get(SETTING.periodEnd)),
    frequency: (FREQUENCIES.includes(frequency as Frequency) ? frequency : "quarterly") as Frequency,
    payKind: kind,
    basisKpi: (kind === "commission" || kind === "rebate") && basisIndex >= 0 ? basisIndex : null,
    boundsRelativeToTarget: (kind === "commission" || kind === "rebate") && bool(get(SETTING.boundsRelative)),
    method: METHODS.includes(method as Method) ? (method as Method) : defaultMethod,
    tiers: readTiers(tiers, tableNames.tiers),
    cap: kind === "discount" ? null : numOrNull(get(SETTING.cap)),
    targetIncentive: kind === "bonus" ? numOrNull(get(SETTING.targetIncentive)) : null,
    listPrice: kind === "discount" ? numOrNull(get(SETTING.listPrice)) : null,
    kpis: kpiList,
    source: readSource(get, kpiList),
  };
}

/**
 * The partner data: the user's table and its column mapping when the settings have a
 * "Partner data" row (describeProgram.ts writes these rows only for such programs), else the
 * program's own data table. Per-KPI columns are found by the KPI's name; targetColumns always
 * has one entry per KPI ("" for none), and a blank partner name column is left out.
 */
function readSource(get: (name: string) => unknown, kpis: readonly ProgramKpi[]): DataSource {
  // Column names as written (existingSource.ts matches them ignoring case and outer spaces).
  const text = (name: string) => str(get(name));
  const table = text(SOURCE_SETTING.table);
  if (table.trim() === "") return { kind: "new" };
  const partnerName = text(SOURCE_SETTING.partnerName);
  return {
    kind: "existing",
    source: table,
    partnerColumn: text(SOURCE_SETTING.partner),
    ...(partnerName.trim() !== "" ? { partnerNameColumn: partnerName } : {}),
    kpiColumns: kpis.map((k) => text(kpiColumnSetting(k.name))),
    targetColumns: kpis.map((k) => text(targetColumnSetting(k.name))),
  };
}

function settingsMap(grid: Grid, table: string): Map<string, unknown> {
  const { rows, col } = columns(grid, table, [SETTINGS_HEADERS.setting, SETTINGS_HEADERS.value]);
  const map = new Map<string, unknown>();
  for (const r of rows) {
    const name = str(r[col[SETTINGS_HEADERS.setting]]).trim().toLowerCase();
    if (name !== "" && !map.has(name)) map.set(name, r[col[SETTINGS_HEADERS.value]]);
  }
  return map;
}

function readKpis(grid: Grid, table: string): ProgramKpi[] {
  const h = KPI_HEADERS;
  const { rows, col } = columns(grid, table, [h.kpi, h.unit, h.direction, h.target, h.targetMode, h.weight, h.gate]);
  return rows.map((r) => {
    const perPartner = word(r[col[h.targetMode]]) === TARGET_MODE_WORDS.perPartner;
    return {
      name: str(r[col[h.kpi]]).trim(),
      unit: str(r[col[h.unit]]),
      direction: word(r[col[h.direction]]) === "lower" ? "lower" : "higher",
      targetMode: perPartner ? "perPartner" : "fixed",
      target: perPartner ? null : numOrNull(r[col[h.target]]),
      weight: num(r[col[h.weight]]),
      gate: numOrNull(r[col[h.gate]]),
    };
  });
}

function readTiers(grid: Grid, table: string): TierRow[] {
  const h = TIER_HEADERS;
  const { rows, col } = columns(grid, table, [h.bound, h.rate, h.label]);
  return rows.map((r) => ({ bound: num(r[col[h.bound]]), rate: num(r[col[h.rate]]), label: str(r[col[h.label]]) }));
}

/** The data rows (blank rows dropped) and each wanted header's column. */
function columns(grid: Grid, table: string, wanted: readonly string[]): { rows: Grid; col: Record<string, number> } {
  const [header, ...rows] = grid;
  if (!header) throw new PlanReadError(`The table ${table} has no header row.`);
  const names = header.map((v) => str(v).trim().toLowerCase());
  const col: Record<string, number> = {};
  for (const w of wanted) {
    const i = names.indexOf(w.toLowerCase());
    if (i < 0) throw new PlanReadError(`The table ${table} has no column “${w}”; it is needed to read the program.`);
    col[w] = i;
  }
  return { rows: rows.filter((r) => r.some((v) => !isBlank(v))), col };
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function str(v: unknown): string {
  return isBlank(v) ? "" : String(v);
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
