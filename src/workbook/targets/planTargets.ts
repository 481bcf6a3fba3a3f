/*
 * Which cells a targets write changes (pure): the KPI's per-partner target column of the
 * program's data table, row by row, matched by Partner ID. A row whose partner got no new target
 * keeps its cell exactly as it was (a value, or a formula someone typed there); no other column
 * is written.
 */
import { textInput } from "../cellInput";
import { formatMessage } from "../words";

export interface NewTarget {
  readonly partnerId: string;
  readonly target: number;
}

export interface TargetsColumnPlan {
  /** Zero-based column of the target column within the table. */
  readonly column: number;
  /** One entry per data row, for Range.formulas: the new target, or the cell as it was. */
  readonly cells: (string | number | boolean)[][];
  /** Rows given a new target. */
  readonly written: number;
  /** Partner IDs asked for that no row of the table has. */
  readonly unmatched: readonly string[];
}

const id = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toLowerCase();

/**
 * `values` and `formulas` are the table's range as read (header row first). Refuses (throws) when
 * a column is missing or a target is not a finite number: nothing is planned half.
 */
export function planTargets(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  headers: { readonly partnerId: string; readonly target: string },
  targets: readonly NewTarget[],
  tableName: string,
): TargetsColumnPlan {
  const header = (values[0] ?? []).map(id);
  const idColumn = header.indexOf(id(headers.partnerId));
  const column = header.indexOf(id(headers.target));
  for (const [at, h] of [
    [idColumn, headers.partnerId],
    [column, headers.target],
  ] as const) {
    if (at < 0) throw new Error(formatMessage("targetsColumnMissing", { table: tableName, column: h }));
  }
  const wanted = new Map<string, number>();
  for (const t of targets) {
    if (!Number.isFinite(t.target)) throw new Error(formatMessage("targetNotNumber", { partner: t.partnerId }));
    wanted.set(id(t.partnerId), t.target);
  }
  const seen = new Set<string>();
  let written = 0;
  const cells = values.slice(1).map((row, r) => {
    const key = id(row[idColumn]);
    const target = key === "" ? undefined : wanted.get(key);
    if (target !== undefined) {
      seen.add(key);
      written++;
      return [target];
    }
    return [carried(values[r + 1][column], formulas[r + 1]?.[column])];
  });
  const unmatched = targets.filter((t) => !seen.has(id(t.partnerId))).map((t) => t.partnerId);
  return { column, cells, written, unmatched };
}

/** A cell written back as it was: its formula, or its value (text kept as text). */
function carried(value: unknown, formula: unknown): string | number | boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return textInput(String(value ?? ""));
}
