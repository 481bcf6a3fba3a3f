import {
  CellValue,
  Direction,
  Method,
  TierTable,
  fail,
  isBlank,
  parseDirection,
  parseMethod,
  readNonNegative,
  readNumber,
  readTarget,
  scaleTierTable,
} from "../engine";
import { ValueArg, isOmitted, scalarArg } from "./grid";
import { cachedTierTable } from "./tierCache";

export function readMethod(input: unknown): Method {
  return parseMethod(scalarArg(input, "Method"));
}

export function readDirection(input: unknown): Direction {
  return parseDirection(scalarArg(input, "Direction"));
}

/** An optional non-negative limit: omitted or blank means no limit (Infinity). */
export function readOptionalLimit(input: unknown, name: string): number {
  const v = scalarArg(input, name);
  return isBlank(v) ? Infinity : readNonNegative(v, name);
}

/** A value argument that may be omitted: null when it was. */
export function optionalValueArg(name: string, input: unknown): ValueArg | null {
  return isOmitted(input) ? null : new ValueArg(name, input);
}

/** A target cell: positive; blank or zero is #DIV/0! (the result divides by it), like Excel's own A1/B1. */
export function readTargetCell(v: CellValue, name: string): number {
  if (isBlank(v)) return fail("blankTarget", { what: name });
  return readTarget(v, name);
}

/** A prior cell: blank means nothing was credited before. */
export function readPriorCell(v: CellValue): number {
  return isBlank(v) ? 0 : readNumber(v, "Prior");
}

/**
 * A tier table with its optional target. A single target scales the bounds once for the whole
 * call; a range of targets gives each cell its own scale.
 */
export class TargetedTiers {
  readonly table: TierTable;
  /** True when every cell reads the bounds at the same scale (no target, or one target). */
  readonly uniform: boolean;
  private readonly targets: ValueArg | null;

  constructor(tiers: unknown, target: unknown, targetName = "Target") {
    const table = cachedTierTable(tiers);
    const targets = optionalValueArg(targetName, target);
    this.uniform = targets === null || targets.isScalar;
    this.targets = this.uniform ? null : targets;
    this.table = targets?.isScalar ? scaleTierTable(table, readTargetCell(targets.scalar, targetName)) : table;
  }

  /** The targets as a value argument, for broadcasting its shape; null when uniform. */
  get shapeArg(): ValueArg | null {
    return this.targets;
  }

  scaleAt(r: number, c: number): number {
    return this.targets === null ? 1 : readTargetCell(this.targets.at(r, c), this.targets.name);
  }
}
