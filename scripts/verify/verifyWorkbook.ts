/*
 * Verify a program workbook without Excel (SPEC §9): every program's plan tables (PI_<key>_Settings,
 * _KPIs, _Tiers) are read back as the add-in reads them (readPlan.ts), every partner row of its data
 * table (PI_<key>_Data) is recomputed by the engine (evaluatePartner), and each computed column's
 * cached value is compared with the engine's: attainments, score, gate, tier, payout (and net price).
 * Pure: works on the tables as read from the file (xlsxTables.ts).
 */
import { evaluatePartner, programTierTable, type PartnerInput, type ProgramDefinition } from "../../src/engine";
import { roundMoney } from "../../src/engine/analytics/planCost";
import { dataHeaders } from "../../src/workbook/dataHeaders";
import { labelsOf } from "../../src/workbook/planTables";
import { programFromTables } from "../../src/workbook/readPlan";
import { SHEET_LABELS } from "../../src/workbook/labels";
import type { CellValue, FileTable, FileWorkbook } from "./xlsxTables";

export interface Difference {
  readonly program: string;
  readonly sheet: string;
  /** A1 address of the cell, e.g. "I7". */
  readonly cell: string;
  readonly partner: string;
  readonly column: string;
  readonly expected: number | string | boolean;
  readonly found: number | string | boolean;
}

export interface ProgramReport {
  readonly key: string;
  readonly name: string;
  readonly language: string;
  readonly dataTable: string;
  readonly sheet: string;
  readonly partners: number;
  readonly cellsChecked: number;
  readonly totalPayout: number;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly programs: readonly ProgramReport[];
  readonly differences: readonly Difference[];
}

/** The file is not a program workbook (or a program in it cannot be read); the message says why. */
export class NotAProgramWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAProgramWorkbookError";
  }
}

const SETTINGS = /^PI_(.+)_Settings$/i;

/** The settings the generated formulas read through defined names, PI_<key>_<suffix> (names.ts). */
const NAMED_SETTINGS = {
  decimals: "Decimals",
  periodStart: "PeriodStart",
  periodEnd: "PeriodEnd",
  method: "Method",
  cap: "Cap",
  targetIncentive: "TargetIncentive",
  listPrice: "ListPrice",
} as const;

/**
 * The Settings table's values with each named setting's value (read from the name's cell) put
 * first under its own label in every sheet language, so it wins over a row of the same label and
 * a relabelled row still reads (readPlan.ts takes the first row of a name).
 */
function withNamedSettings(settings: unknown[][], key: string, names: ReadonlyMap<string, CellValue>): unknown[][] {
  const [header, ...rows] = settings;
  const named: unknown[][] = [];
  const width = header.length;
  const lower = header.map((h) => String(h).trim().toLowerCase());
  for (const [setting, suffix] of Object.entries(NAMED_SETTINGS) as [keyof typeof NAMED_SETTINGS, string][]) {
    const v = names.get(`pi_${key}_${suffix}`.toLowerCase());
    if (v === undefined) continue;
    for (const labels of Object.values(SHEET_LABELS)) {
      const at = [labels.plan.settingsHeaders.setting, labels.plan.settingsHeaders.value].map((h) =>
        lower.indexOf(h.toLowerCase()),
      );
      if (at.some((i) => i < 0)) continue;
      const row: unknown[] = new Array(width).fill("");
      row[at[0]] = labels.plan.setting[setting];
      row[at[1]] = typeof v === "object" ? `#${v.error.replace(/^#/, "")}` : v;
      named.push(row);
    }
  }
  return [header, ...named, ...rows];
}

export function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function grid(t: FileTable): unknown[][] {
  const plain = (v: CellValue) => (typeof v === "object" ? `#${v.error.replace(/^#/, "")}` : v);
  return [t.headers.slice(), ...t.rows.map((r) => r.map(plain))];
}

function shown(v: CellValue): number | string | boolean {
  return typeof v === "object" ? v.error : v;
}

/** A program as read from the file, with its partners' inputs: for the plan health section (--plan). */
export interface ProgramRead {
  readonly key: string;
  readonly program: ProgramDefinition;
  readonly partners: readonly { readonly id: string; readonly name: string; readonly input: PartnerInput }[];
}

/**
 * Every program in the workbook verified; throws NotAProgramWorkbookError naming what is missing.
 * A setting with a defined name (PI_<key>_Cap…) is read from the name's cell, as the add-in and
 * the formulas read it, so a relabelled settings row still reads.
 */
export function verifyTables({ tables, names }: FileWorkbook, onProgram?: (read: ProgramRead) => void): VerifyReport {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const settings = tables.filter((t) => SETTINGS.test(t.name));
  if (settings.length === 0) {
    const found = tables.length === 0 ? "it has no tables" : `its tables are ${tables.map((t) => t.name).join(", ")}`;
    throw new NotAProgramWorkbookError(`no program's Settings table (PI_<program>_Settings) in the workbook: ${found}`);
  }
  const programs: ProgramReport[] = [];
  const differences: Difference[] = [];
  for (const s of settings) {
    const key = SETTINGS.exec(s.name)![1];
    const need = (suffix: string): FileTable => {
      const t = byName.get(`pi_${key}_${suffix}`.toLowerCase());
      if (!t) throw new NotAProgramWorkbookError(`table PI_${key}_${suffix} is missing (program ${key})`);
      return t;
    };
    const kpis = need("KPIs");
    const tiers = need("Tiers");
    const data = need("Data");
    let p: ProgramDefinition;
    try {
      p = programFromTables(withNamedSettings(grid(s), key, names), grid(kpis), grid(tiers), {
        settings: s.name,
        kpis: kpis.name,
        tiers: tiers.name,
      });
    } catch (e) {
      throw new NotAProgramWorkbookError(`program ${key}: ${(e as Error).message}`);
    }
    const partners: ProgramRead["partners"][number][] = [];
    const report = verifyProgram(p, key, data, differences, partners);
    programs.push(report);
    onProgram?.({ key, program: p, partners });
  }
  return { ok: differences.length === 0, programs, differences };
}

function verifyProgram(
  p: ProgramDefinition,
  key: string,
  data: FileTable,
  out: Difference[],
  read: ProgramRead["partners"][number][],
): ProgramReport {
  const h = dataHeaders(p);
  const lower = data.headers.map((x) => x.trim().toLowerCase());
  const at = (header: string): number => {
    const i = lower.indexOf(header.toLowerCase());
    if (i < 0) throw new NotAProgramWorkbookError(`column "${header}" is missing from table ${data.name}`);
    return i;
  };
  const id = at(h.partnerId);
  const name = at(h.partner);
  const actual = h.actual.map(at);
  const target = h.target.map((t) => (t === null ? -1 : at(t)));
  const attainment = h.attainment.map(at);
  const score = at(h.score);
  const gate = at(h.gateMet);
  const tierCol = at(h.tier);
  const payoutCol = at(h.payout);
  const netCol = h.netPrice ? at(h.netPrice) : -1;
  let table;
  try {
    table = programTierTable(p);
  } catch (e) {
    throw new NotAProgramWorkbookError(`program ${key}: the tier table cannot be read: ${(e as Error).message}`);
  }
  const below = labelsOf(p).data.belowFirstTier;
  const halfUnit = 0.5 * 10 ** -p.decimals;
  let partners = 0;
  let cells = 0;
  let total = 0;

  data.rows.forEach((row, i) => {
    const num = (j: number) => {
      const v = row[j];
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    };
    const actuals = actual.map(num);
    const targets = target.map((j) => (j < 0 ? null : num(j)));
    const who = String(row[id] ?? "");
    const whoName = String(row[name] ?? "");
    if (who === "" && whoName === "" && actuals.every((a) => a === null)) return;
    partners++;
    const partner = who !== "" && whoName !== "" ? `${who} ${whoName}` : who || whoName;
    read.push({ id: who, name: whoName, input: { actuals, targets } });
    const o = evaluatePartner(p, table, { actuals, targets });
    const check = (j: number, header: string, expected: number | string | boolean, same: (v: CellValue) => boolean) => {
      cells++;
      if (same(row[j])) return;
      out.push({
        program: p.name,
        sheet: data.sheet,
        cell: `${columnName(data.column + j)}${data.row + 2 + i}`,
        partner,
        column: header,
        expected,
        found: shown(row[j]),
      });
    };
    const ratio = (j: number, header: string, x: number | null) =>
      check(j, header, x ?? "", (v) =>
        x === null ? v === "" : typeof v === "number" && Math.abs(v - x) <= 1e-9 * Math.max(1, Math.abs(x)),
      );
    const money = (j: number, header: string, x: number | null) =>
      check(j, header, x ?? "", (v) =>
        x === null ? v === "" : typeof v === "number" && Math.abs(v - x) < halfUnit * (1 - 1e-9),
      );
    p.kpis.forEach((_, k) => ratio(attainment[k], h.attainment[k], o.attainments[k]));
    ratio(score, h.score, o.score);
    check(gate, h.gateMet, o.gateMet, (v) => v === o.gateMet);
    const tier = o.tierInput === null ? "" : o.tier === null ? below : o.tier;
    check(tierCol, h.tier, tier, (v) => String(v) === tier);
    const pay = o.tierInput === null ? null : roundMoney(o.payout, p.decimals);
    money(payoutCol, h.payout, pay);
    if (pay !== null) total += pay;
    if (netCol >= 0 && h.netPrice) {
      const net = pay === null ? null : roundMoney(p.listPrice ?? 0, p.decimals) - pay;
      money(netCol, h.netPrice, net);
    }
  });
  return {
    key,
    name: p.name,
    language: p.sheetLanguage ?? "en",
    dataTable: data.name,
    sheet: data.sheet,
    partners,
    cellsChecked: cells,
    totalPayout: roundMoney(total, p.decimals),
  };
}
