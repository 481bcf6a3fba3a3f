/*
 * The sheets and tables an edit of a program's tables writes to (program/update: Save changes,
 * Update partners, Apply scenario, a switch to per-partner targets), for the protection check
 * before it: only those, so a protected sheet the edit leaves alone is no reason to refuse it.
 */
import type { UpdateWrites } from "../program/update/updateWrites";
import type { WriteTargets } from "./protectedSheets";

export function editTargets(
  update: Pick<UpdateWrites, "shape" | "writes" | "fills">,
  changeLogTable: string | null,
): WriteTargets {
  return {
    sheets: [...update.writes.map((w) => w.sheet), ...update.fills.map((f) => f.sheet)],
    tables: [...update.shape.map((op) => op.table), ...(changeLogTable ? [changeLogTable] : [])],
  };
}
