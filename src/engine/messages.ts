import type { ErrorKind, MessageParams } from "./errors";

interface MessageSpec {
  readonly kind: ErrorKind;
  /** English text; `{name}` placeholders are filled from the error's params. */
  readonly en: string;
}

/**
 * Every failure the engine can report, in one table: its Excel error kind and its message.
 * Messages name the argument (and the tier-table row) and say how to fix the input.
 */
export const MESSAGES = {
  // Cell values
  textNotNumber: { kind: "value", en: '{what} must be a number, but it is the text "{text}".' },
  numberStoredAsText: {
    kind: "value",
    en: '{what} is the text "{text}", not a number. Convert numbers stored as text with VALUE().',
  },
  booleanNotNumber: { kind: "value", en: "{what} must be a number, but it is {bool}." },
  blankNotAllowed: { kind: "value", en: "{what} is blank; a number is needed." },
  notFinite: { kind: "num", en: "{what} must be a finite number, but it is {found}." },
  unreadableCell: { kind: "value", en: "{what} holds a value that is not a number, text or blank." },
  negativeNotAllowed: { kind: "num", en: "{what} cannot be negative (it is {value})." },
  blankTarget: { kind: "div0", en: "{what} is blank, and the result divides by it." },
  resultNotFinite: { kind: "num", en: "The result is too large to represent as a number." },
  unexpected: { kind: "value", en: "Unexpected problem: {reason}. Please report it with the formula's inputs." },
  zeroTarget: { kind: "div0", en: "{what} is zero, and the result divides by it." },
  notSingleCell: { kind: "value", en: "{what} must be a single cell, not a range of {rows}×{cols}." },
  notText: { kind: "value", en: "{what} must be text." },
  outOfRange: { kind: "num", en: "{what} must be between {min} and {max} (it is {value})." },

  // Ranges
  emptyRange: { kind: "value", en: "{what} is an empty range." },
  raggedRange: { kind: "value", en: "{what} is not a rectangular range." },
  shapeMismatch: {
    kind: "value",
    en: "{what} is {shape} but {other} is {otherShape}; ranges must have the same shape, or be a single cell.",
  },

  // Options
  unknownMethod: {
    kind: "value",
    en: 'Unknown method "{found}". Use "marginal" (or "graduated", "incremental"), "retro" (or "retroactive", "flat") or "linear" (or "interpolated", "pay curve").',
  },
  unknownDirection: {
    kind: "value",
    en: 'Unknown direction "{found}". Use "higher" (higher is better) or "lower" (lower is better).',
  },

  // Tier tables
  tierColumns: {
    kind: "value",
    en: "The tier table needs 2 or 3 columns (lower bound, rate, optional label), but it has {cols}.",
  },
  tierEmpty: { kind: "value", en: "The tier table has no tiers{detail}." },
  tierGap: { kind: "value", en: "Tier table row {row} is blank, but more tiers follow it. Remove the blank row." },
  tierBoundBlank: { kind: "value", en: "Tier table row {row}: the lower bound is blank." },
  tierBoundText: {
    kind: "value",
    en: 'Tier table row {row}: the lower bound must be a number, not the text "{text}".',
  },
  tierBoundNotNumber: { kind: "value", en: "Tier table row {row}: the lower bound must be a number, not {found}." },
  tierBoundNotFinite: {
    kind: "num",
    en: "Tier table row {row}: the lower bound must be a finite number, not {found}.",
  },
  tierRateBlank: { kind: "value", en: "Tier table row {row}: the rate is blank." },
  tierRateText: { kind: "value", en: 'Tier table row {row}: the rate must be a number, not the text "{text}".' },
  tierRateNotNumber: { kind: "value", en: "Tier table row {row}: the rate must be a number, not {found}." },
  tierRateNotFinite: { kind: "num", en: "Tier table row {row}: the rate must be a finite number, not {found}." },
  tierLabelNotText: { kind: "value", en: "Tier table row {row}: the label must be text or a number, not {found}." },
  tierNotAscending: {
    kind: "value",
    en: "Tier table row {row}: the lower bound {bound} is not above the row before it ({previous}). Bounds must be strictly ascending.",
  },
  tierCellError: { kind: "value", en: "Tier table row {row} holds an error value." },

  // Function-specific
  belowFirstTier: { kind: "na", en: "{value} is below the first tier, which starts at {first}." },
  discountOver100: {
    kind: "num",
    en: "The discount reached at {value} is {discount}, more than 100% of the list price.",
  },
  scoreShape: {
    kind: "value",
    en: "Weights are {weightsShape} but attainments are {shape}. Give one weight per attainment, or a row of weights with one attainment row per partner.",
  },
  weightsSumZero: { kind: "div0", en: "The weights add up to zero, and the score divides by their sum." },
  missingAttainment: { kind: "na", en: "Attainment {index} of this row is blank; every weighted KPI needs a value." },
  dueMissing: { kind: "value", en: "Row {row} has a completion date but no due date." },
  dateAsText: {
    kind: "value",
    en: '{what} is the text "{text}", not a date. Convert dates stored as text with DATEVALUE().',
  },
  noMilestoneCounted: {
    kind: "na",
    en: "No milestone counts yet: none is completed and none is overdue as of {asOf}.",
  },
  // Programs (wizard validation)
  programNameMissing: { kind: "value", en: "Give the program a name." },
  programNameTooLong: { kind: "value", en: "Keep the program name to {max} characters or fewer." },
  nameHasReservedCharacter: {
    kind: "value",
    en: "{what} cannot contain [ ] # ' or @: Excel uses them in table formulas.",
  },
  currencyInvalid: { kind: "value", en: 'Currency must be a three-letter ISO code such as CNY, USD or EUR, not "{found}".' },
  decimalsInvalid: { kind: "value", en: "Decimals must be a whole number from 0 to 4." },
  dateInvalid: { kind: "value", en: "{what} must be a date (yyyy-mm-dd)." },
  periodReversed: { kind: "value", en: "The period ends before it starts." },
  kpisMissing: { kind: "value", en: "Add at least one KPI." },
  kpiNameMissing: { kind: "value", en: "KPI {index} needs a name." },
  kpiNameDuplicate: { kind: "value", en: 'Two KPIs are called "{name}"; names must be different.' },
  kpiTargetMissing: { kind: "value", en: "{what}: enter a target above zero, or choose a target per partner." },
  weightInvalid: { kind: "value", en: "{what}: the weight must be between 0% and 100%." },
  weightsNotWhole: { kind: "value", en: "Weights add up to {total}; they must add up to 100%." },
  gateInvalid: { kind: "value", en: "{what}: the gate must be a number, or left empty." },
  basisKpiMissing: { kind: "value", en: "Choose the KPI whose result is paid on." },
  basisKpiNoTarget: {
    kind: "value",
    en: "Tier bounds relative to target need a target for {what}.",
  },
  amountInvalid: { kind: "value", en: "{what} must be a number above zero." },
  capInvalid: { kind: "value", en: "The cap must be zero or more, or left empty." },
  sourceIncomplete: { kind: "value", en: "Choose the table with the partner results and map the partner and every KPI to a column." },

  explainOneAmount: { kind: "value", en: "EXPLAIN explains one payout: {what} must be a single cell." },
} as const satisfies Record<string, MessageSpec>;

export type MessageId = keyof typeof MESSAGES;

export function formatMessage(id: MessageId, params: MessageParams = {}): string {
  return MESSAGES[id].en.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Formats a number for a message the way a finance user reads it: 50,000 or 0.035. */
export function showNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 10 });
}
