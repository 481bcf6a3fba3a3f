/*
 * Requirement sets: which API members a host has, and Office.context.requirements.isSetSupported.
 *
 * Every Excel API member belongs to an ExcelApi requirement set ("[API set: ExcelApi 1.9]" on its
 * reference page, https://learn.microsoft.com/javascript/api/excel; the table is apiTable.ts,
 * generated from Microsoft's reference YAML). A host supports every set up to its own version
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * Calling a member the host lacks fails the request with ApiNotFound: "The API you are trying to
 * use could not be found. It may be available in a newer version of the Office application."
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * ExcelApiOnline members exist only in Excel on the web
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-online-requirement-set).
 */
import { REQUIREMENT_SETS, RETURNS } from "./apiTable";

export type HostKind = "web" | "windows" | "mac";

export interface HostSettings {
  host: HostKind;
  /** The highest ExcelApi set the host supports, e.g. "1.20" or "1.12". */
  excelApi: string;
}

const atLeast = new Map<string, boolean>();
/** "1.10" ≥ "1.9": requirement set versions compare part by part, as numbers. Asked at every API member a test uses: remembered. */
export function versionAtLeast(have: string, want: string): boolean {
  const k = `${have} ${want}`;
  let v = atLeast.get(k);
  if (v === undefined) atLeast.set(k, (v = compareAtLeast(have, want)));
  return v;
}
function compareAtLeast(have: string, want: string): boolean {
  const a = String(have).split(".").map(Number);
  const b = String(want || "1.1")
    .split(".")
    .map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] || 0;
    const y = b[i] || 0;
    if (x !== y) return x > y;
  }
  return true;
}

const requiredCache = new Map<string, Map<string, string>>();
function membersOf(cls: string): Map<string, string> {
  let m = requiredCache.get(cls);
  if (!m) {
    m = new Map();
    for (const [version, members] of Object.entries(REQUIREMENT_SETS[cls] || {}))
      for (const member of members.split(" ")) m.set(member, version);
    requiredCache.set(cls, m);
  }
  return m;
}

/** The requirement set a member needs: "1.9", "online" (ExcelApiOnline), or "1.1". */
export function requiredSet(cls: string, member: string): string {
  return membersOf(cls).get(member) || "1.1";
}

/** Whether the host has Class.member. */
export function memberAvailable(settings: HostSettings, cls: string, member: string): boolean {
  const set = requiredSet(cls, member);
  if (set === "online") return settings.host === "web";
  return versionAtLeast(settings.excelApi, set);
}

/** The Excel class a member returns (Worksheet.protection → WorksheetProtection), or null. */
export function returnedClass(cls: string | null, member: string): string | null {
  if (!cls) return null;
  return (RETURNS[cls] || {})[member] || null;
}

/** Requirement sets other than ExcelApi that the task pane asks about (as the office.js stub answers). */
const OTHER_SETS: Record<string, string> = {
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
  AddinCommands: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
};

/**
 * Office.context.requirements for this host: ExcelApi up to settings.excelApi, ExcelApiOnline
 * 1.1 on the web only, ExcelUndoApiAll 1.0 (the undo page's own check,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities#check-for-undo-support)
 * where ExcelApi 1.20 is (the model's assumption: both arrived with undo grouping).
 */
export function requirementsFor(settings: HostSettings, other: Record<string, string> = OTHER_SETS) {
  return {
    isSetSupported(name: string, version?: string): boolean {
      const v = version || "1.1";
      if (name === "ExcelApi") return versionAtLeast(settings.excelApi, v);
      if (name === "ExcelApiOnline") return settings.host === "web" && versionAtLeast("1.1", v);
      if (name === "ExcelUndoApiAll") return versionAtLeast(settings.excelApi, "1.20") && versionAtLeast("1.0", v);
      return other[name] !== undefined && versionAtLeast(other[name], v);
    },
  };
}

/** The office.js platform name of a host (Office.context.platform / Office.onReady's info). */
export function platformOf(host: HostKind): "OfficeOnline" | "PC" | "Mac" {
  return host === "web" ? "OfficeOnline" : host === "windows" ? "PC" : "Mac";
}
