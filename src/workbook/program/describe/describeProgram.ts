/*
 * A program as sheets and tables (pure: no Office). The plan sheet holds the settings, KPI and
 * tier tables (planSheet.ts); the data sheet holds one row per partner with the KPI actuals and
 * the calculated columns (attainment, score, gate, tier, payout) that read the plan tables
 * (dataSheet.ts).
 */
import { ProgramDefinition, validateProgram } from "../../../engine";
import type { PartnerSeed } from "../../contract";
import { ResolvedSource, SourceTable, resolveSource } from "../../existingSource";
import { fillLabel } from "../../labels";
import {
  ExistingNames,
  NO_EXISTING_NAMES,
  SheetNamer,
  TableSuffix,
  capOrNoneFormula,
  capOrNoneName,
  freeKey,
  isNamedSetting,
  settingName,
  stemOf,
  tableName,
  tableNameProblem,
} from "../../names";
import { labelsOf, settingsFor } from "../../planTables";
import type { PlanTableNames } from "../../programFormulas";
import { DefinedNamePlan, SheetPlan, WorkbookPlan, text } from "../../sheetPlan";
import { SolarWaveSample, installationsTable } from "../../solarwaveSample";
import { formatMessage, workbookLanguage } from "../../words";
import { ProgramNotWritableError } from "../notWritable";
import { withColumnWidths } from "./columnWidths";
import { DATA_TABLE_ROW, describeDataSheet, describeResultsSheet } from "./dataSheet";
import { describePlanSheet } from "./planSheet";
import { describeChangeLogSheet } from "../../changeLog/changeLogTable";
import { CHANGE_LOG_WORDS } from "../../changeLog/changeLogWords";

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
  /** When set (an ISO time), the program gets its Change log sheet, its creation the first row (changeLog/). */
  readonly createdAt?: string;
}

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
      tables: [
        installationsTable(sample, tables.installations, { row: DATA_TABLE_ROW, column: 0 }, l, tables.settings),
      ],
      columnWidths: [],
      frozenRows: DATA_TABLE_ROW + 1,
    });
  }
  if (options.createdAt !== undefined) {
    const words = CHANGE_LOG_WORDS[p.sheetLanguage ?? "en"];
    const created = { action: "created", before: null, after: p, reason: "", at: options.createdAt } as const;
    sheets.push(describeChangeLogSheet(p, key, sheetNames.next(words.sheet), created, words));
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
 * Value cell in the Settings table (the plan sheet's first table, one header row), and after them
 * PI_<key>_CapOrNone for a program with a cap.
 */
function settingNames(p: ProgramDefinition, key: string, planSheet: SheetPlan): DefinedNamePlan[] {
  const settings = planSheet.tables[0];
  const cells = settingsFor(p.payKind).flatMap((setting, i): DefinedNamePlan[] =>
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
  const capped = settingsFor(p.payKind).includes("cap");
  return capped ? [...cells, { name: capOrNoneName(key), formula: capOrNoneFormula(key) }] : cells;
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
