/*
 * The Impact section, and the history the Targets section suggests from: a program's dated
 * activity items counted as INCENTIVE.ONTIME counts them, before and after the program started.
 */
import {
  describeChange,
  programImpact,
  type Impact,
  type ImpactEvent,
  type ShareChange,
} from "../../../engine/analytics";
import type { Frequency, ProgramDefinition } from "../../../engine/program/types";
import { dayOfSerial, isoToSerial, serialOfDay, serialToIso } from "../../../engine/excelDates";
import { formatDate, formatNumber, formatPercent } from "../shared/format";
import type { InsightsPartner, ProgramActivity } from "../../services/InsightsSource";
import { Fx, partnerName, whole } from "./insightsWords";

/** How many past periods the history looks back over. */
export const HISTORY_PERIODS = 4;

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, annual: 12 };

/**
 * Items → impact events, counted as INCENTIVE.ONTIME counts them: completed on or before the due
 * date is a success; still open and due before the cut-off is late; still open and not yet due
 * is not counted.
 */
export function activityEvents(a: ProgramActivity): ImpactEvent[] {
  const events: ImpactEvent[] = [];
  for (const x of a.items) {
    if (x.completed === null) {
      if (Math.floor(x.due) < Math.floor(a.asOf)) events.push({ partner: key(x.partner), day: x.due, success: false });
      continue;
    }
    events.push({ partner: key(x.partner), day: x.due, success: Math.floor(x.completed) <= Math.floor(x.due) });
  }
  return events;
}

const key = (id: string) => id.trim().toLowerCase();

function addMonths(serial: number, months: number): number {
  const { year, month, day } = dayOfSerial(serial);
  return serialOfDay(year, month + months, day);
}

export interface HistoryTable {
  readonly kpi: number;
  /** The past periods, oldest first, as "2025-01-01 – 2025-03-31". */
  readonly periods: readonly string[];
  /** Per partner ID (lower case): the KPI per past period, oldest first (null: no items). */
  readonly byPartner: ReadonlyMap<string, readonly (number | null)[]>;
}

/** The KPI's value per partner in the periods before the program started, from its dated items. */
export function activityHistory(
  p: ProgramDefinition,
  a: ProgramActivity,
  periods = HISTORY_PERIODS,
): HistoryTable | null {
  const start = isoToSerial(p.periodStart);
  if (a.kpi === null || start === null) return null;
  const months = MONTHS[p.frequency] ?? 3;
  const edges = Array.from({ length: periods + 1 }, (_, i) => addMonths(start, -months * (periods - i)));
  const tallies = new Map<string, { n: number; ok: number }[]>();
  for (const e of activityEvents(a)) {
    if (e.day < edges[0] || e.day >= start) continue;
    let slot = 0;
    while (slot < periods - 1 && e.day >= edges[slot + 1]) slot++;
    const t = tallies.get(e.partner) ?? Array.from({ length: periods }, () => ({ n: 0, ok: 0 }));
    tallies.set(e.partner, t);
    t[slot].n++;
    if (e.success) t[slot].ok++;
  }
  if (tallies.size === 0) return null;
  return {
    kpi: a.kpi,
    periods: edges.slice(0, -1).map((from, i) => `${serialToIso(from)} – ${serialToIso(edges[i + 1] - 1)}`),
    byPartner: new Map([...tallies].map(([k, t]) => [k, t.map((x) => (x.n ? x.ok / x.n : null))])),
  };
}

export interface ImpactView {
  readonly impact: Impact;
  readonly startIso: string;
  /** The start as the language writes a date (2026-01-01; 2026年1月1日). */
  readonly start: string;
  readonly kpiName: string;
  /** "+14.3 percentage points, +25% relative": points first, or null where it cannot be said. */
  readonly change: string | null;
  readonly sentence: string;
  readonly partners: readonly {
    name: string;
    before: string;
    after: string;
    change: string;
    raw: number | null;
  }[];
}

export function impactView(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  a: ProgramActivity,
  fx: Fx,
): ImpactView | null {
  const { t, locale } = fx;
  const start = isoToSerial(p.periodStart);
  if (start === null) return null;
  const share = (s: number | null) => (s === null ? t.insights.noData : formatPercent(s, 1, locale));
  const impact = programImpact(activityEvents(a), start);
  const o = impact.overall;
  const kpiName = a.kpi === null ? t.insights.onTimeShare : p.kpis[a.kpi].name;
  const change = shareChangeWords(o, fx);
  const counts = t.insights.impactCounts(whole(o.before.events, fx), whole(o.after.events, fx));
  let sentence: string;
  if (o.before.share === null || o.after.share === null || o.pointChange === null || change === null) {
    sentence = t.insights.impactTooFew(formatDate(p.periodStart, locale), counts);
  } else {
    const points = Math.round(o.pointChange * 1000);
    const say = points > 0 ? t.insights.impactRose : points < 0 ? t.insights.impactFell : t.insights.impactSame;
    sentence = say(
      kpiName,
      share(o.before.share),
      formatDate(p.periodStart, locale),
      share(o.after.share),
      change,
      counts,
    );
  }
  const names = new Map(partners.map((x, i) => [key(x.id), partnerName(partners, i, fx)]));
  for (const x of a.items) if (!names.has(key(x.partner))) names.set(key(x.partner), x.partner.trim());
  const rows = [...impact.partners].map(([id, c]) => ({
    name: names.get(id) ?? id,
    before: share(c.before.share),
    after: share(c.after.share),
    change: shareChangeWords(c, fx) ?? t.insights.cannotCompare,
    raw: c.pointChange,
  }));
  rows.sort((x, y) => (y.raw ?? -Infinity) - (x.raw ?? -Infinity) || x.name.localeCompare(y.name, locale));
  return {
    impact,
    startIso: p.periodStart,
    start: formatDate(p.periodStart, locale),
    kpiName,
    change,
    sentence,
    partners: rows,
  };
}

/**
 * A share's change as a finance reader says it: in percentage points first ("+14.3 percentage
 * points" for 57.0% → 71.3%), the relative change second ("+25% relative"); null without both sides.
 */
export function shareChangeWords(c: ShareChange, fx: Fx): string | null {
  if (c.pointChange === null) return null;
  const n = Math.round(c.pointChange * 1000) / 10;
  const number = formatNumber(Math.abs(n), 1, fx.locale);
  const points = fx.t.insights.pointsChange(n > 0 ? `+${number}` : n < 0 ? `−${number}` : number);
  return c.relativeChange === null ? points : fx.t.insights.pointsAndRelative(points, describeChange(c.relativeChange));
}
