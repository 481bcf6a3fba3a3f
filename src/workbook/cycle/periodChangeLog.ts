/*
 * A close or a re-opening as a row of the program's Change log (changeLog/), appended in the same
 * write as its Periods row. The plan logged is the plan as it stood, the one the snapshot froze;
 * its changes since the last logged row (a plan edited by hand) are listed under the period, so
 * a close never hides them.
 */
import { changeLogAppend } from "../changeLog/changeLogTable";
import { CHANGE_LOG_WORDS } from "../changeLog/changeLogWords";
import { loggedPlanFor } from "../changeLog/handEdits";
import { programLanguage } from "../labels";
import type { AppendRowsPlan } from "../sheetPlan";
import type { CycleRead } from "./cycleReads";

export interface PeriodLogged {
  readonly action: "periodClosed" | "periodReopened";
  readonly period: string;
  /** The snapshot's fingerprint: the one closed, or the close taken back. */
  readonly fingerprint: string;
  readonly reason: string;
  readonly at: string;
}

/** The Change log append for a close or a re-opening; none when the program has no log. */
export function periodChangeLogRows(read: CycleRead, e: PeriodLogged): AppendRowsPlan[] {
  if (!read.changeLog) return [];
  const { w } = read;
  const words = CHANGE_LOG_WORDS[programLanguage(w.program)];
  const last = read.changeLog.changes[read.changeLog.changes.length - 1];
  const before = loggedPlanFor(last, w.program) ?? w.program;
  const change = {
    action: e.action,
    before,
    after: w.program,
    reason: e.reason,
    at: e.at,
    event: words.periodLine(e.period, e.fingerprint),
  };
  return [changeLogAppend(w.key, read.changeLog.rows, change, words)];
}
