/*
 * The plan sheet of a new program (pure): settings, KPIs and tiers side by side, so each table
 * can grow downwards. The rows and formats are also what an edit writes back (program/update/).
 */
import { ProgramDefinition } from "../../../engine";
import { isoToSerial } from "../../../engine/excelDates";
import { SheetLabels, fillLabel, listWords } from "../../labels";
import { GENERAL, PERCENT, TEXT, WHOLE_NUMBER, kpiFormat, moneyFormat, rateFormat } from "../../numberFormats";
import {
  STRUCTURAL_SETTINGS,
  SettingKey,
  kpiColumnSetting,
  labelsOf,
  settingsFor,
  targetColumnSetting,
  tiersCaption,
} from "../../planTables";
import type { PlanTableNames } from "../../programFormulas";
import { Cell, SheetPlan, TablePlan, text } from "../../sheetPlan";
import { formatMessage } from "../../words";
import { checkText, textOrBlank } from "./cellText";

const TABLE_ROW = 5; // Excel row 6: plan tables start under a title, two notes and a caption

export function describePlanSheet(
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
