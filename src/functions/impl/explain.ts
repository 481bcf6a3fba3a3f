import { ExplainRow, explainPayout, isBlank } from "../../engine";
import { failArgument } from "../functionError";
import { methodArg, numberCell, rangeArg, readPriorCell, tiersArg } from "../args";
import { isOmitted } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";
import { argsOf, type ArgSpec } from "../table";
import { explainWords, type ExplainWords } from "./explainWords";

const ARGS = argsOf("EXPLAIN");

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
  const amountCell = single(ARGS.amount, amount);
  const m = methodArg(ARGS.method, method);
  const tiered = tiersArg(tiers, ARGS.target, isOmitted(target) ? null : [[single(ARGS.target, target)]]);
  if (isBlank(amountCell)) return [[BLANK]];
  const x = numberCell(ARGS.amount, amountCell);
  const p = isOmitted(prior) ? 0 : readPriorCell(single(ARGS.prior, prior), ARGS.prior.label.en);
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

function single(spec: ArgSpec, input: unknown): unknown {
  const arg = rangeArg(spec, input);
  if (!arg.isScalar) failArgument("explainOneAmount", { what: arg.name });
  return arg.scalar;
}
