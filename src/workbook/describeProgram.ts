/*
 * A program as sheets and tables (pure: no Office). The plan sheet holds the settings, KPI and
 * tier tables; the data sheet holds one row per partner with the KPI actuals and the calculated
 * columns (attainment, score, gate, tier, payout) that read the plan tables.
 */
import { ProgramDefinition, validateProgram } from "../engine";
import type { PartnerSeed } from "./contract";
import { isoToSerial } from "./excelDates";
import { ResolvedSource, SourceTable, resolveSource } from "./existingSource";
import { followedColumns } from "./sourceColumns";
import {
  ExistingNames,
  NO_EXISTING_NAMES,
  SheetNamer,
  TableSuffix,
  freeKey,
  isNamedSetting,
  settingName,
  stemOf,
  tableName,
  tableNameProblem,
} from "./names";
import { SheetLabels, fillLabel, listWords } from "./labels";
import { GENERAL, PERCENT, TEXT, WHOLE_NUMBER, kpiFormat, moneyFormat, rateFormat } from "./numberFormats";
import {
  STRUCTURAL_SETTINGS,
  SettingKey,
  kpiColumnSetting,
  labelsOf,
  settingsFor,
  targetColumnSetting,
  tiersCaption,
} from "./planTables";
import { HeaderNamer, dataHeaders } from "./dataHeaders";
import { PlanTableNames, ProgramFormulas } from "./programFormulas";
import {
  Cell,
  DefinedNamePlan,
  PlainCell,
  SheetPlan,
  TableColumn,
  TablePlan,
  WorkbookPlan,
  formula,
  text,
} from "./sheetPlan";
import { SolarWaveSample, installationsTable, sampleActualFormula, sampleMeasureOf } from "./solarwaveSample";
import { formatMessage, workbookLanguage } from "./words";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

export interface DescribeOptions {
  /** Partners to seed the data table with. */
  readonly partners?: readonly PartnerSeed[];
  /** Names already in the workbook, so the new ones do not clash. */
  readonly existing?: ExistingNames;
  /** The SolarWave sample: an Installations table, and its partners with formula actuals. */
  readonly sample?: SolarWaveSample;
  /**
   * For a program over an existing table (source kind "existing"): that table as read from the
   * workbook (existingSource.ts), or null when the workbook has no table by the program's name.
   */
  readonly sourceTable?: SourceTable | null;
}

/** The program cannot be written as it is; the message says why in the user's words. */
export class ProgramNotWritableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramNotWritableError";
  }
}

const TABLE_ROW = 5; // Excel row 6: plan tables start under a title, two notes and a caption
const DATA_TABLE_ROW = 3; // Excel row 4: under the title and two notes

export function describeProgram(p: ProgramDefinition, options: DescribeOptions = {}): WorkbookPlan {
  const source = assertWritable(p, options);
  const { sample } = options;
  const existing = options.existing ?? NO_EXISTING_NAMES;
  const suffixes: TableSuffix[] = sample
    ? ["Settings", "KPIs", "Tiers", "Data", "Installations"]
    : ["Settings", "KPIs", "Tiers", "Data"];
  const key = freeKey(stemOf(p.name), existing, suffixes);
  const tables: PlanTableNames & { data: string; installations: string } = {
    settings: tableName(key, "Settings"),
    kpis: tableName(key, "KPIs"),
    tiers: tableName(key, "Tiers"),
    data: tableName(key, "Data"),
    installations: tableName(key, "Installations"),
  };
  for (const name of Object.values(tables)) {
    const problem = tableNameProblem(name);
    if (problem) throw new Error(`Internal error: the table name ${name} breaks Excel's rules (${problem}).`);
  }
  const l = labelsOf(p);
  const sheetNames = new SheetNamer(p.name, existing);
  const planSheet = sheetNames.next(l.sheet.plan);
  const dataSheet = sheetNames.next(source ? l.sheet.results : l.sheet.data);
  const installationsSheet = sample ? sheetNames.next(l.sheet.installations) : null;
  const owner = fillLabel(l.ownership, { program: p.name.trim(), key });

  const sheets: SheetPlan[] = [
    describePlanSheet(p, planSheet, dataSheet, tables, owner),
    source
      ? describeResultsSheet(p, dataSheet, planSheet, tables, owner, source)
      : describeDataSheet(p, dataSheet, planSheet, tables, owner, options.partners ?? [], sample, installationsSheet),
  ];
  if (sample && installationsSheet) {
    sheets.push({
      name: installationsSheet,
      role: "installations",
      cells: [
        { row: 0, column: 0, style: "title", value: text(l.installations.title) },
        { row: 1, column: 0, style: "note", value: text(owner) },
        { row: 2, column: 0, style: "note", value: text(l.installations.note) },
      ],
      tables: [installationsTable(sample, tables.installations, { row: DATA_TABLE_ROW, column: 0 }, l)],
      columnWidths: [],
      frozenRows: DATA_TABLE_ROW + 1,
    });
  }
  return {
    key,
    programName: p.name,
    sheets: sheets.map(withColumnWidths),
    activeSheet: dataSheet,
    names: settingNames(p, key, sheets[0]),
  };
}

/**
 * The defined names of the settings the formulas read (names.ts), each referring to its row's
 * Value cell in the Settings table (the plan sheet's first table, one header row).
 */
function settingNames(p: ProgramDefinition, key: string, planSheet: SheetPlan): DefinedNamePlan[] {
  const settings = planSheet.tables[0];
  return settingsFor(p.payKind).flatMap((setting, i) =>
    isNamedSetting(setting)
      ? [
          {
            name: settingName(key, setting),
            sheet: planSheet.name,
            cell: { row: settings.topLeft.row + 1 + i, column: settings.topLeft.column + 1 },
          },
        ]
      : [],
  );
}

/** Refuses an invalid program; for one over an existing table, its columns found in that table. */
function assertWritable(p: ProgramDefinition, options: DescribeOptions): ResolvedSource | null {
  const issues = validateProgram(p, workbookLanguage());
  if (issues.length > 0) {
    const more = issues.length > 1 ? formatMessage("moreToFix", { count: issues.length - 1 }) : "";
    throw new ProgramNotWritableError(formatMessage("programNotWritable", { problem: issues[0].message, more }));
  }
  if (p.source.kind === "new") return null;
  if (options.sample || (options.partners ?? []).length > 0) {
    throw new ProgramNotWritableError(formatMessage("existingNoSeeds"));
  }
  if (options.sourceTable === undefined) {
    throw new Error("Internal error: the existing table was not read before describing the program.");
  }
  const resolved = resolveSource(p, options.sourceTable);
  if (!resolved.ok)
    throw new ProgramNotWritableError(formatMessage("programNotWritable", { problem: resolved.problem, more: "" }));
  return resolved.source;
}

// ---------------------------------------------------------------------------------------------
// Plan sheet: settings, KPIs and tiers side by side, so each table can grow downwards.

function describePlanSheet(
  p: ProgramDefinition,
  name: string,
  dataSheet: string,
  t: PlanTableNames,
  owner: string,
): SheetPlan {
  const l = labelsOf(p);
  const structural: string[] = STRUCTURAL_SETTINGS.filter((k) => settingsFor(p.payKind).includes(k)).map(
    (k) => l.plan.setting[k],
  );
  // The results sheet's formulas name the user's table and columns: the mapping rows shape them too.
  if (p.source.kind === "existing")
    structural.push(fillLabel(l.plan.sourceRowsFrom, { setting: l.plan.sourceSetting.table }));
  return {
    name,
    role: "plan",
    cells: [
      { row: 0, column: 0, style: "title", value: text(fillLabel(l.plan.title, { program: p.name.trim() })) },
      { row: 1, column: 0, style: "note", value: text(owner) },
      {
        row: 2,
        column: 0,
        style: "note",
        value: text(fillLabel(l.plan.note, { dataSheet, structural: listWords(l, structural) })),
      },
    ],
    tables: [settingsTable(p, t.settings, l), kpiTable(p, t.kpis, l), tierTable(p, t.tiers, l)],
    columnWidths: [],
    frozenRows: 0,
  };
}

function settingsTable(p: ProgramDefinition, name: string, l: SheetLabels): TablePlan {
  const rows = settingsFor(p.payKind).map((k) => ({ key: k, ...settingValue(p, k, l) }));
  const source = sourceSettingRows(p, l);
  return {
    name,
    topLeft: { row: TABLE_ROW, column: 0 },
    caption: l.plan.settingsCaption,
    columns: [
      { header: l.plan.settingsHeaders.setting, numberFormat: TEXT },
      {
        header: l.plan.settingsHeaders.value,
        numberFormat: [...rows.map((r) => r.format), ...source.map(() => TEXT)],
      },
    ],
    rows: [...rows.map((r): Cell[] => [text(l.plan.setting[r.key]), r.value]), ...source],
  };
}

/**
 * For a program over the user's own table: the table and its column mapping as settings rows
 * (planTables.ts, SOURCE_SETTING), so readPlan.ts reads the same source back. None otherwise.
 */
function sourceSettingRows(p: ProgramDefinition, l: SheetLabels): Cell[][] {
  if (p.source.kind !== "existing") return [];
  const s = p.source;
  const words = l.plan.sourceSetting;
  const row = (name: string, value: string | undefined): Cell[] => {
    checkText(value ?? "", formatMessage("settingText", { setting: name }));
    return [text(name), textOrBlank(value)];
  };
  const rows: Cell[][] = [row(words.table, s.source), row(words.partner, s.partnerColumn)];
  if ((s.partnerNameColumn ?? "") !== "") rows.push(row(words.partnerName, s.partnerNameColumn));
  p.kpis.forEach((k, i) => {
    rows.push(row(kpiColumnSetting(k.name, l), s.kpiColumns[i]));
    const target = s.targetColumns?.[i] ?? "";
    if (target !== "") rows.push(row(targetColumnSetting(k.name, l), target));
  });
  return rows;
}

function settingValue(p: ProgramDefinition, k: SettingKey, l: SheetLabels): { value: Cell; format: string } {
  const money = moneyFormat(p.decimals, p.currency);
  switch (k) {
    case "program":
      return { value: text(p.name.trim()), format: TEXT };
    case "currency":
      return { value: text(p.currency), format: TEXT };
    case "decimals":
      return { value: p.decimals, format: WHOLE_NUMBER };
    case "periodStart":
      return { value: isoToSerial(p.periodStart), format: l.formats.date };
    case "periodEnd":
      return { value: isoToSerial(p.periodEnd), format: l.formats.date };
    case "frequency":
      return { value: text(l.plan.frequency[p.frequency]), format: TEXT };
    case "pays":
      return { value: text(l.plan.pays[p.payKind]), format: TEXT };
    case "method":
      return { value: text(l.plan.method[p.method]), format: TEXT };
    case "basisKpi":
      return { value: p.basisKpi === null ? null : text(p.kpis[p.basisKpi].name), format: TEXT };
    case "boundsRelative":
      return { value: p.boundsRelativeToTarget, format: GENERAL };
    case "cap":
      // A bonus cap bounds the pay-curve percentage; other caps are money.
      return { value: p.cap, format: p.payKind === "bonus" ? PERCENT : money };
    case "targetIncentive":
      return { value: p.targetIncentive, format: money };
    case "listPrice":
      return { value: p.listPrice, format: money };
    case "sheetLanguage":
      return { value: text(l.language), format: TEXT };
  }
}

function kpiTable(p: ProgramDefinition, name: string, l: SheetLabels): TablePlan {
  const h = l.plan.kpiHeaders;
  const formats = p.kpis.map((k) => kpiFormat(k, p));
  return {
    name,
    topLeft: { row: TABLE_ROW, column: 3 },
    caption: l.plan.kpisCaption,
    columns: [
      { header: h.kpi, numberFormat: TEXT },
      { header: h.unit, numberFormat: TEXT },
      { header: h.direction, numberFormat: TEXT },
      { header: h.target, numberFormat: formats },
      { header: h.targetMode, numberFormat: TEXT },
      { header: h.weight, numberFormat: PERCENT },
      { header: h.gate, numberFormat: formats },
    ],
    rows: p.kpis.map((k) => [
      text(k.name.trim()),
      textOrBlank(k.unit),
      text(l.plan.direction[k.direction]),
      k.targetMode === "fixed" ? k.target : null,
      text(l.plan.targetMode[k.targetMode]),
      k.weight,
      k.gate,
    ]),
  };
}

function tierTable(p: ProgramDefinition, name: string, l: SheetLabels): TablePlan {
  const h = l.plan.tierHeaders;
  const basis =
    (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.kpis[p.basisKpi] : null;
  const boundFormat = basis && !p.boundsRelativeToTarget ? kpiFormat(basis, p) : PERCENT;
  return {
    name,
    topLeft: { row: TABLE_ROW, column: 11 },
    caption: tiersCaption(p, l),
    columns: [
      { header: h.bound, numberFormat: boundFormat },
      { header: h.rate, numberFormat: rateFormat(p.tiers.map((t) => t.rate)) },
      { header: h.label, numberFormat: TEXT },
    ],
    rows: p.tiers.map((t) => [t.bound, t.rate, textOrBlank(t.label)]),
  };
}

// ---------------------------------------------------------------------------------------------
// Data sheet: one row per partner.

function describeDataSheet(
  p: ProgramDefinition,
  name: string,
  planSheet: string,
  t: PlanTableNames & { data: string; installations: string },
  owner: string,
  seeds: readonly PartnerSeed[],
  sample: SolarWaveSample | undefined,
  installationsSheet: string | null,
): SheetPlan {
  const l = labelsOf(p);
  const h = dataHeaders(p);
  const f = new ProgramFormulas(p, t, h);
  const money = moneyFormat(p.decimals, p.currency);
  const measures = p.kpis.map((k) => (sample ? sampleMeasureOf(k.name) : null));
  const calc = (header: string, numberFormat: string, text: string): TableColumn => ({
    header,
    numberFormat,
    formula: formula(text),
  });

  const columns: TableColumn[] = [
    { header: h.partnerId, numberFormat: TEXT },
    { header: h.partner, numberFormat: TEXT },
    ...p.kpis.map((k, i): TableColumn => {
      const measure = measures[i];
      const numberFormat = kpiFormat(k, p);
      if (measure === null) return { header: h.actual[i], numberFormat };
      const tables = { installations: t.installations, settings: t.settings, partnerId: h.partnerId, labels: l };
      return calc(h.actual[i], numberFormat, sampleActualFormula(measure, tables));
    }),
    ...p.kpis.flatMap((k, i): TableColumn[] => {
      const header = h.target[i];
      return header === null ? [] : [{ header, numberFormat: kpiFormat(k, p) }];
    }),
    ...p.kpis.map((_, i) => calc(h.attainment[i], PERCENT, f.attainment(i))),
    calc(h.score, PERCENT, f.score()),
    calc(h.gateMet, GENERAL, f.gateMet()),
    calc(h.tier, GENERAL, f.tier()),
    calc(h.payout, money, f.payout()),
    ...(h.netPrice ? [calc(h.netPrice, money, f.netPrice())] : []),
  ];

  const partners: readonly PartnerSeed[] = sample ? sample.partners.map((x) => ({ id: x.id, name: x.name })) : seeds;
  const perPartnerKpis = p.kpis.map((k, i) => (k.targetMode === "perPartner" ? i : -1)).filter((i) => i >= 0);
  const rows: Cell[][] = partners.map((seed, r) => {
    checkText(seed.id, formatMessage("partnerIdText", { row: r + 1 }));
    checkText(seed.name, formatMessage("partnerNameText", { row: r + 1 }));
    const row: Cell[] = [textOrBlank(seed.id), textOrBlank(seed.name)];
    p.kpis.forEach((_, i) => row.push(measures[i] === null ? finiteOrBlank(seed.actuals?.[i]) : null));
    perPartnerKpis.forEach((i) => row.push(finiteOrBlank(seed.targets?.[i])));
    while (row.length < columns.length) row.push(null);
    return row;
  });
  if (rows.length === 0) rows.push(columns.map(() => null));

  const inputs = [
    ...h.actual.filter((_, i) => measures[i] === null),
    ...h.target.filter((x): x is string => x !== null),
  ];
  const how = sample
    ? fillLabel(l.data.sampleNote, { table: t.installations, sheet: installationsSheet ?? "" })
    : fillLabel(l.data.typeNote, { columns: listWords(l, [h.partnerId, h.partner, ...inputs]) });
  const cells: PlainCell[] = [
    { row: 0, column: 0, style: "title", value: text(fillLabel(l.data.title, { program: p.name.trim() })) },
    { row: 1, column: 0, style: "note", value: text(owner) },
    { row: 2, column: 0, style: "note", value: text(fillLabel(l.data.note, { how, planSheet })) },
  ];
  return {
    name,
    role: "data",
    cells,
    tables: [{ name: t.data, topLeft: { row: DATA_TABLE_ROW, column: 0 }, caption: null, columns, rows }],
    columnWidths: [],
    frozenRows: DATA_TABLE_ROW + 1,
  };
}

/**
 * A program over the user's own table: the user's table is never written. The results sheet holds
 * the add-in's own data table (PI_<key>_Data, the same headers and calculated columns as a new data
 * table, so dashboards and statements read it the same way) with one row per row of the user's
 * table when the program was created. Its first column, Source row, holds the row of the user's
 * table each line reads (a value, so sorting the results keeps each line on its partner); the
 * partner and KPI columns (and per-partner targets) are INDEX formulas into the user's columns,
 * so editing a result there recalculates here. Partners added to the user's table later need a
 * row here with their row number (the plan sheet's notes say so).
 */
function describeResultsSheet(
  p: ProgramDefinition,
  name: string,
  planSheet: string,
  t: PlanTableNames & { data: string },
  owner: string,
  source: ResolvedSource,
): SheetPlan {
  const l = labelsOf(p);
  const n = new HeaderNamer();
  const h = dataHeaders(p, n);
  // Named last, so every other header is exactly what a new data table's would be (programRefs.ts).
  const sourceRow = n.take(l.data.headers.sourceRow);
  const f = new ProgramFormulas(p, t, h);
  const money = moneyFormat(p.decimals, p.currency);
  const calc = (header: string, numberFormat: string, text: string): TableColumn => ({
    header,
    numberFormat,
    formula: formula(text),
  });
  const columns: TableColumn[] = [
    { header: sourceRow, numberFormat: WHOLE_NUMBER },
    ...followedColumns(p, h, source, sourceRow).map((c) => calc(c.header, c.numberFormat, c.formula)),
    ...p.kpis.map((_, i) => calc(h.attainment[i], PERCENT, f.attainment(i))),
    calc(h.score, PERCENT, f.score()),
    calc(h.gateMet, GENERAL, f.gateMet()),
    calc(h.tier, GENERAL, f.tier()),
    calc(h.payout, money, f.payout()),
    ...(h.netPrice ? [calc(h.netPrice, money, f.netPrice())] : []),
  ];
  const rows: Cell[][] = Array.from({ length: Math.max(1, source.rows) }, (_, r) => [
    r + 1,
    ...columns.slice(1).map(() => null),
  ]);
  const cells: PlainCell[] = [
    { row: 0, column: 0, style: "title", value: text(fillLabel(l.data.title, { program: p.name.trim() })) },
    { row: 1, column: 0, style: "note", value: text(owner) },
    {
      row: 2,
      column: 0,
      style: "note",
      value: text(fillLabel(l.data.resultsNote, { table: source.table, sheet: source.sheet, sourceRow, planSheet })),
    },
  ];
  return {
    name,
    role: "data",
    cells,
    tables: [{ name: t.data, topLeft: { row: DATA_TABLE_ROW, column: 0 }, caption: null, columns, rows }],
    columnWidths: [],
    frozenRows: DATA_TABLE_ROW + 1,
  };
}

// ---------------------------------------------------------------------------------------------

function textOrBlank(value: string | undefined): Cell {
  return value === undefined || value === "" ? null : text(value);
}

function finiteOrBlank(v: number | null | undefined): Cell {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function checkText(value: string, what: string): void {
  if (value.length > MAX_CELL_TEXT) {
    throw new ProgramNotWritableError(
      formatMessage("cellTextTooLong", { what, count: value.length.toLocaleString("en-US") }),
    );
  }
}

/** Column widths from the headers and the first rows' contents, so the sheets open readable. */
function withColumnWidths(sheet: SheetPlan): SheetPlan {
  const widths = new Map<number, number>();
  for (const table of sheet.tables) {
    table.columns.forEach((col, c) => {
      let chars = col.header.length;
      for (const row of table.rows.slice(0, 200)) chars = Math.max(chars, displayLength(row[c]));
      if (col.formula) chars = Math.max(chars, 10);
      const column = table.topLeft.column + c;
      const points = Math.min(260, Math.max(48, Math.round(chars * 6.5 + 14)));
      widths.set(column, Math.max(widths.get(column) ?? 0, points));
    });
  }
  const columnWidths = [...widths.entries()].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width }));
  return { ...sheet, columnWidths };
}

function displayLength(cell: Cell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === "number") return 10;
  if (typeof cell === "boolean") return 5;
  if ("text" in cell) {
    // CJK characters are about twice as wide as Latin ones.
    let n = 0;
    for (const ch of cell.text) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
    return n;
  }
  return 10;
}
