/*
 * A block copied from Excel arrives as text: rows separated by newlines, cells by tabs, each
 * cell as Excel displays it ("50,000", "2.5%", "$1,000"). This reads it into tier rows; the
 * engine's validation then says what is wrong with them, if anything.
 */
import type { TierRow } from "../../../../engine/program/types";
import { parseNumberText } from "../format";

/** Tier rows from pasted text, or null when the text is a single value (an ordinary paste). */
export function parsePastedTiers(text: string): TierRow[] | null {
  if (!/[\t\n\r]/.test(text)) return null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const rows = lines.map((line) => line.split("\t"));
  if (rows.length === 0) return null;
  // A header row ("Lower bound  Rate  Label") is skipped, as the functions skip it.
  const start = rows[0][0] !== undefined && rows[0][0].trim() !== "" && Number.isNaN(cellNumber(rows[0][0])) ? 1 : 0;
  const tiers = rows.slice(start).map((cells) => ({
    bound: cellNumber(cells[0] ?? ""),
    rate: cellNumber(cells[1] ?? ""),
    label: (cells[2] ?? "").trim(),
  }));
  return tiers.length > 0 ? tiers : null;
}

/** "50,000" → 50000, "2.5%" → 0.025, "$1,000" → 1000; blank or text → NaN (the row's issue says why). */
export function cellNumber(cell: string): number {
  const t = cell
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .replace(/^[$€£¥]|^[A-Z]{3}\s+/, "");
  const percent = /%\s*$/.test(t);
  const n = parseNumberText(t);
  if (n === null || Number.isNaN(n)) return NaN;
  return percent ? Number((n / 100).toPrecision(12)) : n;
}
