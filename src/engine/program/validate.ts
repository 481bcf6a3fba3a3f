import { IncentiveError } from "../errors";
import { MessageId, MessageParams, formatMessage, showNumber } from "../messages";
import type { Language } from "../language";
import { parseTierTable } from "../tierTable";
import { EXCEL_SERIAL_1970, isoToSerial } from "../excelDates";
import { SHEET_LANGUAGES, ProgramDefinition, TierRow } from "./types";

/** One problem with a program, tied to the field it is about so the wizard can show it there. */
export interface ProgramIssue {
  /** Field path: "name", "currency", "kpis.1.weight", "weights", "tiers", "tiers.2", "cap", … */
  readonly path: string;
  readonly id: MessageId;
  readonly params: MessageParams;
  readonly message: string;
}

export const MAX_NAME_LENGTH = 60;
/**
 * Excel allows 8,192 characters in a formula (Excel specifications and limits,
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * and the gate formula names every KPI (its name ~4 times plus ~370 characters), so at most
 * 10 KPIs of at most 80 characters keep every generated formula under it (test/workbook/formulaLength.test.ts).
 */
export const MAX_KPI_NAME_LENGTH = 80;
export const MAX_KPIS = 10;
/** A column of the user's table named in a formula (one per formula): Excel's limit for a column header. */
export const MAX_COLUMN_NAME_LENGTH = 255;
/** Characters that structured references would need escaped; kept out of names we put in headers. */
const RESERVED = /[[\]#'@]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Every problem with a program, in the order the wizard shows its fields. The tier table is
 * checked by the same parser the functions use, so the wizard's messages are the functions'.
 * Messages are worded in `language` (the caller's: the pane's or the workbook's).
 */
export function validateProgram(p: ProgramDefinition, language: Language = "en"): ProgramIssue[] {
  const issues: ProgramIssue[] = [];
  const add = (path: string, id: MessageId, params: MessageParams = {}) =>
    issues.push({ path, id, params, message: formatMessage(id, params, language) });

  const name = p.name.trim();
  if (name === "") add("name", "programNameMissing");
  else if (name.length > MAX_NAME_LENGTH) add("name", "programNameTooLong", { max: MAX_NAME_LENGTH });
  else if (RESERVED.test(name)) add("name", "nameHasReservedCharacter", { what: "The program name" });

  if (!/^[A-Z]{3}$/.test(p.currency)) add("currency", "currencyInvalid", { found: p.currency });
  if (!Number.isInteger(p.decimals) || p.decimals < 0 || p.decimals > 4) add("decimals", "decimalsInvalid");
  const start = isoDay(p.periodStart);
  const end = isoDay(p.periodEnd);
  if (start === null) add("periodStart", "dateInvalid", { what: "The start" });
  if (end === null) add("periodEnd", "dateInvalid", { what: "The end" });
  if (start !== null && end !== null && end < start) add("periodEnd", "periodReversed");
  if (p.sheetLanguage !== undefined && !SHEET_LANGUAGES.includes(p.sheetLanguage))
    add("sheetLanguage", "sheetLanguageInvalid", { found: String(p.sheetLanguage) });

  validateKpis(p, add);
  validatePay(p, add);
  validateTiers(p.tiers, add);

  if (p.source.kind === "existing") {
    const { source, partnerColumn, kpiColumns, targetColumns = [] } = p.source;
    const mapped =
      kpiColumns.length === p.kpis.length &&
      kpiColumns.every((c) => c.trim() !== "") &&
      p.kpis.every((k, i) => k.targetMode !== "perPartner" || (targetColumns[i] ?? "").trim() !== "");
    if (source.trim() === "" || partnerColumn.trim() === "" || !mapped) add("source", "sourceIncomplete");
    const long = [partnerColumn, p.source.partnerNameColumn ?? "", ...kpiColumns, ...targetColumns].find(
      (c) => c.trim().length > MAX_COLUMN_NAME_LENGTH,
    );
    if (long !== undefined)
      add("source", "columnNameTooLong", { column: long.trim().slice(0, 40), max: MAX_COLUMN_NAME_LENGTH });
  }
  return issues;
}

function validateKpis(p: ProgramDefinition, add: (path: string, id: MessageId, params?: MessageParams) => void): void {
  if (p.kpis.length === 0) {
    add("kpis", "kpisMissing");
    return;
  }
  if (p.kpis.length > MAX_KPIS) add("kpis", "kpisTooMany", { max: MAX_KPIS });
  const seen = new Set<string>();
  let total = 0;
  p.kpis.forEach((k, i) => {
    const what = k.name.trim() || `KPI ${i + 1}`;
    const name = k.name.trim();
    if (name === "") add(`kpis.${i}.name`, "kpiNameMissing", { index: i + 1 });
    else if (name.length > MAX_KPI_NAME_LENGTH)
      add(`kpis.${i}.name`, "kpiNameTooLong", { index: i + 1, max: MAX_KPI_NAME_LENGTH });
    else if (RESERVED.test(name)) add(`kpis.${i}.name`, "nameHasReservedCharacter", { what: `KPI ${i + 1}'s name` });
    else if (seen.has(name.toLowerCase())) add(`kpis.${i}.name`, "kpiNameDuplicate", { name });
    seen.add(name.toLowerCase());
    if (k.targetMode === "fixed" && !(isFiniteNumber(k.target) && k.target > 0)) {
      add(`kpis.${i}.target`, "kpiTargetMissing", { what });
    }
    if (!(isFiniteNumber(k.weight) && k.weight >= 0 && k.weight <= 1))
      add(`kpis.${i}.weight`, "weightInvalid", { what });
    else total += k.weight;
    if (k.gate !== null && !isFiniteNumber(k.gate)) add(`kpis.${i}.gate`, "gateInvalid", { what });
  });
  // Weights are entered as whole or decimal percentages; allow for the binary representation of 0.1 etc.
  if (Math.abs(total - 1) > 1e-9)
    add("weights", "weightsNotWhole", { total: `${showNumber(Math.round(total * 1e6) / 1e4)}%` });
}

function validatePay(p: ProgramDefinition, add: (path: string, id: MessageId, params?: MessageParams) => void): void {
  if (p.payKind === "commission" || p.payKind === "rebate") {
    const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
    if (basis === undefined) add("basisKpi", "basisKpiMissing");
    else if (
      p.boundsRelativeToTarget &&
      basis.targetMode === "fixed" &&
      !(isFiniteNumber(basis.target) && basis.target > 0)
    ) {
      add("basisKpi", "basisKpiNoTarget", { what: basis.name || "the basis KPI" });
    }
  }
  if (p.payKind === "bonus" && !(isFiniteNumber(p.targetIncentive) && p.targetIncentive > 0)) {
    add("targetIncentive", "amountInvalid", { what: "The target incentive" });
  }
  if (p.payKind === "discount" && !(isFiniteNumber(p.listPrice) && p.listPrice > 0)) {
    add("listPrice", "amountInvalid", { what: "The list price" });
  }
  if (p.cap !== null && !(isFiniteNumber(p.cap) && p.cap >= 0)) add("cap", "capInvalid");
}

/** The wizard's tier rows through the functions' own parser: same rules, same messages. */
function validateTiers(
  tiers: readonly TierRow[],
  add: (path: string, id: MessageId, params?: MessageParams) => void,
): void {
  try {
    parseTierTable(tierCells(tiers));
  } catch (e) {
    if (!(e instanceof IncentiveError)) throw e;
    const row = typeof e.params.row === "number" ? e.params.row : null;
    add(row === null ? "tiers" : `tiers.${row - 1}`, e.id, e.params);
  }
}

/** Tier rows as the cells of a tier table (no header), as they are written to the workbook. */
export function tierCells(tiers: readonly TierRow[]): (number | string | null)[][] {
  return tiers.map((t) => [numberOrBlank(t.bound), numberOrBlank(t.rate), t.label]);
}

function numberOrBlank(n: number): number | null {
  return Number.isNaN(n) ? null : n;
}

function isFiniteNumber(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

/** Days since 1970 for a valid ISO date, else null. */
export function isoDay(iso: string): number | null {
  if (!ISO_DATE.test(iso)) return null;
  const serial = isoToSerial(iso);
  return serial === null ? null : serial - EXCEL_SERIAL_1970;
}
