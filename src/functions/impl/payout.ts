import { isBlank, payout, periodPayout, readNumber } from "../../engine";
import { TargetedTiers, optionalValueArg, readMethod, readOptionalLimit, readPriorCell } from "../args";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, computeCell, mapCells } from "../results";

export function payoutCells(
  amount: unknown,
  tiers: unknown,
  method: unknown,
  target: unknown,
  prior: unknown,
  cap: unknown,
): CellResult[][] {
  const amounts = new ValueArg("Amount", amount);
  const priors = optionalValueArg("Prior", prior);
  const tiered = new TargetedTiers(tiers, target);
  const shape = broadcastShape(present(amounts, tiered.shapeArg, priors));
  const m = readMethod(method);
  const capValue = readOptionalLimit(cap, "Cap");
  const { table } = tiered;
  // With one prior and one scale for every cell, P(prior) is the same for all: pay it once.
  const fixedPrior = priors === null ? 0 : priors.isScalar ? readPriorCell(priors.scalar) : null;
  const sharedBase = tiered.uniform && fixedPrior !== null ? periodPayout(table, m, fixedPrior) : undefined;

  const compute = (r: number, c: number): number | string => {
    const a = amounts.at(r, c);
    if (isBlank(a)) return BLANK;
    const x = readNumber(a, "Amount");
    const p = fixedPrior ?? readPriorCell(priors!.at(r, c));
    return payout(table, m, x, p, capValue, tiered.scaleAt(r, c), sharedBase);
  };
  if (sharedBase === undefined || fixedPrior === null || shape.cols !== 1 || amounts.isScalar) {
    return mapCells(shape, compute);
  }
  // The hot path: a column of amounts against one table, one prior, one scale. Numbers are
  // computed inline, so no value is boxed on the way; anything else takes the general path.
  const out: CellResult[][] = new Array(shape.rows);
  const grid = amounts.grid;
  for (let r = 0; r < shape.rows; r++) {
    const a = grid[r][0];
    if (typeof a === "number" && a - a === 0) {
      const v = payout(table, m, a, fixedPrior, capValue, 1, sharedBase);
      if (v - v === 0) {
        out[r] = [v === 0 ? 0 : v];
        continue;
      }
    }
    out[r] = [computeCell(compute, r, 0)];
  }
  return out;
}
