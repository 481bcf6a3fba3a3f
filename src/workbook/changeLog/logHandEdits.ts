/* global Excel */
/*
 * A plan edited by hand, in the workbook: found (readHandEdits, what the pane shows on reading a
 * program) and logged ("Log this change", logHandEdits) as an Edited row with the user's reason —
 * old → new from the last logged plan to the plan read now, and the plan's fingerprint now, so
 * the plan is as logged again. One append, taken back if it fails.
 */
import type { ProgramDefinition } from "../../engine";
import { applyWorkbookPlan } from "../applyPlan";
import { readProgram } from "../program/readProgram";
import { changeLogAppend, changeLogTableName, changesFromRows } from "./changeLogTable";
import { CHANGE_LOG_WORDS } from "./changeLogWords";
import { type HandEdits, handEditsSince, loggedPlanFor } from "./handEdits";

/** The hand edits found now, with the plan as read (the pane words the changes against it). */
export interface PlanHandEdits {
  readonly found: HandEdits;
  readonly program: ProgramDefinition;
}

/** The log's rows (null: no log), the plan now and what they say. Four syncs (two without a log). */
async function read(context: Excel.RequestContext, key: string) {
  const table = context.workbook.tables.getItemOrNullObject(changeLogTableName(key));
  table.load("name");
  await context.sync();
  const body = table.isNullObject ? null : table.getDataBodyRange().load("values");
  if (body) await context.sync();
  const program = await readProgram(context, key);
  return { rows: body?.values ?? null, program, found: handEditsSince(body && changesFromRows(body.values), program) };
}

/** Whether the plan was edited by hand since the Change log's last row; nothing is written. */
export async function readHandEdits(context: Excel.RequestContext, key: string): Promise<PlanHandEdits> {
  const { program, found } = await read(context, key);
  return { found, program };
}

/**
 * Logs the hand edits found now, with `reason`; resolves with what was found before logging.
 * Nothing is written when the program has no log or its plan is as logged.
 */
export async function logHandEdits(
  context: Excel.RequestContext,
  key: string,
  reason: string,
  now: Date = new Date(),
): Promise<HandEdits> {
  const { rows, program, found } = await read(context, key);
  if (found.state !== "editedByHand" || rows === null) return found;
  const before = loggedPlanFor(found.last, program) ?? program;
  const change = { action: "edited", before, after: program, reason: reason.trim(), at: now.toISOString() } as const;
  const words = CHANGE_LOG_WORDS[program.sheetLanguage ?? "en"];
  await applyWorkbookPlan(context, {
    key,
    programName: program.name,
    sheets: [],
    activeSheet: "",
    appendRows: [changeLogAppend(key, rows.length, change, words)],
  });
  return found;
}
