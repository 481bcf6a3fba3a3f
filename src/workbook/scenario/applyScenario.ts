/* global Excel */
/*
 * "Apply" in Insights: the what-if's program written into the program's own tables by
 * updateProgram (the wizard's edit path, with its checks, its in-place writes and its rollback),
 * after checking that the program is still the one the pane read. Syncs: 2 (read) + 4 (update).
 */
import type { ProgramDefinition } from "../../engine";
import type { UpdatedProgram } from "../contract";
import { readProgram } from "../program/readProgram";
import { updateProgram } from "../program/update/updateProgram";
import { beforeWriting } from "../writeError";
import { assertUnchanged } from "./unchanged";

export async function applyScenario(
  context: Excel.RequestContext,
  key: string,
  scenario: ProgramDefinition,
  basedOn?: ProgramDefinition,
): Promise<UpdatedProgram> {
  assertUnchanged(await beforeWriting(() => readProgram(context, key)), basedOn);
  const updated = await updateProgram(context, key, scenario, { action: "scenarioApplied" });
  return { ...updated, syncs: updated.syncs + 2 };
}
