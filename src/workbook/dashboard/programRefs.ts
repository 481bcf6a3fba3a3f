/*
 * What the generated sheets refer to in a program: its tables (named as describeProgram names
 * them, PI_<key>_<part>) and the data table's column headers. The headers are derived from the
 * program by the same function describeProgram writes them with (dataHeaders.ts), and
 * generateDashboard checks them against the table's real header row before writing.
 */
import type { ProgramDefinition } from "../../engine";
import { lookup, tableColumn } from "../formulas";
import { tableName } from "../names";
import { kpiFormat } from "../numberFormats";
import { SETTINGS_HEADERS } from "../planTables";
import { DataColumns, dataHeaders } from "../dataHeaders";

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

/** The program's tables and columns as formula text. */
export class ProgramRefs {
  readonly data: string;
  readonly settings: string;
  readonly kpis: string;
  readonly tiers: string;
  readonly columns: DataColumns;

  constructor(
    readonly program: ProgramDefinition,
    readonly key: string,
  ) {
    this.data = tableName(key, "Data");
    this.settings = tableName(key, "Settings");
    this.kpis = tableName(key, "KPIs");
    this.tiers = tableName(key, "Tiers");
    this.columns = dataColumns(program);
  }

  /** A whole column of the data table: PI_<key>_Data[Score]. */
  col(header: string): string {
    return tableColumn(this.data, header);
  }

  /** A settings value by its name: XLOOKUP("Decimals",S[Setting],S[Value]). */
  setting(name: string): string {
    return lookup(this.settings, SETTINGS_HEADERS.setting, name, SETTINGS_HEADERS.value);
  }

  /** A field of a KPI's row in the KPI table, by the KPI's name. */
  kpiField(kpi: number, field: string): string {
    return lookup(this.kpis, "KPI", this.program.kpis[kpi].name, field);
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
