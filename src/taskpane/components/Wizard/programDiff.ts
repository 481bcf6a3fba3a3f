/*
 * What an edit changes, in words, for the review's "What will change". A small local comparison
 * for display only: what is actually written (and refused) is decided by the workbook layer.
 */
import type { DataSource, ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import { formatNumber, formatPercent, formatWithUnit, tierTitles } from "./format";
import { FREQUENCY_TEXT, PAY_KIND_TEXT } from "./ProgramStep";

export interface ProgramDiff {
  /** Changed settings, one line each: "Currency: CNY → USD". */
  settings: string[];
  /** KPIs added, removed or changed, one line each. */
  kpis: string[];
  /** Tier rows added or removed, and rows whose values changed. */
  tiers: string[];
  /** Why the edit cannot be saved in place, if it cannot (the pay kind changed). */
  blocked: string | null;
}

export const diffIsEmpty = (d: ProgramDiff) => d.settings.length + d.kpis.length + d.tiers.length === 0;

const EMPTY = "none";
const arrow = (label: string, before: string, after: string) => `${label}: ${before || EMPTY} → ${after || EMPTY}`;

function sourceText(s: DataSource): string {
  return s.kind === "new" ? "a new partner table" : `${s.source} (partners in ${s.partnerColumn})`;
}

function settingLines(a: ProgramDefinition, b: ProgramDefinition): string[] {
  // Amounts without the currency: a currency change is its own line.
  const money = (_p: ProgramDefinition, n: number | null) => (n === null ? EMPTY : formatNumber(n));
  const cap = (p: ProgramDefinition) =>
    p.cap === null ? EMPTY : p.payKind === "bonus" ? formatPercent(p.cap) : money(p, p.cap);
  const basis = (p: ProgramDefinition) =>
    p.basisKpi === null ? EMPTY : (p.kpis[p.basisKpi]?.name.trim() ?? `KPI ${p.basisKpi + 1}`);
  const rows: [string, (p: ProgramDefinition) => string][] = [
    ["Name", (p) => p.name.trim()],
    ["Currency", (p) => p.currency.trim()],
    ["Decimals", (p) => String(p.decimals)],
    ["Period starts", (p) => p.periodStart],
    ["Period ends", (p) => p.periodEnd],
    ["Paid", (p) => FREQUENCY_TEXT[p.frequency]?.toLowerCase() ?? p.frequency],
    ["What is paid", (p) => PAY_KIND_TEXT[p.payKind]?.title ?? p.payKind],
    ["Method", (p) => p.method],
    ["Paid on", basis],
    ["Tier bounds", (p) => (p.boundsRelativeToTarget ? "% of target" : "amounts")],
    ["Cap", cap],
    ["Target incentive", (p) => money(p, p.targetIncentive)],
    ["List price", (p) => money(p, p.listPrice)],
    ["Partner data", (p) => sourceText(p.source)],
  ];
  const lines: string[] = [];
  for (const [label, show] of rows) {
    const before = show(a);
    const after = show(b);
    if (before !== after) lines.push(arrow(label, before, after));
  }
  return lines;
}

const kpiId = (k: ProgramKpi) => k.name.trim().toLowerCase();

function kpiChanges(a: ProgramKpi, b: ProgramKpi): string[] {
  const target = (k: ProgramKpi) =>
    k.targetMode === "perPartner" ? "per partner" : k.target === null ? EMPTY : formatWithUnit(k.target, k.unit);
  const gate = (k: ProgramKpi) => (k.gate === null ? EMPTY : formatWithUnit(k.gate, k.unit));
  const parts: string[] = [];
  if (a.unit.trim() !== b.unit.trim()) parts.push(arrow("unit", a.unit.trim(), b.unit.trim()));
  if (a.direction !== b.direction) parts.push(arrow("better when", a.direction, b.direction));
  if (target(a) !== target(b)) parts.push(arrow("target", target(a), target(b)));
  if (formatPercent(a.weight) !== formatPercent(b.weight))
    parts.push(arrow("weight", formatPercent(a.weight), formatPercent(b.weight)));
  if (gate(a) !== gate(b)) parts.push(arrow("gate", gate(a), gate(b)));
  return parts;
}

function kpiLines(a: ProgramDefinition, b: ProgramDefinition): string[] {
  const before = new Map(a.kpis.map((k) => [kpiId(k), k]));
  const after = new Set(b.kpis.map(kpiId));
  const lines: string[] = [];
  for (const k of b.kpis) {
    const old = before.get(kpiId(k));
    if (!old) lines.push(`KPI added: ${k.name.trim() || "unnamed"}`);
    else {
      const parts = kpiChanges(old, k);
      if (parts.length > 0) lines.push(`KPI ${k.name.trim()}: ${parts.join("; ")}`);
    }
  }
  for (const k of a.kpis) if (!after.has(kpiId(k))) lines.push(`KPI removed: ${k.name.trim()}`);
  const order = (p: ProgramDefinition) =>
    p.kpis
      .map(kpiId)
      .filter((id) => before.has(id) && after.has(id))
      .join("\u0000");
  if (order(a) !== order(b)) lines.push("KPI order changed");
  return lines;
}

function tierLines(a: ProgramDefinition, b: ProgramDefinition): string[] {
  const lines: string[] = [];
  if (a.tiers.length !== b.tiers.length) {
    const rows = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;
    lines.push(`Tiers: ${rows(a.tiers.length)} → ${rows(b.tiers.length)}`);
  }
  const titles = tierTitles(b);
  const value = (n: number, percent: boolean) =>
    !Number.isFinite(n) ? EMPTY : percent ? formatPercent(n, 4) : formatNumber(n);
  const shared = Math.min(a.tiers.length, b.tiers.length);
  for (let i = 0; i < shared; i++) {
    const x = a.tiers[i];
    const y = b.tiers[i];
    const parts: string[] = [];
    const bound = [value(x.bound, titles.percent), value(y.bound, titles.percent)];
    const rate = [value(x.rate, true), value(y.rate, true)];
    if (bound[0] !== bound[1]) parts.push(arrow("from", bound[0], bound[1]));
    if (rate[0] !== rate[1]) parts.push(arrow("rate", rate[0], rate[1]));
    if (x.label.trim() !== y.label.trim()) parts.push(arrow("label", x.label.trim(), y.label.trim()));
    if (parts.length > 0) lines.push(`Tier ${i + 1}: ${parts.join("; ")}`);
  }
  return lines;
}

/** What differs between the program as read (or last saved) and as edited. */
export function programDiff(original: ProgramDefinition, edited: ProgramDefinition): ProgramDiff {
  const blocked =
    original.payKind === edited.payKind
      ? null
      : `What the program pays cannot be changed when editing (${PAY_KIND_TEXT[original.payKind]?.title ?? original.payKind} → ${PAY_KIND_TEXT[edited.payKind]?.title ?? edited.payKind}). Set it back on the Program step, or create a new program instead.`;
  return {
    settings: settingLines(original, edited),
    kpis: kpiLines(original, edited),
    tiers: tierLines(original, edited),
    blocked,
  };
}
