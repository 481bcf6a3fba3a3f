/*
 * What an edit changes, in words, for the review's "What will change". A small local comparison
 * for display only: what is actually written (and refused) is decided by the workbook layer.
 */
import type { DataSource, ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import type { Catalog } from "../../i18n/catalog";
import { formatDate, formatNumber, formatPercent, formatWithUnit, tierTitles } from "../shared/format";

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

/** The catalogue and locale the lines are worded in. */
interface Words {
  t: Catalog;
  locale: string;
}

const arrow = ({ t }: Words, label: string, before: string, after: string) =>
  t.wizard.diff.arrow(label, before || t.wizard.diff.none, after || t.wizard.diff.none);

function sourceText(s: DataSource, { t }: Words): string {
  return s.kind === "new" ? t.wizard.diff.sourceNew : t.wizard.dataExisting(s.source, s.partnerColumn);
}

function settingLines(a: ProgramDefinition, b: ProgramDefinition, w: Words): string[] {
  const { t, locale } = w;
  const none = t.wizard.diff.none;
  // Amounts without the currency: a currency change is its own line.
  const money = (n: number | null) => (n === null ? none : formatNumber(n, 6, locale));
  const cap = (p: ProgramDefinition) =>
    p.cap === null ? none : p.payKind === "bonus" ? formatPercent(p.cap, 1, locale) : money(p.cap);
  const basis = (p: ProgramDefinition) =>
    p.basisKpi === null ? none : (p.kpis[p.basisKpi]?.name.trim() ?? t.wizard.kpiFallback(p.basisKpi + 1));
  const rows: [string, (p: ProgramDefinition) => string][] = [
    [t.wizard.diff.settings.name, (p) => p.name.trim()],
    [t.wizard.diff.settings.currency, (p) => p.currency.trim()],
    [t.wizard.diff.settings.decimals, (p) => String(p.decimals)],
    [t.wizard.diff.settings.periodStart, (p) => formatDate(p.periodStart, locale)],
    [t.wizard.diff.settings.periodEnd, (p) => formatDate(p.periodEnd, locale)],
    [
      t.wizard.diff.settings.frequency,
      (p) => t.wizard.frequencies[p.frequency]?.toLocaleLowerCase(locale) ?? p.frequency,
    ],
    [t.wizard.diff.settings.payKind, (p) => t.wizard.payKinds[p.payKind]?.title ?? p.payKind],
    [t.wizard.diff.settings.method, (p) => t.wizard.methodWords[p.method] ?? p.method],
    [t.wizard.diff.settings.basisKpi, basis],
    [
      t.wizard.diff.settings.bounds,
      (p) => (p.boundsRelativeToTarget ? t.wizard.diff.boundsRelative : t.wizard.diff.boundsAmounts),
    ],
    [t.wizard.diff.settings.cap, cap],
    [t.wizard.diff.settings.targetIncentive, (p) => money(p.targetIncentive)],
    [t.wizard.diff.settings.listPrice, (p) => money(p.listPrice)],
    [t.wizard.diff.settings.source, (p) => sourceText(p.source, w)],
  ];
  const lines: string[] = [];
  for (const [label, show] of rows) {
    const before = show(a);
    const after = show(b);
    if (before !== after) lines.push(arrow(w, label, before, after));
  }
  return lines;
}

const kpiId = (k: ProgramKpi) => k.name.trim().toLowerCase();

function kpiChanges(a: ProgramKpi, b: ProgramKpi, w: Words): string[] {
  const { t, locale } = w;
  const none = t.wizard.diff.none;
  const target = (k: ProgramKpi) =>
    k.targetMode === "perPartner"
      ? t.wizard.diff.perPartner
      : k.target === null
        ? none
        : formatWithUnit(k.target, k.unit, locale);
  const gate = (k: ProgramKpi) => (k.gate === null ? none : formatWithUnit(k.gate, k.unit, locale));
  const weight = (k: ProgramKpi) => formatPercent(k.weight, 1, locale);
  const parts: string[] = [];
  if (a.unit.trim() !== b.unit.trim()) parts.push(arrow(w, t.wizard.diff.kpiFields.unit, a.unit.trim(), b.unit.trim()));
  if (a.direction !== b.direction)
    parts.push(
      arrow(
        w,
        t.wizard.diff.kpiFields.direction,
        t.wizard.diff.directions[a.direction],
        t.wizard.diff.directions[b.direction],
      ),
    );
  if (target(a) !== target(b)) parts.push(arrow(w, t.wizard.diff.kpiFields.target, target(a), target(b)));
  if (weight(a) !== weight(b)) parts.push(arrow(w, t.wizard.diff.kpiFields.weight, weight(a), weight(b)));
  if (gate(a) !== gate(b)) parts.push(arrow(w, t.wizard.diff.kpiFields.gate, gate(a), gate(b)));
  return parts;
}

function kpiLines(a: ProgramDefinition, b: ProgramDefinition, w: Words): string[] {
  const { t } = w;
  const before = new Map(a.kpis.map((k) => [kpiId(k), k]));
  const after = new Set(b.kpis.map(kpiId));
  const lines: string[] = [];
  for (const k of b.kpis) {
    const old = before.get(kpiId(k));
    if (!old) lines.push(t.wizard.diff.kpiAdded(k.name.trim() || t.wizard.diff.unnamed));
    else {
      const parts = kpiChanges(old, k, w);
      if (parts.length > 0) lines.push(t.wizard.diff.kpiChanged(k.name.trim(), parts.join(t.common.clauseSeparator)));
    }
  }
  for (const k of a.kpis) if (!after.has(kpiId(k))) lines.push(t.wizard.diff.kpiRemoved(k.name.trim()));
  const order = (p: ProgramDefinition) =>
    p.kpis
      .map(kpiId)
      .filter((id) => before.has(id) && after.has(id))
      .join("\u0000");
  if (order(a) !== order(b)) lines.push(t.wizard.diff.kpiOrder);
  return lines;
}

function tierLines(a: ProgramDefinition, b: ProgramDefinition, w: Words): string[] {
  const { t, locale } = w;
  const lines: string[] = [];
  if (a.tiers.length !== b.tiers.length) lines.push(t.wizard.diff.tierCount(a.tiers.length, b.tiers.length));
  const titles = tierTitles(b, t);
  const value = (n: number, percent: boolean) =>
    !Number.isFinite(n) ? t.wizard.diff.none : percent ? formatPercent(n, 4, locale) : formatNumber(n, 6, locale);
  const shared = Math.min(a.tiers.length, b.tiers.length);
  for (let i = 0; i < shared; i++) {
    const x = a.tiers[i];
    const y = b.tiers[i];
    const parts: string[] = [];
    const bound = [value(x.bound, titles.percent), value(y.bound, titles.percent)];
    const rate = [value(x.rate, true), value(y.rate, true)];
    if (bound[0] !== bound[1]) parts.push(arrow(w, t.wizard.diff.tierFields.from, bound[0], bound[1]));
    if (rate[0] !== rate[1]) parts.push(arrow(w, t.wizard.diff.tierFields.rate, rate[0], rate[1]));
    if (x.label.trim() !== y.label.trim())
      parts.push(arrow(w, t.wizard.diff.tierFields.label, x.label.trim(), y.label.trim()));
    if (parts.length > 0) lines.push(t.wizard.diff.tierChanged(i + 1, parts.join(t.common.clauseSeparator)));
  }
  return lines;
}

/** What differs between the program as read (or last saved) and as edited, worded in `t` for `locale`. */
export function programDiff(
  original: ProgramDefinition,
  edited: ProgramDefinition,
  t: Catalog,
  locale: string,
): ProgramDiff {
  const w: Words = { t, locale };
  const kind = (p: ProgramDefinition) => t.wizard.payKinds[p.payKind]?.title ?? p.payKind;
  return {
    settings: settingLines(original, edited, w),
    kpis: kpiLines(original, edited, w),
    tiers: tierLines(original, edited, w),
    blocked: original.payKind === edited.payKind ? null : t.wizard.diff.blocked(kind(original), kind(edited)),
  };
}
