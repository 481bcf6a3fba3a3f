/* The scenario sheet's words in English; the Chinese file has the same keys (this interface). */
export interface ScenarioWords {
  /** Appended to the program's name for the sheet's name: "<program> Scenario". */
  readonly sheetLabel: string;
  readonly title: (program: string) => string;
  readonly owner: (program: string, key: string) => string;
  readonly snapshot: (decimals: number) => string;
  readonly savedAt: string;
  readonly totals: string;
  readonly current: string;
  readonly scenario: string;
  readonly change: string;
  readonly totalPayout: string;
  readonly movedUp: string;
  readonly movedDown: string;
  readonly payoutChanges: string;
  readonly changes: string;
  readonly setting: string;
  readonly noChange: string;
  readonly perPartner: string;
  readonly partnerId: string;
  readonly partner: string;
  readonly currentTier: string;
  readonly scenarioTier: string;
  readonly move: string;
  readonly currentPayout: string;
  readonly scenarioPayout: string;
  readonly up: string;
  readonly down: string;
  readonly total: string;
  readonly belowFirstTier: string;
  readonly tier: (n: number) => string;
  readonly none: string;
  readonly tierField: Readonly<Record<"bound" | "rate" | "label", (tier: number) => string>>;
  readonly tierAdded: (tier: number) => string;
  readonly tierRemoved: (tier: number) => string;
  readonly kpiField: Readonly<Record<"target" | "weight" | "gate", (kpi: string) => string>>;
  readonly setting_: Readonly<Record<"cap" | "targetIncentive" | "listPrice", string>>;
}

export const SCENARIO_EN: ScenarioWords = {
  sheetLabel: "Scenario",
  title: (p) => `${p} — scenario compared with the current plan`,
  owner: (p, key) =>
    `Created by Partner Incentives for Excel for the program “${p}” (key ${key}) from Insights › What if. ` +
    "The program's own tables were not changed; delete this sheet when you no longer need it.",
  snapshot: (d) =>
    `Values, not formulas: a snapshot of the partner data when it was saved. Each payout is rounded to ${d} decimal${d === 1 ? "" : "s"}, and totals add the rounded payouts, so they reconcile to the cent.`,
  savedAt: "Saved",
  totals: "Totals",
  current: "Current",
  scenario: "Scenario",
  change: "Change",
  totalPayout: "Total payout",
  movedUp: "Partners moving up a tier",
  movedDown: "Partners moving down a tier",
  payoutChanges: "Partners whose payout changes",
  changes: "What the scenario changes",
  setting: "Setting",
  noChange: "Nothing: the scenario is the current plan.",
  perPartner: "Per partner",
  partnerId: "Partner ID",
  partner: "Partner",
  currentTier: "Current tier",
  scenarioTier: "Scenario tier",
  move: "Move",
  currentPayout: "Current payout",
  scenarioPayout: "Scenario payout",
  up: "Up",
  down: "Down",
  total: "Total",
  belowFirstTier: "Below first tier",
  tier: (n) => `Tier ${n}`,
  none: "none",
  tierField: {
    bound: (t) => `Tier ${t} lower bound`,
    rate: (t) => `Tier ${t} rate`,
    label: (t) => `Tier ${t} label`,
  },
  tierAdded: (t) => `Tier ${t} added (lower bound)`,
  tierRemoved: (t) => `Tier ${t} removed (lower bound)`,
  kpiField: {
    target: (k) => `${k}: target`,
    weight: (k) => `${k}: weight`,
    gate: (k) => `${k}: gate`,
  },
  setting_: { cap: "Cap", targetIncentive: "Target incentive", listPrice: "List price" },
};
