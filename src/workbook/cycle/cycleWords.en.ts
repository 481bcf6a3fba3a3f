/* The payout cycle's sheet words in English (snapshot sheets, the Periods table); the Chinese file has the same keys. */
export interface CycleWords {
  /** Appended to the program's name for the Periods sheet: "<program> Periods". */
  readonly periodsSheet: string;
  readonly periodsTitle: (program: string) => string;
  readonly periodsNote: string;
  /** The Periods table's headers, in its column order. */
  readonly periodsHeaders: readonly [
    action: string,
    period: string,
    start: string,
    end: string,
    at: string,
    partners: string,
    total: string,
    fingerprint: string,
    sheet: string,
    reason: string,
  ];
  readonly closed: string;
  readonly reopened: string;
  readonly snapshotTitle: (program: string, period: string) => string;
  readonly snapshotNote: (closedAt: string, fingerprint: string) => string;
  readonly rowHeader: string;
  readonly fingerprintHeader: string;
  /** Headers of a snapshot row's fields, by field name; a KPI's as `kpi(name, which)`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly kpi: (name: string, which: "actual" | "target" | "attainment") => string;
  /**
   * Beside a snapshot's rows, what its setting words (stored in English, as fingerprinted) mean in
   * the sheet's language (snapshotGlossary.ts); null where the words are the sheet's own.
   */
  readonly glossary: {
    readonly headers: readonly [setting: string, stored: string, meaning: string];
    readonly note: string;
  } | null;
}

export const CYCLE_EN: CycleWords = {
  periodsSheet: "Periods",
  periodsTitle: (p) => `${p} — closed periods`,
  periodsNote:
    "One row per close and per re-opening, added by Partner Incentives for Excel. The fingerprint is SHA-256 over the snapshot's canonical values; Check closed periods recomputes it.",
  periodsHeaders: [
    "Action",
    "Period",
    "Start",
    "End",
    "At",
    "Partners",
    "Total payout",
    "Fingerprint",
    "Snapshot sheet",
    "Reason",
  ],
  closed: "Closed",
  reopened: "Re-opened",
  snapshotTitle: (p, period) => `${p} — ${period} (closed)`,
  snapshotNote: (at, fp) =>
    `Values only, frozen when the period was closed (${at}); protected against edits. Fingerprint ${fp}. Column B keeps each row's own fingerprint, so Check closed periods can name an edited row.`,
  rowHeader: "Row",
  fingerprintHeader: "Row fingerprint",
  fields: {
    label: "Period",
    start: "Start",
    end: "End",
    name: "Name",
    currency: "Currency",
    decimals: "Decimals",
    periodStart: "Program start",
    periodEnd: "Program end",
    frequency: "Frequency",
    payKind: "Pays",
    basisKpi: "Basis KPI",
    boundsRelativeToTarget: "Bounds relative to target",
    method: "Method",
    cap: "Cap",
    targetIncentive: "Target incentive",
    listPrice: "List price",
    unit: "Unit",
    direction: "Direction",
    targetMode: "Target kind",
    target: "Target",
    weight: "Weight",
    gate: "Gate",
    bound: "Lower bound",
    rate: "Rate",
    id: "Partner ID",
    score: "Score",
    gateMet: "Gate met",
    tier: "Tier",
    payout: "Payout",
    netPrice: "Net price",
    adjustments: "Adjustments",
    carriedIn: "Carried in",
    toPay: "To pay",
    carriedOut: "Carried out",
    forPeriod: "For period",
    paidBefore: "Paid before",
    recomputed: "Recomputed",
    adjustment: "Adjustment",
    partners: "Partners",
  },
  kpi: (name, which) => `${name} ${which}`,
  glossary: null,
};
