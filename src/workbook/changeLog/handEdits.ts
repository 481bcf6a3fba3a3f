/*
 * A plan edited by hand since its last logged state (pure): the plan as read now against the
 * Change log's last row. The fingerprint decides; what changed is the program's one change
 * description (the engine's programChanges), so the pane can word it as the wizard's review does.
 */
import { ProgramChange, ProgramDefinition, planEditedByHand, programChanges } from "../../engine";
import type { LoggedChange } from "./changeLogTable";

export type HandEdits =
  /** The program has no Change log (created before the log, or the table was deleted). */
  | { readonly state: "noLog" }
  /** The plan is as the last row logged it. */
  | { readonly state: "asLogged"; readonly last: LoggedChange }
  /**
   * Edited by hand since `last`; `changes` from the logged plan to the plan now (null when the row
   * does not hold the plan: the fingerprint alone says it changed).
   */
  | { readonly state: "editedByHand"; readonly last: LoggedChange; readonly changes: readonly ProgramChange[] | null };

export function handEditsSince(log: readonly LoggedChange[] | null, now: ProgramDefinition): HandEdits {
  const last = log?.[log.length - 1];
  if (!last) return { state: "noLog" };
  if (!planEditedByHand(last.fingerprint, now)) return { state: "asLogged", last };
  const logged = loggedPlanFor(last, now);
  return { state: "editedByHand", last, changes: logged ? programChanges(logged, now) : null };
}

/**
 * The row's plan, to compare with `now`: where the data lives and the sheets' language are not
 * logged, so they are taken from `now` (never reported as changed). Null when the row holds none.
 */
export function loggedPlanFor(row: LoggedChange | undefined, now: ProgramDefinition): ProgramDefinition | null {
  return row?.plan ? { ...row.plan, source: now.source, sheetLanguage: now.sheetLanguage } : null;
}
