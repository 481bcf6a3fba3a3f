import { fail } from "../engine";
import { FunctionError, failArgument } from "./functionError";

/** A range as Excel passes it to a matrix parameter: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/**
 * One value argument, read with broadcasting: a single cell pairs with every cell of the result;
 * a range pairs cell by cell. Plain scalars (not wrapped in a 2-D array) are accepted too.
 */
export class ValueArg {
  readonly name: string;
  readonly grid: Grid;
  readonly isScalar: boolean;
  readonly scalar: unknown;

  constructor(name: string, input: unknown) {
    this.name = name;
    this.grid = toGrid(input, name);
    this.isScalar = this.grid.length === 1 && this.grid[0].length === 1;
    this.scalar = this.isScalar ? this.grid[0][0] : undefined;
  }

  get shape(): Shape {
    return { rows: this.grid.length, cols: this.grid[0].length };
  }

  at(r: number, c: number): unknown {
    return this.isScalar ? this.scalar : this.grid[r][c];
  }
}

/** Checks that an input is a non-empty rectangular 2-D array, wrapping a plain scalar as 1×1. */
export function toGrid(input: unknown, name: string): Grid {
  if (!Array.isArray(input)) return [[input]];
  const first = input[0];
  if (!Array.isArray(first)) {
    // A 1-D array (not something Excel sends) reads as a row; [] as the row of no cells, so an
    // empty range below.
    return toGrid([input], name);
  }
  const cols = first.length;
  if (cols === 0) failArgument("emptyRange", { what: name });
  for (let r = 1; r < input.length; r++) {
    const row = input[r];
    if (!Array.isArray(row) || row.length !== cols) fail("raggedRange", { what: name });
  }
  return input as Grid;
}

/** The shape of the result: the one shape all range arguments share (single cells broadcast). */
export function broadcastShape(args: readonly ValueArg[]): Shape {
  let shape: Shape = { rows: 1, cols: 1 };
  let owner: ValueArg | null = null;
  for (const arg of args) {
    if (arg.isScalar) continue;
    const s = arg.shape;
    if (owner === null) {
      shape = s;
      owner = arg;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      failArgument("shapeMismatch", {
        what: owner.name,
        shape: showShape(shape),
        other: arg.name,
        otherShape: showShape(s),
      });
    }
  }
  return shape;
}

export function showShape(s: Shape): string {
  return `${s.rows} row${s.rows === 1 ? "" : "s"} × ${s.cols} column${s.cols === 1 ? "" : "s"}`;
}

/**
 * An optional scalar argument (method, cap, direction, …): omitted arrives as null. A range of
 * one cell is read as that cell; a larger range is an error.
 */
export function scalarArg(input: unknown, name: string): unknown {
  const grid = toGrid(input, name); // a plain value comes back as [[value]]
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw new FunctionError("notSingleCell", { what: name, rows: grid.length, cols: grid[0].length });
  }
  return grid[0][0];
}

/** A range of one cell, as Excel passes a single cell: [[value]]. */
export function isOneCell(input: unknown): input is [[unknown]] {
  return Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1;
}

/** True when an optional argument was left out of the formula. */
export function isOmitted(input: unknown): boolean {
  return input === null || input === undefined;
}

/** The arguments that were given, for broadcasting. */
export function present(...args: (ValueArg | null)[]): ValueArg[] {
  return args.filter((a): a is ValueArg => a !== null);
}
