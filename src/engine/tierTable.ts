import { IncentiveError, fail } from "./errors";
import { CellValue, clip, isBlank, looksNumeric } from "./cell";
import { showNumber } from "./messages";

/** A label a tier is known by: its text, or its 1-based number where the table has none. */
export type TierLabel = string | number;

/**
 * A validated tier table: rows of inclusive lower bound, rate and optional label, bounds
 * strictly ascending. Parsed once per call and shared by every cell of that call.
 */
export interface TierTable {
  readonly size: number;
  readonly bounds: Float64Array;
  readonly rates: Float64Array;
  /** One entry per tier: its label, or null where the row has none. */
  readonly labels: ReadonlyArray<TierLabel | null>;
  /**
   * Marginal payout accrued from the first bound up to each bound, summed band by band in tier
   * order, exactly as a person would add the bands by hand.
   */
  readonly cumulative: Float64Array;
  /** Row of the range (1-based) holding the first tier: 2 after a header row, else 1. For messages. */
  readonly firstRow: number;
}

/**
 * Parses and validates a tier table as a spreadsheet range hands it over (rows of cells).
 * A first row whose bound is text is a header; fully blank trailing rows are ignored.
 * Messages name the row of the range (1-based, header included) and the reason.
 */
export function parseTierTable(cells: ReadonlyArray<ReadonlyArray<CellValue>>): TierTable {
  if (!Array.isArray(cells) || cells.length === 0) return fail("tierEmpty");
  const cols = Array.isArray(cells[0]) ? cells[0].length : 0;
  for (const row of cells) {
    if (!Array.isArray(row) || row.length !== cols) return fail("raggedRange", { what: "The tier table" });
  }
  if (cols !== 2 && cols !== 3) return fail("tierColumns", { cols });

  // A header's bound is a word; a number stored as text is a bad bound, not a header to skip.
  const first = cells[0][0];
  const start = typeof first === "string" && first.trim() !== "" && !looksNumeric(first) ? 1 : 0;
  let end = cells.length;
  while (end > start && cells[end - 1].every(isBlank)) end--;
  if (end <= start) return fail(start === 1 ? "tierHeaderOnly" : "tierEmpty");

  const size = end - start;
  const bounds = new Float64Array(size);
  const rates = new Float64Array(size);
  const labels: (TierLabel | null)[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const row = cells[start + i];
    const rowNumber = start + i + 1;
    if (row.every(isBlank)) fail("tierGap", { row: rowNumber });
    bounds[i] = readTierNumber(row[0], rowNumber, "bound");
    rates[i] = readTierNumber(row[1], rowNumber, "rate");
    labels[i] = cols === 3 ? readLabel(row[2], rowNumber) : null;
    if (i > 0 && !(bounds[i] > bounds[i - 1])) {
      fail("tierNotAscending", { row: rowNumber, bound: showNumber(bounds[i]), previous: showNumber(bounds[i - 1]) });
    }
  }
  return withCumulative(bounds, rates, labels, start + 1);
}

/** The same table with every bound multiplied by `scale` (target-relative bounds read against a target). */
export function scaleTierTable(table: TierTable, scale: number): TierTable {
  if (scale === 1) return table;
  const bounds = new Float64Array(table.size);
  for (let i = 0; i < table.size; i++) bounds[i] = table.bounds[i] * scale;
  return withCumulative(bounds, table.rates, table.labels, table.firstRow);
}

/** The tier's label, or its 1-based number where it has none. */
export function tierName(table: TierTable, index: number): TierLabel {
  return table.labels[index] ?? index + 1;
}

function withCumulative(
  bounds: Float64Array,
  rates: Float64Array,
  labels: ReadonlyArray<TierLabel | null>,
  firstRow: number,
): TierTable {
  const size = bounds.length;
  const cumulative = new Float64Array(size);
  for (let i = 1; i < size; i++) cumulative[i] = cumulative[i - 1] + rates[i - 1] * (bounds[i] - bounds[i - 1]);
  return { size, bounds, rates, labels, cumulative, firstRow };
}

type TierField = "bound" | "rate";

const TIER_MESSAGES = {
  bound: {
    blank: "tierBoundBlank",
    text: "tierBoundText",
    other: "tierBoundNotNumber",
    infinite: "tierBoundNotFinite",
  },
  rate: { blank: "tierRateBlank", text: "tierRateText", other: "tierRateNotNumber", infinite: "tierRateNotFinite" },
} as const;

function readTierNumber(v: CellValue, row: number, field: TierField): number {
  if (typeof v === "number") {
    if (v - v === 0) return v;
    return fail(TIER_MESSAGES[field].infinite, { row, found: String(v) });
  }
  if (isBlank(v)) return fail(TIER_MESSAGES[field].blank, { row });
  if (typeof v === "string") return fail(TIER_MESSAGES[field].text, { row, text: clip(v) });
  if (typeof v === "boolean") return fail(TIER_MESSAGES[field].other, { row, found: v ? "TRUE" : "FALSE" });
  throw new IncentiveError("tierCellError", { row }, v);
}

function readLabel(v: CellValue, row: number): TierLabel | null {
  if (isBlank(v)) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number" && v - v === 0) return v;
  if (typeof v === "boolean" || typeof v === "number") {
    return fail("tierLabelNotText", { row, found: typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v) });
  }
  throw new IncentiveError("tierCellError", { row }, v);
}
