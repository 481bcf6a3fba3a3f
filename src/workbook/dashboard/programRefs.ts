/*
 * What the generated sheets refer to in a program: its tables (named as describeProgram names
 * them, PI_<key>_<part>) and the data table's column headers. The headers are derived from the
 * program by the same function describeProgram writes them with (dataHeaders.ts), and
 * generateDashboard checks them against the table's real header row before writing.
 */
import type { ProgramDefinition } from "../../engine";
import { lookup, tableColumn } from "../formulas";
import { SheetLabels, SheetLanguage, sheetLabels } from "../labels";
import { NamedSetting, settingName, tableName } from "../names";
import { kpiFormat, moneyFormat } from "../numberFormats";
import { labelsOf } from "../planTables";
import type { KpiField } from "../programFormulas";
import { DataColumns, HeaderNamer, dataHeaders } from "../dataHeaders";

export type { DataColumns };

/** The data table's headers, as describeProgram gives them. */
export const dataColumns = dataHeaders;

/** Every header the generated sheets read, in the data table's order. */
export function requiredHeaders(c: DataColumns): string[] {
  return [
    c.partnerId,
    c.partner,
    ...c.actual,
    ...c.target.filter((t): t is string => t !== null),
    ...c.attainment,
    c.score,
    c.gateMet,
    c.tier,
    c.payout,
    ...(c.netPrice ? [c.netPrice] : []),
  ];
}

/**
 * The program's tables and columns as formula text, and the words of the sheet being generated.
 * Formulas name the headers and settings as the program's own sheets have them (`labels`,
 * `columns`); what the generated sheet shows is in its own language (`show`, `shownColumns`),
 * so a dashboard in English can read a program written in Chinese.
 */
export class ProgramRefs {
  readonly data: string;
  readonly settings: string;
  readonly kpis: string;
  readonly tiers: string;
  /** The program's data table headers, as written: for structured references. */
  readonly columns: DataColumns;
  /** The same headers in the generated sheet's language: for its own headers and labels. */
  readonly shownColumns: DataColumns;
  /** The words of the program's plan and data sheets. */
  readonly labels: SheetLabels;
  /** The words of the sheet being generated. */
  readonly show: SheetLabels;

  constructor(
    readonly program: ProgramDefinition,
    readonly key: string,
    language?: SheetLanguage,
  ) {
    this.data = tableName(key, "Data");
    this.settings = tableName(key, "Settings");
    this.kpis = tableName(key, "KPIs");
    this.tiers = tableName(key, "Tiers");
    this.labels = labelsOf(program);
    // A generated sheet shows the glossary's words, also for a program whose tables keep old names.
    this.show = sheetLabels(language ?? this.labels.language);
    this.columns = dataColumns(program);
    this.shownColumns = dataHeaders(program, new HeaderNamer(), this.show);
  }

  /** The program's money format (its currency, its decimals). */
  money(): string {
    return moneyFormat(this.program.decimals, this.program.currency);
  }

  /** A column of the tier table, by its key. */
  tierColumn(field: keyof SheetLabels["plan"]["tierHeaders"]): string {
    return tableColumn(this.tiers, this.labels.plan.tierHeaders[field]);
  }

  /** A whole column of the data table: PI_<key>_Data[Score]. */
  col(header: string): string {
    return tableColumn(this.data, header);
  }

  /** A settings value: its Value cell, by the setting's defined name (PI_<key>_Decimals), never by its visible label. */
  setting(key: NamedSetting): string {
    return settingName(this.key, key);
  }

  /** A field of a KPI's row in the KPI table, by the KPI's name. */
  kpiField(kpi: number, field: KpiField): string {
    const h = this.labels.plan.kpiHeaders;
    return lookup(this.kpis, h.kpi, this.program.kpis[kpi].name, h[field]);
  }

  /** The KPI whose actual the tiers read (commission, rebate); null when they read the score. */
  basisKpi(): number | null {
    const p = this.program;
    return (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.basisKpi : null;
  }

  kpiFormat(kpi: number): string {
    return kpiFormat(this.program.kpis[kpi], this.program);
  }
}
