/*
 * How the add-in marks what it created (SPEC §4: it owns only what it created, and marks it so).
 * - Every sheet it adds carries a worksheet custom property (ExcelApi 1.12) naming the program
 *   and the sheet's role. It survives renaming and moving the sheet, and is not a copy of the plan.
 * - Every table it adds is named PI_<key>_<part>, and each sheet's second row says in words that
 *   the add-in created it, for people (the custom property is invisible in Excel's UI).
 * - Statements written in parts (one sheet per 1,026 partners) carry their part number in the mark;
 *   a mark without one (written before parts existed) is part 1.
 */
import { SHEET_ROLES, SheetRole } from "./sheetPlan";

export const OWNER_PROPERTY = "PartnerIncentives";

export interface OwnerMark {
  readonly key: string;
  readonly role: SheetRole;
  /** The part of a sheet written in parts (statements), from 1; absent on other sheets. */
  readonly part?: number;
}

/** The custom property's value: short JSON (Excel keeps property values short). */
export function ownerMarkValue(mark: OwnerMark): string {
  return JSON.stringify({
    app: "Partner Incentives for Excel",
    key: mark.key,
    role: mark.role,
    ...(mark.part !== undefined ? { part: mark.part } : {}),
    v: 1,
  });
}

/** The part a mark names: its part number, or 1 for a mark without one. */
export function markPart(mark: Pick<OwnerMark, "part">): number {
  return mark.part ?? 1;
}

/** The mark read back from a property value, or null when the value is not ours. */
export function parseOwnerMark(value: unknown): OwnerMark | null {
  if (typeof value !== "string") return null;
  try {
    const o = JSON.parse(value) as Record<string, unknown>;
    if (typeof o.key === "string" && SHEET_ROLES.includes(o.role as SheetRole)) {
      const part = o.part;
      return typeof part === "number" && Number.isInteger(part) && part >= 1
        ? { key: o.key, role: o.role as SheetRole, part }
        : { key: o.key, role: o.role as SheetRole };
    }
  } catch {
    // not JSON: not our mark
  }
  return null;
}
