/**
 * Program impact: a KPI's share before and after a date (e.g. on-time installations before and
 * after the program started), overall and per partner, with the change in percentage points and
 * the relative change. A before/after comparison, not a measure of cause.
 */

export interface ImpactEvent {
  readonly partner: string;
  /** Excel serial date, or any increasing day number. */
  readonly day: number;
  /** The event counts as a success (e.g. installed on time). */
  readonly success: boolean;
}

export interface ShareChange {
  readonly before: { readonly events: number; readonly share: number | null };
  readonly after: { readonly events: number; readonly share: number | null };
  /** after − before, in shares (0.143 for 57.0% → 71.3%: 14.3 percentage points); null when either side has no events. */
  readonly pointChange: number | null;
  /** after ÷ before − 1 (e.g. 0.32 for +32%); null when either side has no events or before is 0. */
  readonly relativeChange: number | null;
}

export interface Impact {
  readonly overall: ShareChange;
  readonly partners: ReadonlyMap<string, ShareChange>;
}

export function programImpact(events: readonly ImpactEvent[], startDay: number): Impact {
  const tally = () => ({ b: 0, bs: 0, a: 0, as: 0 });
  const overall = tally();
  const perPartner = new Map<string, ReturnType<typeof tally>>();
  for (const e of events) {
    const t = perPartner.get(e.partner) ?? tally();
    perPartner.set(e.partner, t);
    for (const x of [overall, t]) {
      if (e.day < startDay) {
        x.b++;
        if (e.success) x.bs++;
      } else {
        x.a++;
        if (e.success) x.as++;
      }
    }
  }
  const change = (x: ReturnType<typeof tally>): ShareChange => {
    const before = x.b ? x.bs / x.b : null;
    const after = x.a ? x.as / x.a : null;
    return {
      before: { events: x.b, share: before },
      after: { events: x.a, share: after },
      pointChange: before !== null && after !== null ? after - before : null,
      relativeChange: before !== null && after !== null && before > 0 ? after / before - 1 : null,
    };
  };
  return { overall: change(overall), partners: new Map([...perPartner].map(([k, v]) => [k, change(v)])) };
}

/** "+32%" / "−5%" / "0%": a relative change as a person says it. */
export function describeChange(relativeChange: number): string {
  const pct = Math.round(relativeChange * 100);
  return pct > 0 ? `+${pct}%` : pct < 0 ? `−${Math.abs(pct)}%` : "0%";
}
