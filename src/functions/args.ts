import {
  CellValue,
  Direction,
  Method,
  TierTable,
  isBlank,
  parseDirection,
  parseMethod,
  readDate,
  readNonNegative,
  readNumber,
  readTargetCell,
  scaleTierTable,
  todaySerial,
} from "../engine";
import { Grid, ValueArg, isOmitted, scalarArg, toGrid } from "./grid";
import type { ArgSpec } from "./table";
import { cachedTierTable } from "./tierCache";

/*
 * Every argument is read here, by its kind in the functions' table (src/functions/table/): the
 * readers below take the argument's table entry, so each message names it as the table does.
 * An impl/ file says which reader each argument takes, never how to coerce it.
 */

/** A range argument (kinds values, dates; target and prior when read cell by cell): broadcast. */
export function rangeArg(spec: ArgSpec, input: unknown): ValueArg {
  return new ValueArg(spec.label.en, input);
}

/** An optional range argument: null when it was left out. */
export function optionalRangeArg(spec: ArgSpec, input: unknown): ValueArg | null {
  return optionalValueArg(spec.label.en, input);
}

/** A block read whole (kind block: SCORE's attainments and weights). */
export function blockArg(spec: ArgSpec, input: unknown): Grid {
  return toGrid(input, spec.label.en);
}

/** Kind method: "marginal" (also when blank), "retro" or "linear". */
export function methodArg(spec: ArgSpec, input: unknown): Method {
  return parseMethod(scalarArg(input, spec.label.en));
}

/** Kind direction: "higher" (also when blank) or "lower". */
export function directionArg(spec: ArgSpec, input: unknown): Direction {
  return parseDirection(scalarArg(input, spec.label.en));
}

/** Kind limit: one non-negative number; omitted or blank is no limit (Infinity). */
export function limitArg(spec: ArgSpec, input: unknown): number {
  return readOptionalLimit(input, spec.label.en);
}

/** Kind tiers, with its optional kind-target argument: the table, scaled once or cell by cell. */
export function tiersArg(tiers: unknown, target: ArgSpec, input: unknown): TargetedTiers {
  return new TargetedTiers(tiers, input, target.label.en);
}

/** One cell of a range argument, as a number (blank is an error here: callers skip blanks first). */
export function numberCell(spec: ArgSpec, v: CellValue): number {
  return readNumber(v, spec.label.en);
}

/** One cell of a range argument, as a number of zero or more (a price, a target incentive). */
export function nonNegativeCell(spec: ArgSpec, v: CellValue): number {
  return readNonNegative(v, spec.label.en);
}

/** One cell of a kind-target range read cell by cell: positive; blank or zero is #DIV/0!. */
export function targetCell(spec: ArgSpec, v: CellValue): number {
  return readTargetCell(v, spec.label.en);
}

/** Kind date: one Excel date; omitted or blank is today. */
export function dateArg(spec: ArgSpec, input: unknown): number {
  const v = scalarArg(input, spec.label.en);
  return isBlank(v) ? todaySerial() : readDate(v, spec.label.en);
}

/** Kind days: one number of days, zero or more; omitted or blank is 0. */
export function daysArg(spec: ArgSpec, input: unknown): number {
  const v = scalarArg(input, spec.label.en);
  return isBlank(v) ? 0 : readNonNegative(v, spec.label.en);
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
export { readTargetCell };

/** A prior cell: blank means nothing was credited before. */
export function readPriorCell(v: CellValue, name: string): number {
  return isBlank(v) ? 0 : readNumber(v, name);
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

  constructor(tiers: unknown, target: unknown, targetName: string) {
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
