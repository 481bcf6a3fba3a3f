/*
 * The SolarWave sample (assets/sample/solarwave/): 60 installation partners and about 4,000
 * installations. It is written as an Installations table on its own sheet, and each partner's
 * KPI actuals are formulas over that table for the program's period, so a new user sees a
 * working program whose numbers follow the data and the settings.
 */
import { onTimeRate } from "../engine";
import { CsvError, parseCsvObjects } from "./csv";
import { isoToSerial } from "../engine/excelDates";
import { dateConstant, tableColumn, thisRow } from "./formulas";
import { settingNameOf } from "./names";
import { READ_LABELS, type SheetLabels } from "./labels";
import { EN } from "./labels/en";
import { GENERAL, TEXT, moneyFormat } from "./numberFormats";
import { CellPosition, TableColumn, TablePlan, formula, text } from "./sheetPlan";

/** The last day the sample data covers: installations still open then have a blank completed date. */
export const SAMPLE_DATA_CUTOFF = "2026-10-31";

export interface SamplePartner {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly region: string;
}

/** One installation; dates are Excel serial dates, blanks are null. */
export interface Installation {
  readonly siteId: string;
  readonly partnerId: string;
  readonly contractDate: number | null;
  readonly dueDate: number | null;
  readonly completedDate: number | null;
  readonly systemKw: number | null;
  readonly contractValue: number | null;
  readonly csat: number | null;
}

export interface SolarWaveSample {
  readonly partners: readonly SamplePartner[];
  readonly installations: readonly Installation[];
}

/** The two CSV files as text, as the task pane bundles them. */
export interface SolarWaveSampleCsv {
  readonly partnersCsv: string;
  readonly installationsCsv: string;
}

/** The Installations table's headers on English sheets (labels/ has each language's). */
export const INSTALLATION_HEADERS = EN.installations.headers;

/** The Installations table's headers in every sheet language, and as an earlier version wrote them, for readers of any. */
export const INSTALLATION_HEADER_SETS = READ_LABELS.map((l) => l.installations.headers);

/** Reads the two sample files; a malformed file is an error that names the file, record and column. */
export function parseSolarWaveSample({ partnersCsv, installationsCsv }: SolarWaveSampleCsv): SolarWaveSample {
  const partners = parseCsvObjects(partnersCsv, ["partner_id", "partner_name", "city", "region"], "partners.csv").map(
    (r) => ({ id: r.partner_id, name: r.partner_name, city: r.city, region: r.region }),
  );
  const required = [
    "site_id",
    "partner_id",
    "contract_date",
    "due_date",
    "completed_date",
    "system_kw",
    "contract_value_cny",
    "csat",
  ];
  const installations = parseCsvObjects(installationsCsv, required, "installations.csv").map((r, i) => {
    const where = `installations.csv record ${i + 1}`;
    return {
      siteId: r.site_id,
      partnerId: r.partner_id,
      contractDate: dateOrBlank(r.contract_date, where, "contract_date"),
      dueDate: dateOrBlank(r.due_date, where, "due_date"),
      completedDate: dateOrBlank(r.completed_date, where, "completed_date"),
      systemKw: numberOrBlank(r.system_kw, where, "system_kw"),
      contractValue: numberOrBlank(r.contract_value_cny, where, "contract_value_cny"),
      csat: numberOrBlank(r.csat, where, "csat"),
    };
  });
  return { partners, installations };
}

function dateOrBlank(v: string, where: string, column: string): number | null {
  if (v.trim() === "") return null;
  const serial = isoToSerial(v);
  if (serial === null) throw new CsvError(`${where}: ${column} "${v}" is not a date (yyyy-mm-dd).`);
  return serial;
}

function numberOrBlank(v: string, where: string, column: string): number | null {
  if (v.trim() === "") return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CsvError(`${where}: ${column} "${v}" is not a number.`);
  return n;
}

/**
 * The Installations table: every installation, dates as Excel dates, IDs as text. With the
 * program's settings table, also the calculated columns the partner KPIs read (periodColumns).
 */
export function installationsTable(
  sample: SolarWaveSample,
  name: string,
  topLeft: CellPosition,
  labels: SheetLabels = EN,
  settings: string | null = null,
): TablePlan {
  const h = labels.installations.headers;
  const date = labels.formats.date;
  const calculated = settings === null ? [] : periodColumns(settings, labels);
  return {
    name,
    topLeft,
    caption: null,
    columns: [
      { header: h.siteId, numberFormat: TEXT },
      { header: h.partnerId, numberFormat: TEXT },
      { header: h.contractDate, numberFormat: date },
      { header: h.dueDate, numberFormat: date },
      { header: h.completedDate, numberFormat: date },
      { header: h.systemKw, numberFormat: "0.0" },
      { header: h.contractValue, numberFormat: moneyFormat(2, "CNY") },
      { header: h.csat, numberFormat: "0.0" },
      ...calculated,
    ],
    rows: sample.installations.map((x) => [
      text(x.siteId),
      text(x.partnerId),
      x.contractDate,
      x.dueDate,
      x.completedDate,
      x.systemKw,
      x.contractValue,
      x.csat,
      ...calculated.map(() => null),
    ]),
  };
}

/**
 * Per installation, for the settings' period (by the settings' defined names, so a changed
 * period recalculates and a relabelled row still reads), read left to right:
 * - due in the period (TRUE/FALSE);
 * - on time: INCENTIVE.ONTIME of this one installation, judged at the period end or the data
 *   cut-off, whichever is earlier — 1 on time, 0 late (also still open past due), blank when not
 *   counted (not due in the period; open and not yet due: ONTIME's #N/A). A blank completed date
 *   is passed as "" (open), never as a date of 0;
 * - the CSAT of an installation completed in the period, blank otherwise (and when unanswered).
 * A partner's KPI is then the average of its rows (sampleActualFormula).
 */
function periodColumns(settings: string, labels: SheetLabels): TableColumn[] {
  const h = labels.installations.headers;
  const start = settingNameOf(settings, "periodStart");
  const end = settingNameOf(settings, "periodEnd");
  const [due, done, csat] = [thisRow(h.dueDate), thisRow(h.completedDate), thisRow(h.csat)];
  const asOf = `MIN(${end},${dateConstant(SAMPLE_DATA_CUTOFF)})`;
  return [
    { header: h.dueInPeriod, numberFormat: GENERAL, formula: formula(`=AND(${due}>=${start},${due}<=${end})`) },
    {
      header: h.onTime,
      numberFormat: GENERAL,
      formula: formula(
        `=IF(${thisRow(h.dueInPeriod)},IFNA(INCENTIVE.ONTIME(${due},IF(${done}="","",${done}),${asOf}),""),"")`,
      ),
    },
    {
      header: h.csatInPeriod,
      numberFormat: "0.0",
      formula: formula(`=IF(AND(${done}>=${start},${done}<=${end},${csat}<>""),${csat},"")`),
    },
  ];
}

/** Which sample measure a KPI is, from its name: on-time installations, customer satisfaction, or neither. */
export type SampleMeasure = "onTime" | "csat";

export function sampleMeasureOf(kpiName: string): SampleMeasure | null {
  if (/on[\s-]?time|准时/i.test(kpiName)) return "onTime";
  if (/csat|satisfaction|满意度/i.test(kpiName)) return "csat";
  return null;
}

export interface SampleFormulaTables {
  readonly installations: string;
  /** The data table's partner ID header. */
  readonly partnerId: string;
  /** The words the installations table was written in (English by default). */
  readonly labels?: SheetLabels;
}

/**
 * A partner's KPI actual as a formula over the Installations table's calculated columns
 * (periodColumns), so it follows the period in the settings table:
 * - on-time: the average of the partner's On time column — on-time installations ÷ those counted,
 *   what ONTIME gives over the partner's installations due in the period;
 * - CSAT: the average of the partner's CSAT in period column, the answered scores of its
 *   installations completed in the period.
 * Both are #DIV/0! for a partner with nothing counted.
 */
export function sampleActualFormula(measure: SampleMeasure, t: SampleFormulaTables): string {
  const i = (header: string) => tableColumn(t.installations, header);
  const h = (t.labels ?? EN).installations.headers;
  const column = measure === "onTime" ? h.onTime : h.csatInPeriod;
  return `=AVERAGEIF(${i(h.partnerId)},${thisRow(t.partnerId)},${i(column)})`;
}

/** What the sample formulas compute for one partner (null where Excel would show an error). */
export interface SampleActuals {
  readonly onTime: number | null;
  readonly csat: number | null;
}

/** The sample formulas' results, computed in TypeScript: the reference the tests and the pane's examples use. */
export function sampleActuals(
  sample: SolarWaveSample,
  periodStart: string,
  periodEnd: string,
): Map<string, SampleActuals> {
  const start = isoToSerial(periodStart)!;
  const end = isoToSerial(periodEnd)!;
  const asOf = Math.min(end, isoToSerial(SAMPLE_DATA_CUTOFF)!);
  const out = new Map<string, SampleActuals>();
  for (const partner of sample.partners) {
    const mine = sample.installations.filter((x) => x.partnerId.toLowerCase() === partner.id.toLowerCase());
    const due = mine.filter((x) => x.dueDate !== null && x.dueDate >= start && x.dueDate <= end);
    let onTime: number | null = null;
    try {
      onTime =
        due.length === 0
          ? null
          : onTimeRate(
              due.map((x) => x.dueDate),
              due.map((x) => x.completedDate),
              asOf,
            );
    } catch {
      onTime = null;
    }
    const scores = mine
      .filter((x) => x.completedDate !== null && x.completedDate >= start && x.completedDate <= end && x.csat !== null)
      .map((x) => x.csat as number);
    const csat = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
    out.set(partner.id, { onTime, csat });
  }
  return out;
}
