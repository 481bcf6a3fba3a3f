/* global Excel */
/*
 * "Log this change": a plan edited by hand since the Change log's last row, logged as an Edited
 * row with the user's reason — old → new from the last logged plan to the plan read now, and the
 * plan's fingerprint now, so the plan is as logged again. One append, taken back if it fails.
 */
import { applyWorkbookPlan } from "../applyPlan";
import { readProgram } from "../program/readProgram";
import { changeLogAppend, changeLogTableName, changesFromRows } from "./changeLogTable";
import { CHANGE_LOG_WORDS } from "./changeLogWords";
import { type HandEdits, handEditsSince, loggedPlanFor } from "./handEdits";

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
  const table = context.workbook.tables.getItemOrNullObject(changeLogTableName(key));
  table.load("name");
  await context.sync();
  if (table.isNullObject) return { state: "noLog" };
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const program = await readProgram(context, key);
  const found = handEditsSince(changesFromRows(body.values), program);
  if (found.state !== "editedByHand") return found;
  const before = loggedPlanFor(found.last, program) ?? program;
  const change = { action: "edited", before, after: program, reason: reason.trim(), at: now.toISOString() } as const;
  const words = CHANGE_LOG_WORDS[program.sheetLanguage ?? "en"];
  await applyWorkbookPlan(context, {
    key,
    programName: program.name,
    sheets: [],
    activeSheet: "",
    appendRows: [changeLogAppend(key, body.values.length, change, words)],
  });
  return found;
}
