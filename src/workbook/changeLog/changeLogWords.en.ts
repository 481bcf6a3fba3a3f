/* The Change log sheet's words in English; the Chinese file has the same keys. */
export interface ChangeLogWords {
  /** Appended to the program's name for the Change log sheet: "<program> Change log". */
  readonly sheet: string;
  readonly title: (program: string) => string;
  readonly note: string;
  /** The table's headers, in its column order. */
  readonly headers: readonly [
    at: string,
    action: string,
    changes: string,
    reason: string,
    fingerprint: string,
    plan: string,
  ];
  /** The Action cell of each kind of plan change the add-in writes. */
  readonly actions: Readonly<Record<ChangeAction, string>>;
  /** The first What changed line of a period closed or re-opened: which, and its snapshot's fingerprint. */
  readonly periodLine: (period: string, fingerprint: string) => string;
}

/**
 * A change the add-in writes: creating a program, editing it, applying a what-if, writing targets,
 * closing a period and re-opening it (the plan as it stood then is logged with them).
 */
export type ChangeAction =
  "created" | "edited" | "scenarioApplied" | "targetsWritten" | "periodClosed" | "periodReopened";

export const CHANGE_LOG_EN: ChangeLogWords = {
  sheet: "Change log",
  title: (program) => `${program} — change log`,
  note: "One row per change to the plan written by Partner Incentives for Excel, oldest first. The plan fingerprint is SHA-256 over the plan's canonical values: a plan whose fingerprint no longer matches the last row was edited by hand since.",
  headers: ["When", "Action", "What changed", "Reason", "Plan fingerprint", "Plan as logged"],
  actions: {
    created: "Created",
    edited: "Edited",
    scenarioApplied: "What-if applied",
    targetsWritten: "Targets written",
    periodClosed: "Period closed",
    periodReopened: "Period re-opened",
  },
  periodLine: (period, fingerprint) => `period ${period}, snapshot fingerprint ${fingerprint}`,
};
