/* global Excel */
/*
 * A step is the unit the executor batches: the calls it queues, what it does in words (for the
 * message of a failed write) and an estimate of the bytes it adds to a request. A plan's steps are
 * all built before the first sync, so a plan that cannot be written fails with nothing written;
 * a later sheet's (ApplyOptions.later) when its turn comes.
 */
import { groupByBudget } from "../requestBudget";
import { commaList, formatMessage } from "../words";

/** One piece of the write: what it does (for messages), its request bytes, and the calls it queues. */
export interface Step {
  readonly what: string;
  readonly bytes: number;
  run(sheets: Map<string, Excel.Worksheet>, context: Excel.RequestContext): void;
}

/** What a batch does, for the message of a failed write: its first steps' words (each once). */
export function describeWhats(whats: readonly string[]): string {
  return whats.length <= 3
    ? commaList(whats)
    : formatMessage("stepsMore", { steps: commaList(whats.slice(0, 2)), count: whats.length - 2 });
}

/** append(), not push(...steps): spreading an array as arguments has a size limit (the call stack). */
export function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** A sheet added or emptied by an earlier step of the same write. */
export function sheetOf(sheets: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  const ws = sheets.get(name);
  if (!ws) throw new Error(`the sheet “${name}” was not added`);
  return ws;
}

/** A block of consecutive rows: where it starts, how many, and its bytes as a JSON array of those rows. */
export interface RowBlock {
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/**
 * Row blocks within the budget from each row's size (its JSON bytes + 1 for the comma), without
 * keeping the rows: rowBlocks' greedy grouping (a block is at least one row). A step builds its
 * block's rows when it runs, so a write holds its plan's cells and not a second copy of them.
 */
export function sizedBlocks(sizes: readonly number[], budget: number): RowBlock[] {
  let start = 0;
  return groupByBudget(sizes, (size) => size, budget).map((group) => {
    const block = { start, count: group.length, bytes: group.reduce((sum, size) => sum + size, 0) + 1 };
    start += group.length;
    return block;
  });
}
