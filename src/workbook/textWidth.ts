/*
 * How wide a column must be (in points, Range.format.columnWidth's unit) for a text to show whole
 * in Calibri 11, the sheets' font: an estimate, generous for Latin text (digits are 5.25 pt,
 * average letters less) and counting a CJK character double, as it is drawn about twice as wide.
 */

/** Points per Latin character, a CJK character counting two. */
export const POINTS_PER_CHARACTER = 5.5;
/** The cell's left and right padding and the grid line. */
export const CELL_PADDING_POINTS = 6;
/** Bold text (headers, captions) is drawn about a tenth wider. */
const BOLD = 1.1;

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Characters a text takes, a CJK (or full-width) character counting two. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** The column width a text needs to show whole (the longest line of a multi-line text). */
export function pointsFor(text: string, bold = false): number {
  const units = Math.max(0, ...text.split("\n").map(textUnits));
  return Math.ceil(units * POINTS_PER_CHARACTER * (bold ? BOLD : 1) + CELL_PADDING_POINTS);
}

/**
 * What a number format shows at its widest for a date or time (yyyy-mm-dd hh:mm → 2026-12-31 23:59,
 * yyyy"年"m"月"d"日" → 2026年12月31日); null for a format that is not a date.
 */
export function widestDateText(format: string): string | null {
  if (!/y/i.test(format) || !/d/i.test(format)) return null;
  return format
    .replace(/"([^"]*)"/g, "\u0000$1\u0000")
    .split("\u0000")
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/yyyy/gi, "2026")
            .replace(/hh/gi, "23")
            .replace(/:mm/gi, ":59")
            .replace(/:ss/gi, ":59")
            .replace(/mm?/gi, "12")
            .replace(/dd?/gi, "31"),
    )
    .join("");
}
