/**
 * The change log: one entry per plan change the add-in writes (when, what: old → new per field,
 * the reason), each keeping the plan's fingerprint after the change, so a plan edited by hand
 * since can be told by comparing fingerprints.
 *
 * The differ is the canonical form's own: the plan's rows (planRows) compared field by field, so a
 * change is listed exactly when it changes the plan's fingerprint, in the canonical values the log
 * keeps. What the pane shows of a change is the program's change description
 * (program/changes.ts, programChanges), which matches KPIs by name rather than by position.
 */
import type { ProgramDefinition } from "../program/types";
import { CanonicalValue, canonicalValue, planFingerprint, planRows } from "./canonical";

/**
 * One field of the plan that changed; a KPI or tier row only one side has is all blanks on the
 * other (a row of blanks added or removed is listed as its `row` field going from or to blank).
 */
export interface PlanChange {
  /** "plan", "kpi 2", "tier 3": KPIs and tiers by position. */
  readonly row: string;
  /** The field's name in the plan's rows: "rate", "target", "cap", … */
  readonly field: string;
  readonly before: CanonicalValue;
  readonly after: CanonicalValue;
}

export interface ChangeLogEntry {
  /** ISO timestamp, as the caller's clock gave it. */
  readonly at: string;
  readonly changes: readonly PlanChange[];
  /** The user's reason; "" when none was given. */
  readonly reason: string;
  /** planFingerprint of the plan after the change: the last logged state. */
  readonly planFingerprint: string;
}

/** Every field that differs between two plans, in the plan's row and field order. */
export function describePlanChanges(before: ProgramDefinition, after: ProgramDefinition): PlanChange[] {
  const was = new Map(planRows(before).map((r) => [r.key, r.fields]));
  const now = new Map(planRows(after).map((r) => [r.key, r.fields]));
  const keys = [...now.keys(), ...[...was.keys()].filter((k) => !now.has(k))];
  const changes: PlanChange[] = [];
  for (const row of keys) {
    const a = new Map(was.get(row) ?? []);
    const b = new Map(now.get(row) ?? []);
    const fields = [...(now.get(row) ?? was.get(row) ?? [])].map(([name]) => name).filter((n) => n !== "row");
    const count = changes.length;
    for (const field of fields) {
      const x = a.get(field) ?? null;
      const y = b.get(field) ?? null;
      if (canonicalValue(x) !== canonicalValue(y)) changes.push({ row, field, before: x, after: y });
    }
    // A row of blanks added or removed changes no field but does change the plan: say so.
    if (changes.length === count && was.has(row) !== now.has(row))
      changes.push({ row, field: "row", before: was.has(row) ? row : null, after: now.has(row) ? row : null });
  }
  return changes;
}

/** One change as a line of the log: `tier 2 rate: 0.03 → 0.04` (values in the canonical form; blank as "(blank)"). */
export function showPlanChange(c: PlanChange): string {
  const show = (v: CanonicalValue) => (v === null ? "(blank)" : canonicalValue(v));
  return `${c.row} ${c.field}: ${show(c.before)} → ${show(c.after)}`;
}

/** The log entry for a plan change the add-in writes. */
export function changeLogEntry(
  before: ProgramDefinition,
  after: ProgramDefinition,
  reason: string,
  at: string,
): ChangeLogEntry {
  return {
    at,
    changes: describePlanChanges(before, after),
    reason: reason.trim(),
    planFingerprint: planFingerprint(after),
  };
}

/** True when the plan no longer has the fingerprint of its last logged state: it was edited by hand since. */
export function planEditedByHand(lastLoggedFingerprint: string, program: ProgramDefinition): boolean {
  return planFingerprint(program) !== lastLoggedFingerprint;
}
