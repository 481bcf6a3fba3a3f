/*
 * The data sheet of a new program (pure): one row per partner, the KPI actuals typed (or, on the
 * SolarWave sample, read from its installations) and the calculated columns reading the plan
 * tables. Over the user's own table, the results sheet instead (describeResultsSheet).
 */
import { ProgramDefinition } from "../../../engine";
import type { PartnerSeed } from "../../contract";
import { HeaderNamer, dataHeaders } from "../../dataHeaders";
import type { ResolvedSource } from "../../existingSource";
import { fillLabel, listWords } from "../../labels";
import { lazyRows } from "../../lazyRows";
import { GENERAL, PERCENT, TEXT, WHOLE_NUMBER, kpiFormat, moneyFormat } from "../../numberFormats";
import { labelsOf } from "../../planTables";
import { DataHeaders, PlanTableNames, ProgramFormulas } from "../../programFormulas";
import { Cell, PlainCell, SheetPlan, TableColumn, TablePlan, formula, text } from "../../sheetPlan";
import { SolarWaveSample, sampleActualFormula, sampleMeasureOf } from "../../solarwaveSample";
import { followedColumns } from "../../sourceColumns";
import { formatMessage } from "../../words";
import { checkText, finiteOrBlank, textOrBlank } from "./cellText";

export const DATA_TABLE_ROW = 3; // Excel row 4: under the title and two notes

/** A column the add-in calculates: its formula, copied down the table. */
const calc = (header: string, numberFormat: string, text: string): TableColumn => ({
  header,
  numberFormat,
  formula: formula(text),
});

/** The calculated columns every data table ends with: attainments, score, gate, tier, payout (and net price). */
function calculatedColumns(p: ProgramDefinition, h: DataHeaders, f: ProgramFormulas): TableColumn[] {
  const money = moneyFormat(p.decimals, p.currency);
  return [
    ...p.kpis.map((_, i) => calc(h.attainment[i], PERCENT, f.attainment(i))),
    calc(h.score, PERCENT, f.score()),
    calc(h.gateMet, GENERAL, f.gateMet()),
    calc(h.tier, GENERAL, f.tier()),
    calc(h.payout, money, f.payout()),
    ...(h.netPrice ? [calc(h.netPrice, money, f.netPrice())] : []),
  ];
}

export function describeDataSheet(
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
  const measures = p.kpis.map((k) => (sample ? sampleMeasureOf(k.name) : null));

  const columns: TableColumn[] = [
    { header: h.partnerId, numberFormat: TEXT },
    { header: h.partner, numberFormat: TEXT },
    ...p.kpis.map((k, i): TableColumn => {
      const measure = measures[i];
      const numberFormat = kpiFormat(k, p);
      if (measure === null) return { header: h.actual[i], numberFormat };
      const tables = { installations: t.installations, partnerId: h.partnerId, labels: l };
      return calc(h.actual[i], numberFormat, sampleActualFormula(measure, tables));
    }),
    ...p.kpis.flatMap((k, i): TableColumn[] => {
      const header = h.target[i];
      return header === null ? [] : [{ header, numberFormat: kpiFormat(k, p) }];
    }),
    ...calculatedColumns(p, h, f),
  ];

  const partners: readonly PartnerSeed[] = sample ? sample.partners.map((x) => ({ id: x.id, name: x.name })) : seeds;
  const perPartnerKpis = p.kpis.map((k, i) => (k.targetMode === "perPartner" ? i : -1)).filter((i) => i >= 0);
  // Checked here, so a name Excel cannot hold is refused while describing; the rows themselves
  // are built when read (lazyRows), so 50,000 partners' cells are never all held at once.
  partners.forEach((seed, r) => {
    checkText(seed.id, formatMessage("partnerIdText", { row: r + 1 }));
    checkText(seed.name, formatMessage("partnerNameText", { row: r + 1 }));
  });
  const rowOf = (seed: PartnerSeed): Cell[] => {
    const row: Cell[] = [textOrBlank(seed.id), textOrBlank(seed.name)];
    p.kpis.forEach((_, i) => row.push(measures[i] === null ? finiteOrBlank(seed.actuals?.[i]) : null));
    perPartnerKpis.forEach((i) => row.push(finiteOrBlank(seed.targets?.[i])));
    while (row.length < columns.length) row.push(null);
    return row;
  };
  // Excel tables need one data row at least: no partners, one blank row.
  const rows =
    partners.length === 0 ? [columns.map((): Cell => null)] : lazyRows(partners.length, (r) => rowOf(partners[r]));

  const inputs = [
    ...h.actual.filter((_, i) => measures[i] === null),
    ...h.target.filter((x): x is string => x !== null),
  ];
  const how = sample
    ? fillLabel(l.data.sampleNote, { table: t.installations, sheet: installationsSheet ?? "" })
    : fillLabel(l.data.typeNote, { columns: listWords(l, [h.partnerId, h.partner, ...inputs]) });
  const note = fillLabel(l.data.note, { how, planSheet });
  return dataSheetOf(p, name, owner, note, { name: t.data, columns, rows });
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
export function describeResultsSheet(
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
  const columns: TableColumn[] = [
    { header: sourceRow, numberFormat: WHOLE_NUMBER },
    ...followedColumns(p, h, source, sourceRow).map((c) => calc(c.header, c.numberFormat, c.formula)),
    ...calculatedColumns(p, h, f),
  ];
  const rows = lazyRows(Math.max(1, source.rows), (r): Cell[] => [r + 1, ...columns.slice(1).map(() => null)]);
  const note = fillLabel(l.data.resultsNote, { table: source.table, sheet: source.sheet, sourceRow, planSheet });
  return dataSheetOf(p, name, owner, note, { name: t.data, columns, rows });
}

/** The data sheet around its table: the title, the owner's note and how the table is filled. */
function dataSheetOf(
  p: ProgramDefinition,
  name: string,
  owner: string,
  note: string,
  table: Pick<TablePlan, "name" | "columns" | "rows">,
): SheetPlan {
  const l = labelsOf(p);
  const cells: PlainCell[] = [
    { row: 0, column: 0, style: "title", value: text(fillLabel(l.data.title, { program: p.name.trim() })) },
    { row: 1, column: 0, style: "note", value: text(owner) },
    { row: 2, column: 0, style: "note", value: text(note) },
  ];
  return {
    name,
    role: "data",
    cells,
    tables: [{ ...table, topLeft: { row: DATA_TABLE_ROW, column: 0 }, caption: null }],
    columnWidths: [],
    frozenRows: DATA_TABLE_ROW + 1,
  };
}
