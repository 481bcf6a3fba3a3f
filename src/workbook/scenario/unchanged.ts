/*
 * Insights computes a what-if against the program as it read it. Writing it later (as a scenario
 * sheet, or into the program's tables) must not quietly rest on a plan someone has changed since:
 * an Apply would put back the old values of everything the user edited meanwhile.
 */
import { type ProgramDefinition } from "../../engine";
import { formatMessage } from "../words";

/** Thrown when the program in the workbook is no longer the one the pane read; nothing was written. */
export class ProgramChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramChangedError";
  }
}

/** Refuses when `inWorkbook` differs from what the pane read (`read`), before anything is written. */
export function assertUnchanged(inWorkbook: ProgramDefinition, read: ProgramDefinition | undefined): void {
  if (read === undefined || JSON.stringify(inWorkbook) === JSON.stringify(read)) return;
  throw new ProgramChangedError(formatMessage("programChangedSince", { name: inWorkbook.name.trim() }));
}
