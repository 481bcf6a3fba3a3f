import { ExplainRow, explainPayout, fail, isBlank, readNumber } from "../../engine";
import { TargetedTiers, readMethod, readPriorCell } from "../args";
import { ValueArg, isOmitted } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";
import { explainWords, type ExplainWords } from "./explainWords";

/** EXPLAIN's columns, in English; the words spilled follow the user's Excel language. */
export const EXPLAIN_HEADER = explainWords("en").header;

/** EXPLAIN: a header row, one row per tier touched, and a total row equal to PAYOUT. */
export function explainCells(
  amount: unknown,
  tiers: unknown,
  method: unknown,
  target: unknown,
  prior: unknown,
): CellResult[][] {
  const amountCell = single(amount, "Amount");
  const m = readMethod(method);
  const tiered = new TargetedTiers(tiers, isOmitted(target) ? null : [[single(target, "Target")]]);
  if (isBlank(amountCell)) return [[BLANK]];
  const x = readNumber(amountCell, "Amount");
  const p = isOmitted(prior) ? 0 : readPriorCell(single(prior, "Prior"));
  const { rows, total } = explainPayout(tiered.table, m, x, p);
  const words = explainWords();
  const lines: (readonly (string | number)[])[] = [
    words.header,
    ...rows.map((row) => describeRow(row, words)),
    [words.total, p, p + x, x, x === 0 ? BLANK : total / x, total],
  ];
  return mapCells({ rows: lines.length, cols: EXPLAIN_HEADER.length }, (r, c) => lines[r][c]);
}

function describeRow(row: ExplainRow, words: ExplainWords): (string | number)[] {
  const tier =
    row.tier === null
      ? words.belowFirstTier
      : row.kind === "credited"
        ? `${row.tier} ${words.alreadyCredited}`
        : row.tier;
  return [tier, row.from, row.to, row.amount, row.rate, row.payout];
}

function single(input: unknown, name: string): unknown {
  const arg = new ValueArg(name, input);
  if (!arg.isScalar) fail("explainOneAmount", { what: name });
  return arg.scalar;
}
