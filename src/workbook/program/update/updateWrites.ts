/*
 * What one edit writes, computed before anything is written (planUpdate.ts, pure) and queued by
 * queueUpdate.ts: structural changes first, then cell writes and calculated-column fills.
 */
import type { ProgramChange, ProgramDefinition } from "../../../engine";

export type Input = string | number | boolean | null;

/** A write into one block of a sheet: formulas (ours, or a user's cell carried along), values or formats. */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly kind: "values" | "formulas" | "numberFormat";
  readonly grid: Input[][];
}

/** Structural changes, queued before the cell writes (whose addresses assume they happened). */
export type ShapeOp =
  | { readonly kind: "addRows"; readonly table: string; readonly rows: number; readonly width: number }
  | { readonly kind: "deleteRow"; readonly table: string; readonly index: number }
  | { readonly kind: "addColumn"; readonly table: string; readonly index: number; readonly header: string }
  | { readonly kind: "deleteColumn"; readonly table: string; readonly header: string };

/** A calculated column: its first data cell gets the formula, the rest copy it. */
export interface FormulaFill {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly formula: string;
  readonly format: string;
}

/** Everything one update writes, computed from the snapshots before anything is written (pure). */
export interface UpdateWrites {
  /** Partner rows of the data table after the update. */
  readonly partners: number;
  readonly shape: readonly ShapeOp[];
  readonly writes: readonly CellWrite[];
  readonly fills: readonly FormulaFill[];
  /** The program as its tables were read, before the edit. */
  readonly before: ProgramDefinition;
  /** The program as written: the edit, in the language its tables were written in. */
  readonly program: ProgramDefinition;
  /** What changes: the tables as read against the edit (the engine's one change description). */
  readonly changes: readonly ProgramChange[];
  readonly notes: readonly string[];
  /** The data table's range after the update, to recalculate. */
  readonly dataAddress: string;
}
