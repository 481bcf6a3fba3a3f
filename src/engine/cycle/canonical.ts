/**
 * The canonical form: the one text a snapshot row or a plan is written as before it is hashed.
 * The task pane (when a period is closed or checked) and the Node verify command both hash this
 * text, so every rule below is part of the fingerprint's contract; docs/cycle.md states them with
 * worked examples. Changing any rule changes every fingerprint ever recorded: don't.
 *
 * A row is `name=value` fields joined by `;`, in the order the row's layout gives them (never
 * sorted), encoded as UTF-8. Values:
 * - blank (an empty cell): nothing, so `score=`;
 * - text: NFC-normalised, in double quotes; `\` → `\\`, `"` → `\"`, control characters
 *   (U+0000–U+001F, U+007F) and lone surrogates → `\u` + 4 lowercase hex digits. Empty text is `""`,
 *   distinct from blank;
 * - TRUE / FALSE for booleans;
 * - a number: rounded to 15 significant digits (half away from zero), then written as the shortest
 *   decimal that reads back as that double — ECMAScript's Number::toString: `1300`, `0.3`, `-2.5`,
 *   `1e+21` and beyond, `1e-7` and below; -0 is `0`; NaN, ±Infinity and numbers that round to
 *   beyond the largest double are refused;
 * - money: rounded to the currency's decimals first (half away from zero, like Excel's ROUND), then
 *   written as a number, so `3500`, `1234.5`;
 * - a date: an Excel serial date (1900 system, a whole day from 61 = 1900-03-01) written as ISO
 *   `yyyy-mm-dd`, so the text is the same whichever date system the workbook uses.
 * Field names are ASCII identifiers ([A-Za-z][A-Za-z0-9_.]*), unique within a row.
 */
import { roundMoney } from "../analytics/planCost";
import { isoDay } from "../program/validate";
import { EXCEL_SERIAL_1970, serialToIso } from "../excelDates";
import type { ProgramDefinition } from "../program/types";
import { sha256Hex } from "./sha256";

/** Money: rounded to `decimals` before it is written. */
export interface CanonicalMoney {
  readonly money: number;
  readonly decimals: number;
}

/** A date as an Excel serial date (1900 system), written as ISO. */
export interface CanonicalDate {
  readonly date: number;
}

/** One cell's value: blank (null), a boolean, a number, text, money or a date. */
export type CanonicalValue = null | boolean | number | string | CanonicalMoney | CanonicalDate;

/** A named cell of a row. */
export type CanonicalField = readonly [name: string, value: CanonicalValue];

/** A row of a snapshot or a plan: `key` names it in messages ("partner P001", "tier 2"); `fields` are what is hashed. */
export interface CanonicalRow {
  readonly key: string;
  readonly fields: readonly CanonicalField[];
}

/** A value the canonical form cannot write (NaN, ±Infinity, a fractional or pre-1900-03-01 date, a bad field name). */
export class CanonicalFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CanonicalFormError";
  }
}

export const moneyValue = (amount: number, decimals: number): CanonicalMoney => ({ money: amount, decimals });
export const dateValue = (serial: number): CanonicalDate => ({ date: serial });

/** A number as the canonical form writes it (see the file comment). */
export function canonicalNumber(x: number): string {
  if (!Number.isFinite(x)) throw new CanonicalFormError(`${x} cannot be written in a snapshot`);
  if (x === 0) return "0";
  // Excel keeps 15 significant digits of a number typed into a cell; rounding to 15 keeps a
  // fingerprint the same after the value has been through a cell and back.
  const rounded = Number(x.toPrecision(15));
  if (!Number.isFinite(rounded)) throw new CanonicalFormError(`${x} is beyond the largest number a cell can hold`);
  return String(rounded);
}

/** Money rounded to the currency's decimals, then written as a number. */
export function canonicalMoney(amount: number, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10)
    throw new CanonicalFormError(`decimals must be a whole number from 0 to 10, not ${decimals}`);
  if (!Number.isFinite(amount)) throw new CanonicalFormError(`${amount} cannot be written in a snapshot`);
  return canonicalNumber(roundMoney(amount, decimals));
}

/** An Excel serial date (1900 system) as ISO yyyy-mm-dd. */
export function canonicalDate(serial: number): string {
  if (!Number.isInteger(serial) || serial < 61)
    throw new CanonicalFormError(`${serial} is not a whole-day Excel date from 1900-03-01 on`);
  const iso = serialToIso(serial);
  if (!/^\d{4}-/.test(iso)) throw new CanonicalFormError(`${serial} is beyond the year 9999`);
  return iso;
}

/** Excel serial date of an ISO yyyy-mm-dd date, or null when it is not a real date. */
export function serialOfIso(iso: string): number | null {
  const day = isoDay(iso);
  return day === null ? null : day + EXCEL_SERIAL_1970;
}

/** Text: NFC, quoted, with `\`, `"`, control characters and lone surrogates escaped. */
export function canonicalText(text: string): string {
  const s = text.normalize("NFC");
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x22) out += '\\"';
    else if (c < 0x20 || c === 0x7f) out += unicodeEscape(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += unicodeEscape(c);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += unicodeEscape(c);
    else out += s[i];
  }
  return out + '"';
}

function unicodeEscape(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}

/** One value as the canonical form writes it. */
export function canonicalValue(v: CanonicalValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return canonicalNumber(v);
  if (typeof v === "string") return canonicalText(v);
  if ("money" in v) return canonicalMoney(v.money, v.decimals);
  return canonicalDate(v.date);
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

/** A row's canonical text: `name=value` joined by `;`, in the order given. */
export function canonicalRow(fields: readonly CanonicalField[]): string {
  const seen = new Set<string>();
  return fields
    .map(([name, value]) => {
      if (!FIELD_NAME.test(name)) throw new CanonicalFormError(`"${name}" is not a field name`);
      if (seen.has(name)) throw new CanonicalFormError(`field "${name}" appears twice in a row`);
      seen.add(name);
      return `${name}=${canonicalValue(value)}`;
    })
    .join(";");
}

/** SHA-256 (hex) of a row's canonical text. */
export function rowFingerprint(fields: readonly CanonicalField[]): string {
  return sha256Hex(canonicalRow(fields));
}

/**
 * SHA-256 (hex) over the rows' fingerprints in order, one per line (joined by "\n", no trailing
 * newline). Hashing fingerprints rather than the rows' text lets a changed row be found by its own
 * fingerprint while one value still covers the rows, their order and their number.
 */
export function snapshotFingerprint(rowFingerprints: readonly string[]): string {
  return sha256Hex(rowFingerprints.join("\n"));
}

/** How a column's cell values are read back into canonical values (see `fieldsFromCells`). */
export type FieldKind = "text" | "number" | "money" | "date" | "boolean" | "label";

/** A row's columns in order: name and kind. */
export type RowLayout = readonly (readonly [name: string, kind: FieldKind])[];

/**
 * A row read back from its cells: a blank cell (null, undefined or "", as Office.js and xlsx
 * readers give it) is blank; a number in a money column is money at `decimals`, in a date
 * column (a whole day from 61) a date; anything else is kept as the cell holds it, so a text typed
 * over a number changes the row's text and is found. The layout is the one the row was written with.
 */
export function fieldsFromCells(layout: RowLayout, cells: readonly unknown[], decimals: number): CanonicalField[] {
  return layout.map(([name, kind], i) => [name, valueFromCell(kind, cells[i], decimals)]);
}

function valueFromCell(kind: FieldKind, cell: unknown, decimals: number): CanonicalValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") {
    if (kind === "money") return moneyValue(cell, decimals);
    if (kind === "date" && Number.isInteger(cell) && cell >= 61) return dateValue(cell);
    return cell;
  }
  if (typeof cell === "string" || typeof cell === "boolean") return cell;
  return String(cell);
}

/** Text as a cell keeps it: empty text reads back as a blank cell, so it is written blank. */
export const textOrBlank = (text: string | null | undefined): string | null =>
  text === null || text === undefined || text === "" ? null : text;

/** A plan number as a cell holds it: a blank where the plan has none (or a value no cell can hold). */
const planNumber = (n: number | null | undefined): number | null =>
  n === null || n === undefined || !Number.isFinite(n) ? null : n;

/** An ISO plan date as a date, or as the text it is when it is not a real date (a half-typed plan). */
const planDate = (iso: string): CanonicalValue => {
  const serial = serialOfIso(iso);
  return serial === null ? textOrBlank(iso) : dateValue(serial);
};

/** Pairs a layout's names with values in the same order, so a row and its layout cannot drift apart. */
export function layoutRow(layout: RowLayout, values: readonly CanonicalValue[]): CanonicalField[] {
  if (values.length !== layout.length) throw new CanonicalFormError("a row's values do not match its layout");
  return layout.map(([name], i) => [name, values[i]]);
}

export const PLAN_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["name", "text"],
  ["currency", "text"],
  ["decimals", "number"],
  ["periodStart", "date"],
  ["periodEnd", "date"],
  ["frequency", "text"],
  ["payKind", "text"],
  ["basisKpi", "number"],
  ["boundsRelativeToTarget", "boolean"],
  ["method", "text"],
  ["cap", "number"],
  ["targetIncentive", "number"],
  ["listPrice", "number"],
];

export const KPI_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["name", "text"],
  ["unit", "text"],
  ["direction", "text"],
  ["targetMode", "text"],
  ["target", "number"],
  ["weight", "number"],
  ["gate", "number"],
];

export const TIER_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["bound", "number"],
  ["rate", "number"],
  ["label", "label"],
];

/**
 * The plan as rows: one `plan` row of settings, one row per KPI, one per tier, in the plan's
 * order. This is what decides pay; where the data lives (`source`) and the sheets' language are
 * left out, since changing them changes no partner's payout. KPIs and tiers are numbered from 1,
 * and the basis KPI is its number. Empty text is blank, as a cell keeps it.
 */
export function planRows(p: ProgramDefinition): CanonicalRow[] {
  const rows: CanonicalRow[] = [
    {
      key: "plan",
      fields: layoutRow(PLAN_ROW_LAYOUT, [
        "plan",
        textOrBlank(p.name),
        textOrBlank(p.currency),
        planNumber(p.decimals),
        planDate(p.periodStart),
        planDate(p.periodEnd),
        p.frequency,
        p.payKind,
        p.basisKpi === null ? null : p.basisKpi + 1,
        p.boundsRelativeToTarget,
        p.method,
        planNumber(p.cap),
        planNumber(p.targetIncentive),
        planNumber(p.listPrice),
      ]),
    },
  ];
  p.kpis.forEach((k, i) =>
    rows.push({
      key: `kpi ${i + 1}`,
      fields: layoutRow(KPI_ROW_LAYOUT, [
        `kpi ${i + 1}`,
        textOrBlank(k.name),
        textOrBlank(k.unit),
        k.direction,
        k.targetMode,
        planNumber(k.target),
        planNumber(k.weight),
        planNumber(k.gate),
      ]),
    }),
  );
  p.tiers.forEach((t, i) =>
    rows.push({
      key: `tier ${i + 1}`,
      fields: layoutRow(TIER_ROW_LAYOUT, [
        `tier ${i + 1}`,
        planNumber(t.bound),
        planNumber(t.rate),
        textOrBlank(t.label),
      ]),
    }),
  );
  return rows;
}

/** The plan's fingerprint: `snapshotFingerprint` over its rows' fingerprints. */
export function planFingerprint(p: ProgramDefinition): string {
  return snapshotFingerprint(planRows(p).map((r) => rowFingerprint(r.fields)));
}

/**
 * The cell values a row is written as (money rounded, dates as serial numbers, blanks as null):
 * what a values-only snapshot sheet holds, so that `fieldsFromCells` reads back the same row.
 */
export function rowCells(fields: readonly CanonicalField[]): (string | number | boolean | null)[] {
  return fields.map(([, v]) => {
    if (v === null || typeof v !== "object") return v;
    return "money" in v ? roundMoney(v.money, v.decimals) : v.date;
  });
}
