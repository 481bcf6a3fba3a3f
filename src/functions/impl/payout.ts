import { TierTable, isBlank, marginalDeltaFrom, payout, periodPayout, tierIndex } from "../../engine";
import { limitArg, methodArg, numberCell, optionalRangeArg, rangeArg, readPriorCell, tiersArg } from "../args";
import { Grid, broadcastShape, isOmitted, isOneCell, present } from "../grid";
import { argsOf } from "../table";
import { cachedTierTableIgnoringLabels } from "../tierCache";
import { notNumberError } from "../excelErrors";
import { BLANK, CellResult, computeCell, mapCells } from "../results";

const ARGS = argsOf("PAYOUT");
const AMOUNT = ARGS.amount.label.en;

export function payoutCells(
  amount: unknown,
  tiers: unknown,
  method: unknown,
  target: unknown,
  prior: unknown,
  cap: unknown,
): CellResult[][] {
  // One amount and no target, prior or cap (a column of single-cell formulas calls this once a
  // row): no argument objects. The checks run in the general path's order (amount's shape,
  // tier table, method); anything but a number takes the general path.
  if (isOmitted(target) && isOmitted(prior) && isOmitted(cap) && isOneCell(amount)) {
    const table = cachedTierTableIgnoringLabels(tiers);
    // Omitted or written out, "marginal" is what parseMethod reads it as.
    const m = isOmitted(method) || method === "marginal" ? "marginal" : methodArg(ARGS.method, method);
    const a = amount[0][0];
    if (typeof a === "number" && a - a === 0) {
      // payout(table, m, a): for marginal, the call it ends in (payoutDelta, marginalDelta), made directly.
      const v = m === "marginal" ? marginalDeltaFrom(table, a, 0, 0 + a, 1, tierIndex(table, 0)) : payout(table, m, a);
      if (v - v === 0) return [[v === 0 ? 0 : v]];
    }
  }
  const amounts = rangeArg(ARGS.amount, amount);
  const priors = optionalRangeArg(ARGS.prior, prior);
  const tiered = tiersArg(tiers, ARGS.target, target);
  const shape = broadcastShape(present(amounts, tiered.shapeArg, priors));
  const m = methodArg(ARGS.method, method);
  const capValue = limitArg(ARGS.cap, cap);
  const { table } = tiered;
  // With one prior and one scale for every cell, P(prior) is the same for all: pay it once.
  const fixedPrior = priors === null ? 0 : priors.isScalar ? readPriorCell(priors.scalar, priors.name) : null;
  const sharedBase = tiered.uniform && fixedPrior !== null ? periodPayout(table, m, fixedPrior) : undefined;

  const compute = (r: number, c: number): number | string => {
    const a = amounts.at(r, c);
    if (isBlank(a)) return BLANK;
    const x = numberCell(ARGS.amount, a);
    const p = fixedPrior ?? readPriorCell(priors!.at(r, c), priors!.name);
    return payout(table, m, x, p, capValue, tiered.scaleAt(r, c), sharedBase);
  };
  if (sharedBase === undefined || fixedPrior === null) return mapCells(shape, compute);

  // The hot path: amounts (a column, a block or one cell) against one table, one prior, one
  // scale — the amounts are the only range, so the result has their shape. Numbers are computed
  // inline and never boxed (number rows and other rows are built at different places, so V8
  // keeps the number rows as unboxed doubles); a bad cell is an error value, not an exception;
  // anything unusual (a result that is not finite) takes the general path, so every cell gets
  // exactly what `compute` gives it.
  const grid = amounts.grid;
  const rows = grid.length;
  const cols = grid[0].length;
  const prior0 = fixedPrior;
  // A column, marginal without a cap: P(prior + a) − P(prior) band by band, the prior's tier found once.
  if (cols === 1 && m === "marginal" && capValue === Infinity) {
    return marginalColumn(grid, table, prior0, tierIndex(table, prior0), compute);
  }
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (cols === 1) {
      const a = row[0];
      if (typeof a === "number") {
        const after = prior0 + a;
        if (after - after === 0) {
          const v = payout(table, m, a, prior0, capValue, 1, sharedBase);
          if (v - v === 0) {
            out[r] = [v === 0 ? 0 : v];
            continue;
          }
        }
      }
      out[r] = [otherCell(a, compute, r)];
    } else {
      const line: CellResult[] = [];
      for (let c = 0; c < cols; c++) {
        const a = row[c];
        line.push(isBlank(a) ? BLANK : typeof a !== "number" ? notNumberError(a, AMOUNT) : computeCell(compute, r, c));
      }
      out[r] = line;
    }
  }
  return out;
}

/** A cell of a column off the number path: blank, not a number (an error value), or the general path. */
function otherCell(a: unknown, compute: (r: number, c: number) => number | string, r: number): CellResult {
  if (isBlank(a)) return BLANK;
  if (typeof a !== "number") return notNumberError(a, AMOUNT);
  return computeCell(compute, r, 0);
}

/**
 * The hot path for a column of amounts under a marginal table without a cap: each row is
 * `marginalDeltaFrom(table, a, prior, prior + a, 1, kPrior)` with its usual cases written out
 * here (the same operations in the same order, so the same double), in a function of its own
 * whose every local is a double or an integer: nothing a row computes is boxed, and the only
 * allocations are the rows Excel requires. Anything else takes the general path.
 */
function marginalColumn(
  grid: Grid,
  table: TierTable,
  prior: number,
  kPrior: number,
  compute: (r: number, c: number) => number | string,
): CellResult[][] {
  const bounds = table.bounds;
  const rates = table.rates;
  const cumulative = table.cumulative;
  // The prior below the first tier or at its bound: P(prior + a) − P(prior) is P(prior + a).
  const fromFirst = kPrior < 0 || prior === bounds[0];
  const rows = grid.length;
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const a = grid[r][0];
    if (typeof a === "number") {
      const after = prior + a;
      if (after - after === 0) {
        // The tier the deal reaches, upwards (-2: a refund, not looked up here).
        const k = a >= 0 ? tierIndex(table, after) : -2;
        if (k === -1 || k === kPrior || (k >= 0 && fromFirst)) {
          // marginalDeltaFrom's cases for a deal upwards: below the first tier, within the
          // prior's band, or up from the first bound.
          const v = k < 0 ? 0 : k === kPrior ? a * rates[k] : cumulative[k] + (after - bounds[k]) * rates[k];
          if (v - v === 0) {
            out[r] = [v + 0];
            continue;
          }
        } else {
          // A refund, or a deal across bands from a prior inside a tier. Stored at a site of its
          // own: a call's result may be boxed, and the rows above stay unboxed.
          const v = marginalDeltaFrom(table, a, prior, after, 1, kPrior);
          if (v - v === 0) {
            out[r] = [v + 0];
            continue;
          }
        }
      }
    }
    out[r] = [otherCell(a, compute, r)];
  }
  return out;
}
