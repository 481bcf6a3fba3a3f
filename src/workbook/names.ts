import type { ProtectionRead } from "./protection/protectedSheets";

/*
 * Sheet and table names for a program's new sheets and tables. A name already used in the
 * workbook is never reused: the new sheet or table gets a fresh name instead (SPEC §4).
 */

/** Every table the add-in creates starts with this, so its tables are easy to find and to tell apart. */
export const TABLE_PREFIX = "PI_";

/** The tables of one program: PI_<key>_<suffix>. */
export const TABLE_SUFFIXES = ["Settings", "KPIs", "Tiers", "Data", "Installations"] as const;
export type TableSuffix = (typeof TABLE_SUFFIXES)[number];

export const MAX_SHEET_NAME = 31;
const MAX_STEM = 24;
const MAX_TABLE_NAME = 255;

/** Names already used in the workbook; compared as Excel does, ignoring case. */
export interface ExistingNames {
  readonly sheets: readonly string[];
  /** Table names and defined names: Excel keeps both in one namespace. */
  readonly tables: readonly string[];
  /** The protected sheets and the tables on them, when read with the names (workbookNames.ts). */
  readonly protection?: ProtectionRead;
}

export const NO_EXISTING_NAMES: ExistingNames = { sheets: [], tables: [] };

export function tableName(key: string, suffix: TableSuffix): string {
  return `${TABLE_PREFIX}${key}_${suffix}`;
}

/**
 * The settings the generated formulas read, each through a workbook-scoped defined name
 * PI_<key>_<suffix> that refers to the setting's Value cell: renaming the row's visible label
 * ("Decimals", "Cap") cannot break a formula, and a blank cell compared with "" is plainly TRUE.
 */
export const SETTING_NAME_SUFFIXES = {
  decimals: "Decimals",
  periodStart: "PeriodStart",
  periodEnd: "PeriodEnd",
  method: "Method",
  cap: "Cap",
  targetIncentive: "TargetIncentive",
  listPrice: "ListPrice",
} as const;
export type NamedSetting = keyof typeof SETTING_NAME_SUFFIXES;

export function isNamedSetting(key: string): key is NamedSetting {
  return Object.prototype.hasOwnProperty.call(SETTING_NAME_SUFFIXES, key);
}

/** The defined name of one of a program's settings: PI_<key>_Cap. */
export function settingName(key: string, setting: NamedSetting): string {
  return `${TABLE_PREFIX}${key}_${SETTING_NAME_SUFFIXES[setting]}`;
}

/** The same, from the program's Settings table name (PI_<key>_Settings). */
export function settingNameOf(settingsTable: string, setting: NamedSetting): string {
  return settingName(keyOfSettingsTable(settingsTable), setting);
}

/** The program's key, from its Settings table name (PI_<key>_Settings). */
function keyOfSettingsTable(settingsTable: string): string {
  const key = new RegExp(`^${TABLE_PREFIX}(.+)_Settings$`, "i").exec(settingsTable)?.[1];
  if (key === undefined) throw new Error(`Internal error: ${settingsTable} is not a program's Settings table.`);
  return key;
}

/**
 * The Cap setting as the payout formulas pass it: the defined name PI_<key>_CapOrNone, whose
 * formula is =IF(PI_<key>_Cap="","",PI_<key>_Cap). A blank Cap cell means no cap, but Excel passes
 * an empty cell to a custom function as 0 on Windows (null on the web), and a cap of 0 pays
 * nothing: the name says "blank is none" once, in Name Manager, instead of in every Payout formula
 * (which named the key twice more for it).
 */
const CAP_OR_NONE_SUFFIX = "CapOrNone";

export function capOrNoneName(key: string): string {
  return `${TABLE_PREFIX}${key}_${CAP_OR_NONE_SUFFIX}`;
}

/** The same, from the program's Settings table name (PI_<key>_Settings). */
export function capOrNoneNameOf(settingsTable: string): string {
  return capOrNoneName(keyOfSettingsTable(settingsTable));
}

/** What PI_<key>_CapOrNone refers to: the Cap setting's name, "" when its cell is blank. */
export function capOrNoneFormula(key: string): string {
  const cap = settingName(key, "cap");
  return `=IF(${cap}="","",${cap})`;
}

/**
 * The stem a program's table names share, from its name: ASCII letters, digits and underscores
 * (Excel allows more, but these survive every locale and every formula), at most 24 characters,
 * cut between words, since every formula on the data sheet repeats the table names.
 */
export function stemOf(programName: string): string {
  const full = programName
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  let stem = full.slice(0, MAX_STEM);
  if (full.length > MAX_STEM) {
    const cut = full[MAX_STEM] === "_" ? MAX_STEM : stem.lastIndexOf("_");
    // Runs of other characters are one "_" each, so a cut before an "_" never leaves one at the end.
    if (cut >= MAX_STEM / 2) stem = stem.slice(0, cut);
  }
  return stem === "" ? "Program" : stem;
}

/**
 * A key whose tables and setting names are all free: the stem itself, else stem_2, stem_3, … All
 * of a program's tables and names share one key, so a clash on any moves the whole program on.
 */
export function freeKey(
  stem: string,
  existing: ExistingNames,
  suffixes: readonly TableSuffix[] = TABLE_SUFFIXES,
): string {
  const taken = lowerSet(existing.tables);
  for (let n = 1; ; n++) {
    const key = n === 1 ? stem : `${stem}_${n}`;
    const names = [
      ...suffixes.map((s) => tableName(key, s)),
      ...Object.values(SETTING_NAME_SUFFIXES).map((s) => `${TABLE_PREFIX}${key}_${s}`),
      capOrNoneName(key),
    ];
    if (names.every((n) => !taken.has(n.toLowerCase()))) return key;
  }
}

/** Excel's rules for a table name; the reason it breaks one, or null when it is valid. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > MAX_TABLE_NAME) return `a table name has 1 to ${MAX_TABLE_NAME} characters`;
  if (!/^[A-Za-z_\\]/.test(name)) return "a table name starts with a letter, an underscore or a backslash";
  if (!/^[A-Za-z0-9_.\\]+$/.test(name))
    return "a table name has only letters, digits, underscores, periods and backslashes";
  if (looksLikeCellReference(name)) return "a table name cannot look like a cell reference";
  return null;
}

/** True for names Excel would read as a cell: A1 style (up to XFD), R1C1 style, or R / C alone. */
export function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*[Cc]?[0-9]*$/.test(name) || /^[Cc][0-9]*$/.test(name);
}

const SHEET_FORBIDDEN = /[:\\/?*[\]]/g;

/** Excel's rules for a sheet name; the reason it breaks one, or null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > MAX_SHEET_NAME) return `a sheet name has 1 to ${MAX_SHEET_NAME} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot start or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved by Excel";
  return null;
}

/**
 * Allocates sheet names for one write: "<program> <label>", shortened at a word boundary to fit
 * 31 characters; a name in use gets " (2)", " (3)", … Each name given out is taken for the next.
 */
export class SheetNamer {
  private readonly taken: Set<string>;
  private readonly base: string;

  constructor(programName: string, existing: ExistingNames) {
    this.taken = lowerSet(existing.sheets);
    const base = Array.from(programName, (ch) => (ch.charCodeAt(0) < 32 ? " " : ch)) // control characters
      .join("")
      .replace(SHEET_FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
    this.base = base === "" ? "Program" : base;
  }

  next(label: string): string {
    for (let n = 1; ; n++) {
      const tail = n === 1 ? ` ${label}` : ` ${label} (${n})`;
      const name = fit(this.base, MAX_SHEET_NAME - tail.length) + tail;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** `text` cut to at most `room` UTF-16 units, at a word boundary when one is near, never inside a character. */
function fit(text: string, room: number): string {
  if (text.length <= room) return text;
  let cut = "";
  for (const ch of text) {
    if (cut.length + ch.length > room) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(" ");
  const trimmed = space >= room / 2 ? cut.slice(0, space) : cut;
  return trimmed.trim().replace(/'+$/, "") || "Program".slice(0, room);
}

function lowerSet(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()));
}
