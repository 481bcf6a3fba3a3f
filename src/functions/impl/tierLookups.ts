import {
  Problem,
  TierTable,
  gapToNextTier,
  isBlank,
  rateAt,
  reachedTier,
  showNumber,
  tierIndex,
  tierName,
} from "../../engine";
import { TargetedTiers, methodArg, numberCell, rangeArg, tiersArg } from "../args";
import { cellError, notNumberError } from "../excelErrors";
import { ValueArg, broadcastShape, present } from "../grid";
import { BLANK, CellResult, computeCell, mapCells } from "../results";
import { argsOf } from "../table";

/** RATE's arguments; TIER and GAP name their value, tiers and target the same (the table's test checks). */
const ARGS = argsOf("RATE");
const VALUE = ARGS.value.label.en;

/**
 * TIER, RATE and GAP read a value against a tier table (with an optional target) cell by cell;
 * only what they return differs. `answer` gives a cell's result or throws its error.
 */
function lookupCells(
  value: unknown,
  tiers: unknown,
  target: unknown,
  answer: (tiered: TargetedTiers, x: number, scale: number) => number | string,
): CellResult[][] {
  const values = rangeArg(ARGS.value, value);
  const tiered = tiersArg(tiers, ARGS.target, target);
  const shape = broadcastShape(present(values, tiered.shapeArg));
  return mapCells(shape, (r, c) => {
    const v = values.at(r, c);
    if (isBlank(v)) return BLANK;
    return answer(tiered, numberCell(ARGS.value, v), tiered.scaleAt(r, c));
  });
}

/**
 * The hot path of a lookup, when every cell reads the same (already scaled) table: the values
 * are the only range, so the result has their shape. No closure, try/catch or row array a
 * cell: number results and other results are built at different places (V8 keeps the number
 * rows unboxed), and a bad cell is an error value. `numberAt` is RATE's or GAP's number (NaN
 * where it is not finite: that cell takes the general path); TIER passes null and gets its label.
 */
function uniformLookup(
  values: ValueArg,
  tiered: TargetedTiers,
  numberAt: ((table: TierTable, x: number) => number) | null,
  general: (tiered: TargetedTiers, x: number, scale: number) => number | string,
): CellResult[][] {
  const { table } = tiered;
  const grid = values.grid;
  const rows = grid.length;
  const cols = grid[0].length;
  // Stryker disable next-line ArrayDeclaration: presizing only; the loop assigns every index from 0 up, the same array
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (cols === 1) {
      const x = row[0];
      if (typeof x === "number" && x - x === 0) {
        if (numberAt !== null) {
          const v = numberAt(table, x);
          if (v - v === 0) {
            out[r] = [v === 0 ? 0 : v];
            continue;
          }
        } else {
          out[r] = [tierAt(table, x)];
          continue;
        }
      }
      out[r] = [otherCell(x, tiered, general)];
    } else {
      const line: CellResult[] = [];
      for (let c = 0; c < cols; c++) {
        const x = row[c];
        line.push(
          typeof x === "number" && x - x === 0 && numberAt === null ? tierAt(table, x) : otherCell(x, tiered, general),
        );
      }
      out[r] = line;
    }
  }
  return out;
}

/** A cell off the number path: blank, not a number (an error value), or the general answer. */
function otherCell(
  x: unknown,
  tiered: TargetedTiers,
  general: (tiered: TargetedTiers, x: number, scale: number) => number | string,
): CellResult {
  if (isBlank(x)) return BLANK;
  if (typeof x !== "number" || x - x !== 0) return notNumberError(x, VALUE);
  return computeCell(() => general(tiered, x, 1), 0, 0);
}

/** TIER of a number against a table read at scale 1: its label, or #N/A below the first tier. */
function tierAt(table: TierTable, x: number): CellResult {
  const k = tierIndex(table, x);
  return k < 0 ? cellError("na", describeBelowFirst, x, table.bounds[0]) : tierName(table, k);
}

const describeBelowFirst = (x: unknown, first: unknown): Problem => ({
  id: "belowFirstTier",
  params: { value: showNumber(x as number), first: showNumber(first as number) },
});

function lookup(
  value: unknown,
  tiers: unknown,
  target: unknown,
  numberAt: ((table: TierTable, x: number) => number) | null,
  answer: (tiered: TargetedTiers, x: number, scale: number) => number | string,
): CellResult[][] {
  const values = rangeArg(ARGS.value, value);
  const tiered = tiersArg(tiers, ARGS.target, target);
  if (!tiered.uniform) return lookupCells(value, tiers, target, answer);
  return uniformLookup(values, tiered, numberAt, answer);
}

const tierAnswer = ({ table }: TargetedTiers, x: number, scale: number): number | string => {
  return tierName(table, reachedTier(table, x, scale));
};

export function tierCells(value: unknown, tiers: unknown, target: unknown): CellResult[][] {
  return lookup(value, tiers, target, null, tierAnswer);
}

export function rateCells(value: unknown, tiers: unknown, method: unknown, target: unknown): CellResult[][] {
  const m = methodArg(ARGS.method, method);
  return lookup(
    value,
    tiers,
    target,
    (table, x) => rateAt(table, m, x),
    ({ table }, x, scale) => rateAt(table, m, x, scale),
  );
}

export function gapCells(value: unknown, tiers: unknown, target: unknown): CellResult[][] {
  return lookup(value, tiers, target, gapToNextTier, ({ table }, x, scale) => gapToNextTier(table, x, scale));
}
