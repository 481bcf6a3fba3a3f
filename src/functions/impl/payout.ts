import { isBlank, payout, periodPayout, readNumber } from "../../engine";
import { TargetedTiers, optionalValueArg, readMethod, readOptionalLimit, readPriorCell } from "../args";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, mapCells } from "../results";

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

  return mapCells(shape, (r, c) => {
    const a = amounts.at(r, c);
    if (isBlank(a)) return BLANK;
    const x = readNumber(a, "Amount");
    const p = fixedPrior ?? readPriorCell(priors!.at(r, c));
    return payout(table, m, x, p, capValue, tiered.scaleAt(r, c), sharedBase);
  });
}
