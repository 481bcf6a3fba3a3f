/*
 * What an edit changes, in words: the engine's one change description (programChanges) worded for
 * the review's "What will change" before the save and for the saved message after it, so both
 * say the same thing. What is actually written (and refused) is decided by the workbook layer.
 */
import { type ProgramChange, programChanges } from "../../../engine/program/changes";
import type { Method } from "../../../engine/methods";
import type {
  DataSource,
  Frequency,
  PayKind,
  ProgramDefinition,
  ProgramKpi,
  TierRow,
} from "../../../engine/program/types";
import type { Catalog } from "../../i18n/catalog";
import { formatDate, formatNumber, formatPercent, formatWithUnit, tierTitles } from "./format";

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

/** The catalogue and locale the lines are worded in, and the program as edited (units, tier bounds). */
interface Words {
  t: Catalog;
  locale: string;
  after: ProgramDefinition;
}

type SettingChange = Extract<ProgramChange, { kind: "setting" }>;
type KpiChange = Extract<ProgramChange, { kind: "kpi" }>;
type TierChange = Extract<ProgramChange, { kind: "tier" }>;

const arrow = ({ t }: Words, label: string, before: string, after: string) =>
  t.wizard.diff.arrow(label, before || t.wizard.diff.none, after || t.wizard.diff.none);

function sourceText(s: DataSource, { t }: Words): string {
  return s.kind === "new" ? t.wizard.diff.sourceNew : t.wizard.dataExisting(s.source, s.partnerColumn);
}

/** One setting's label and its before and after values, worded. */
function settingWords(c: SettingChange, w: Words): [string, string, string] {
  const { t, locale, after } = w;
  const none = t.wizard.diff.none;
  // Amounts without the currency: a currency change is its own line.
  const money = (n: number | null) => (n === null ? none : formatNumber(n, 6, locale));
  const both = (label: string, show: (v: never) => string): [string, string, string] => [
    label,
    show(c.before as never),
    show(c.after as never),
  ];
  switch (c.field) {
    case "name":
      return both(t.wizard.diff.settings.name, (v: string) => v);
    case "currency":
      return both(t.wizard.diff.settings.currency, (v: string) => v);
    case "decimals":
      return both(t.wizard.diff.settings.decimals, (v: number) => String(v));
    case "periodStart":
      return both(t.wizard.diff.settings.periodStart, (v: string) => formatDate(v, locale));
    case "periodEnd":
      return both(t.wizard.diff.settings.periodEnd, (v: string) => formatDate(v, locale));
    case "frequency":
      return both(
        t.wizard.diff.settings.frequency,
        (v: Frequency) => t.wizard.frequencies[v]?.toLocaleLowerCase(locale) ?? v,
      );
    case "payKind":
      return both(t.wizard.diff.settings.payKind, (v: PayKind) => t.wizard.payKinds[v]?.title ?? v);
    case "method":
      return both(t.wizard.diff.settings.method, (v: Method) => t.wizard.methodWords[v] ?? v);
    case "basisKpi":
      return both(t.wizard.diff.settings.basisKpi, (v: string | null) => v ?? none);
    case "boundsRelativeToTarget":
      return both(t.wizard.diff.settings.bounds, (v: boolean) =>
        v ? t.wizard.diff.boundsRelative : t.wizard.diff.boundsAmounts,
      );
    case "cap":
      return both(t.wizard.diff.settings.cap, (v: number | null) =>
        v !== null && after.payKind === "bonus" ? formatPercent(v, 1, locale) : money(v),
      );
    case "targetIncentive":
      return both(t.wizard.diff.settings.targetIncentive, money);
    case "listPrice":
      return both(t.wizard.diff.settings.listPrice, money);
    case "source":
      return both(t.wizard.diff.settings.source, (v: DataSource) => sourceText(v, w));
  }
}

function settingLines(changes: readonly ProgramChange[], w: Words): string[] {
  return changes
    .filter((c): c is SettingChange => c.kind === "setting")
    .map((c) => settingWords(c, w))
    .filter(([, before, after]) => before !== after)
    .map(([label, before, after]) => arrow(w, label, before, after));
}

/** The KPI as it was: the edited one with the changed fields' old values. */
function kpiBefore(k: ProgramKpi, changes: readonly KpiChange[]): ProgramKpi {
  const old: Record<string, unknown> = { ...k };
  for (const c of changes) old[c.field] = c.before;
  return old as unknown as ProgramKpi;
}

function kpiParts(a: ProgramKpi, b: ProgramKpi, w: Words): string[] {
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
  const parts: [string, string, string][] = [
    [t.wizard.diff.kpiFields.unit, a.unit.trim(), b.unit.trim()],
    [t.wizard.diff.kpiFields.direction, t.wizard.diff.directions[a.direction], t.wizard.diff.directions[b.direction]],
    [t.wizard.diff.kpiFields.target, target(a), target(b)],
    [t.wizard.diff.kpiFields.weight, weight(a), weight(b)],
    [t.wizard.diff.kpiFields.gate, gate(a), gate(b)],
  ];
  return parts.filter(([, x, y]) => x !== y).map(([label, x, y]) => arrow(w, label, x, y));
}

function kpiLines(changes: readonly ProgramChange[], w: Words): string[] {
  const { t, after } = w;
  const lines: string[] = [];
  const changed = new Map<number, KpiChange[]>();
  for (const c of changes) if (c.kind === "kpi") changed.set(c.kpi, [...(changed.get(c.kpi) ?? []), c]);
  for (const c of changes) {
    if (c.kind === "kpiAdded") lines.push(t.wizard.diff.kpiAdded(c.name || t.wizard.diff.unnamed));
    const first = c.kind === "kpi" ? changed.get(c.kpi) : undefined;
    if (c.kind === "kpi" && first?.[0] === c && after.kpis[c.kpi]) {
      const k = after.kpis[c.kpi];
      const parts = kpiParts(kpiBefore(k, first), k, w);
      if (parts.length > 0) lines.push(t.wizard.diff.kpiChanged(c.name, parts.join(t.common.clauseSeparator)));
    }
  }
  for (const c of changes) if (c.kind === "kpiRemoved") lines.push(t.wizard.diff.kpiRemoved(c.name));
  if (changes.some((c) => c.kind === "kpisReordered")) lines.push(t.wizard.diff.kpiOrder);
  return lines;
}

function tierLines(changes: readonly ProgramChange[], w: Words): string[] {
  const { t, locale, after } = w;
  const lines: string[] = [];
  const added = changes.filter((c) => c.kind === "tierAdded").length;
  const removed = changes.filter((c) => c.kind === "tierRemoved").length;
  if (added + removed > 0)
    lines.push(t.wizard.diff.tierCount(after.tiers.length - added + removed, after.tiers.length));
  const titles = tierTitles(after, t);
  const value = (n: unknown, percent: boolean) =>
    typeof n !== "number" || !Number.isFinite(n)
      ? t.wizard.diff.none
      : percent
        ? formatPercent(n, 4, locale)
        : formatNumber(n, 6, locale);
  const rows = new Map<number, TierChange[]>();
  for (const c of changes) if (c.kind === "tier") rows.set(c.tier, [...(rows.get(c.tier) ?? []), c]);
  for (const [i, row] of rows) {
    const y: TierRow | undefined = after.tiers[i];
    if (!y) continue;
    const x: Record<string, unknown> = { ...y };
    for (const c of row) x[c.field] = c.before;
    const parts: [string, string, string][] = [
      [t.wizard.diff.tierFields.from, value(x.bound, titles.percent), value(y.bound, titles.percent)],
      [t.wizard.diff.tierFields.rate, value(x.rate, true), value(y.rate, true)],
      [t.wizard.diff.tierFields.label, String(x.label ?? "").trim(), y.label.trim()],
    ];
    const worded = parts.filter(([, a, b]) => a !== b).map(([label, a, b]) => arrow(w, label, a, b));
    if (worded.length > 0) lines.push(t.wizard.diff.tierChanged(i + 1, worded.join(t.common.clauseSeparator)));
  }
  return lines;
}

/** A change description (the engine's programChanges) worded in `t` for `locale`; `after` is the program as edited. */
export function changeLines(
  changes: readonly ProgramChange[],
  after: ProgramDefinition,
  t: Catalog,
  locale: string,
): Omit<ProgramDiff, "blocked"> {
  const w: Words = { t, locale, after };
  return { settings: settingLines(changes, w), kpis: kpiLines(changes, w), tiers: tierLines(changes, w) };
}

/** What differs between the program as read (or last saved) and as edited, worded in `t` for `locale`. */
export function programDiff(
  original: ProgramDefinition,
  edited: ProgramDefinition,
  t: Catalog,
  locale: string,
): ProgramDiff {
  const kind = (p: ProgramDefinition) => t.wizard.payKinds[p.payKind]?.title ?? p.payKind;
  return {
    ...changeLines(programChanges(original, edited), edited, t, locale),
    blocked: original.payKind === edited.payKind ? null : t.wizard.diff.blocked(kind(original), kind(edited)),
  };
}
