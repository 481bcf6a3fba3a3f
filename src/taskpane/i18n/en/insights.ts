/* The Insights screen's strings: plan cost, what-if (with saving and applying), suggested targets, impact. */
export const insights = {
  heading: "Insights",
  readAgain: "Read the workbook again",
  intro:
    "What the program costs, what a change would cost and who it moves, targets for next period, and the program's effect. Worked out here from the workbook's data; nothing is written until you save or apply.",
  lookingForPrograms: "Looking for programs in this workbook…",
  readFailed: "Could not read the workbook",
  noProgram: "There is no program in this workbook yet. Create one under New program, then come back here.",
  program: "Program",
  readingProgram: "Reading the program and its partners…",
  programFailed: "Could not read the program",
  cannotCost: "The program cannot be costed",
  noPartners: "The program's data table has no partners yet, so there is nothing to cost.",

  // Counting and naming
  partnerOne: "1 partner",
  partnerMany: (n: string) => `${n} partners`,
  partnerN: (n: string) => `Partner ${n}`,
  rowN: (n: string) => `Row ${n}`,
  partnerWithId: (name: string, id: string) => `${name} (${id})`,
  belowFirstTier: "Below the first tier",
  tierN: (n: string) => `Tier ${n}`,

  // Plan cost
  costHeading: "Plan cost",
  totalPayout: "Total payout",
  partners: "Partners",
  shareOfMeasured: "Share of measured",
  shareBonus: "A bonus is not paid on a measured amount, so there is no payout share of revenue or volume.",
  shareDiscount: "A discount is not paid on a measured amount, so there is no payout share of revenue or volume.",
  shareNoBasis: "The program names no KPI it pays on, so there is no payout share.",
  shareZero: "The measured amount is zero, so the payout has no share of it yet.",
  shareOf: (share: string, kpi: string, total: string) => `${share} of ${kpi} (${total} in total)`,
  payoutPerTier: "Payout per tier",
  perTierCaption: "Partners and money per tier",
  tier: "Tier",
  paid: "Paid",
  attainment: "Attainment",
  noScores: "No partner has a score yet, so there is no attainment to chart.",
  histogramName: (scored: string, atOrAbove: string) =>
    `Attainment histogram: ${scored} by weighted score in steps of 10%; ${atOrAbove} at or above 100%.`,
  histogramTable: "Partners by attainment (weighted score)",
  histogramCaption: "Each bar counts the partners whose weighted score falls in a 10% band; the dashed line is 100%.",
  histogramBin: (from: string, to: string) => `${from}–${to}%`,
  histogramTop: (from: string) => `${from}% or more`,
  chartUpTo: (max: string) => `up to ${max}`,
  closestBelow: "Closest below each tier",
  noNearMiss: "No partner is below a tier it could still reach.",
  closestBelowTier: (tier: string) => `Closest below ${tier}`,
  computedFrom: (program: string) =>
    `Computed in the pane from the ${program} data table as it is now; nothing is written.`,

  // Plan health
  health: {
    heading: "Plan health",
    intro:
      "What in the plan's design may pay badly even when every number is right, checked over the partners' current results. Each suggested fix can be tried in What if below; nothing is written.",
    allClear:
      "Nothing found: no cliff in the payout curve, every tier reached by someone but not by everyone, no tier taken away by the cap or a gate, weights that add up to 100% and targets within the partners' results.",
    cannotCheck: "The plan's health cannot be checked:",
    warning: (title: string) => `Warning: ${title}`,
    info: (title: string) => `For information: ${title}`,
    findings: "Findings",
    tryFix: "Try in What if",
    tried: (fix: string) => `In What if below: ${fix} Its cost and who moves are worked out there.`,
    shareOfIncentive: (share: string) => `${share} of the target incentive`,
    cliffTitle: (tier: string) => `Cliff at ${tier}`,
    cliffDetail: (bound: string, jump: string, rate: string, rateBelow: string, below: string, belowPays: string) =>
      `Reaching ${bound} pays ${jump} more at once (${rate} instead of ${rateBelow} on the whole amount, retro): more than the whole of ${below} pays (${belowPays}).`,
    cliffDetailInfo: (bound: string, jump: string, rate: string, rateBelow: string, below: string, belowPays: string) =>
      `The largest step in the payout curve: reaching ${bound} pays ${jump} more at once (${rate} instead of ${rateBelow} on the whole amount), less than the whole of ${below} pays (${belowPays}).`,
    cliffReachNone: (share: string) => `No partner is within ${share} below it.`,
    cliffReachList: (who: string, share: string) => `${who} within ${share} below it, closest first`,
    cliffReachItem: (name: string, value: string, gap: string) => `${name}: ${value}, ${gap} short`,
    cliffFix: (tier: string, rate: string) =>
      `Try ${tier}'s rate at ${rate}: the jump is then what the tier below pays.`,
    cliffMarginal:
      "Paying marginal (each rate only on the part inside its tier) has no cliffs; the method is changed with Edit program.",
    neverTitle: (tiers: string) => `Nobody reached ${tiers}`,
    neverDetail: (bound: string, partners: string, name: string, value: string) =>
      `It starts at ${bound}; the best of ${partners}, ${name}, reached ${value}.`,
    neverFix: (tier: string, bound: string, share: string) =>
      `Try ${tier} from ${bound}, what the top ${share} of partners reached.`,
    alwaysTitle: (tier: string) => `Everybody reached ${tier}`,
    alwaysDetail: (partners: string, bound: string, name: string, value: string) =>
      `All ${partners} reached ${bound} or more; the lowest, ${name}, reached ${value}.`,
    alwaysFix: (tier: string, bound: string) => `Try ${tier} from ${bound}, the median: half the partners reach it.`,
    capTitle: "The cap takes tiers away",
    capBelowFirst: (cap: string, first: string) =>
      `The cap of ${cap} is below what the first tier pays where it starts (${first}).`,
    capDetail: (tier: string, below: string, cap: string) =>
      `Before ${tier} the plan already pays ${below}, at or over the cap of ${cap}: reaching ${tier} or any tier above it pays nothing more.`,
    capFix: (cap: string) => `Try a cap of ${cap}, what the top tier pays where it starts.`,
    capFixRemove: "Try without the cap.",
    gateBlocksTitle: (kpi: string) => `The ${kpi} gate takes tiers away`,
    gateBlocksDetail: (kpi: string, gate: string, tiers: string) =>
      `Nothing is paid below ${gate} of ${kpi}, so ${tiers}, wholly below it, never pays.`,
    gateBlocksFix: (kpi: string, gate: string) => `Try the ${kpi} gate at ${gate}, where the first tier starts.`,
    gateFixRemove: (kpi: string) => `Try without the ${kpi} gate.`,
    gateNeverTitle: (kpi: string) => `Nobody meets the ${kpi} gate`,
    gateNeverDetail: (gate: string, partners: string, name: string, value: string) =>
      `The gate is ${gate}; the best of ${partners}, ${name}, has ${value}. Nobody is paid.`,
    gateNeverFix: (kpi: string, gate: string) =>
      `Try the ${kpi} gate at ${gate}, the median: half the partners meet it.`,
    weightsTitle: "The weights do not add up to 100%",
    weightItem: (kpi: string, weight: string) => `${kpi} ${weight}`,
    weightsDetail: (total: string, weights: string) =>
      `They add up to ${total} (${weights}). The score divides by their sum, so each KPI counts for its weight ÷ ${total}.`,
    weightsFix: (weights: string) => `Try ${weights}: the same pay, with weights that say what each KPI counts for.`,
    targetNobodyTitle: (kpi: string) => `Nobody reached the ${kpi} target`,
    targetEverybodyTitle: (kpi: string) => `Everybody reached the ${kpi} target`,
    targetDetail: (target: string, partners: string, min: string, max: string, median: string) =>
      `The target is ${target}; the results of ${partners} run from ${min} to ${max}, median ${median}.`,
    targetFix: (kpi: string, target: string) => `Try a ${kpi} target of ${target}, the median.`,
    concentrationTitle: (share: string, top: string) => `The best-paid 10% (${top}) receive ${share} of the cost`,
    concentrationDetail: (topPaid: string, total: string, partners: string) =>
      `${topPaid} of the ${total} paid to ${partners}.`,
    concentrationFix: (cap: string) => `Try a cap of ${cap} per partner, what the last of them is paid.`,
  },

  // What if
  whatIfHeading: "What if",
  whatIfIntro:
    "Change the plan here and the cost is worked out again over every partner. The workbook changes only when you save the scenario or apply it.",
  tiers: "Tiers",
  targetIncentive: (currency: string) => `Target incentive (${currency})`,
  capBonus: "Cap (% of target incentive), optional",
  capPerPartner: (currency: string) => `Cap per partner (${currency}), optional`,
  kpis: "KPIs",
  targetPercent: "Target (%)",
  targetUnit: (unit: string) => `Target (${unit})`,
  target: "Target",
  ownTargets: "Each partner has its own target, in the data table.",
  weight: "Weight (%)",
  gatePercent: "Gate (%), optional",
  gateUnit: (unit: string) => `Gate (${unit}), optional`,
  gate: "Gate, optional",
  reset: "Back to the current plan",
  result: "Result",
  summaryLabel: "Scenario: new total, change and tier moves",
  working: "Working out the scenario…",
  fixFirst: (issues: string) => `Fix the plan above to see its cost: ${issues}`,
  newTotal: "New total:",
  nowWas: (amount: string) => `(now ${amount})`,
  noDelta: "No change: the scenario costs the same as now.",
  costsMore: (amount: string, change: string) => `Costs ${amount} more than now (${change}).`,
  costsLess: (amount: string, change: string) => `Costs ${amount} less than now (${change}).`,
  costsMoreFromZero: (amount: string) => `Costs ${amount} more than now.`,
  noMovers: "No partner changes tier.",
  movesUp: (who: string) => `Tier changes: ${who} up.`,
  movesDown: (who: string) => `Tier changes: ${who} down.`,
  movesBoth: (up: string, down: string) => `Tier changes: ${up} up, ${down} down.`,
  totalChartName: (now: string, scenario: string) => `Total payout now ${now}, in the scenario ${scenario}.`,
  totalChartTable: "Total payout, now and in the scenario",
  plan: "Plan",
  now: "Now",
  scenario: "Scenario",
  moversList: "Partners who change tier",
  movedUpFrom: (name: string, from: string, to: string) => `${name}: up from ${from} to ${to}`,
  movedDownFrom: (name: string, from: string, to: string) => `${name}: down from ${from} to ${to}`,
  perPartnerChange: "Change per partner, largest first",
  partnerMore: (name: string, before: string, after: string, delta: string) =>
    `${name}: ${before} → ${after} (${delta}, more)`,
  partnerLess: (name: string, before: string, after: string, delta: string) =>
    `${name}: ${before} → ${after} (${delta}, less)`,

  // Saving and applying a scenario
  saveScenario: "Save as scenario",
  savingScenario: "Writing the comparison sheet…",
  saveHint:
    "Adds a new sheet comparing the current plan with this scenario, per partner and in total. The program's tables are not changed.",
  saved: (sheet: string) => `Saved as the new sheet “${sheet}”.`,
  saveFailed: "The scenario was not saved",
  applyOpen: "Apply to the program…",
  applyTitle: "Apply these changes to the program?",
  applyIntro: (program: string) =>
    `These changes are written into the tables of “${program}” on its plan sheet, and its formulas recalculate every partner's payout. After the write the pane says whether Ctrl+Z can take it back in one step (it depends on your version of Excel).`,
  applyCost: (delta: string) => `Effect on the total payout: ${delta}`,
  applyNothing: "The scenario is the current plan: there is nothing to apply.",
  apply: "Apply",
  cancel: "Cancel",
  applying: "Writing the changes into the program's tables…",
  applied: "Applied: the program's tables now hold the scenario, and Insights has read them again.",
  applyFailed: "The changes were not applied",
  change: {
    tier: {
      bound: (tier: string, before: string, after: string) => `Tier ${tier} lower bound: ${before} → ${after}`,
      rate: (tier: string, before: string, after: string) => `Tier ${tier} rate: ${before} → ${after}`,
      label: (tier: string, before: string, after: string) => `Tier ${tier} label: ${before} → ${after}`,
    },
    kpi: {
      target: (kpi: string, before: string, after: string) => `${kpi} target: ${before} → ${after}`,
      weight: (kpi: string, before: string, after: string) => `${kpi} weight: ${before} → ${after}`,
      gate: (kpi: string, before: string, after: string) => `${kpi} gate: ${before} → ${after}`,
    },
    setting: {
      cap: (before: string, after: string) => `Cap: ${before} → ${after}`,
      targetIncentive: (before: string, after: string) => `Target incentive: ${before} → ${after}`,
      listPrice: (before: string, after: string) => `List price: ${before} → ${after}`,
    },
    tierAdded: (tier: string, bound: string, rate: string) => `Tier ${tier} added: from ${bound}, rate ${rate}`,
    tierRemoved: (tier: string, bound: string) => `Tier ${tier} removed (from ${bound})`,
  },
  none: "none",
  blankLabel: "(no label)",

  // Suggested targets
  targetsHeading: "Suggested targets",
  shareLabel: "Share of partners who reached it (%)",
  shareHint: "The population method suggests the value this share of partners reached this period.",
  shareIssue: "Enter a share between 1% and 100%.",
  currentTarget: (target: string) => `Current target: ${target}`,
  currentOwn: "Current target: one per partner (data table)",
  populationMethod: (share: string) => `— population method: the value ${share} of partners reached this period`,
  populationMethodLower: (share: string) =>
    `— population method: the value ${share} of partners stayed at or below this period`,
  populationNone: " (no partner has a result yet)",
  lookingForHistory: "Looking for history…",
  noHistory: (kpi: string) =>
    `History method: no history. The workbook holds only this period's results for ${kpi}, so there is no trend to project; dated results from earlier periods (such as the SolarWave sample's installations) are needed.`,
  noHistoryOther: (kpi: string) =>
    `History method: no history. The workbook holds only this period's results for ${kpi}, so there is no trend to project; the dated events found measure another KPI.`,
  median: "(median)",
  historyMethod: (periods: string, span: string, cap: string, floor: string) =>
    `— history method: each partner's own trend over the last ${periods} before the program (${span}), projected one period ahead, the change from the current target capped at +${cap} and floored at −${floor}.`,
  period: {
    monthly: (n: string) => `${n} months`,
    quarterly: (n: string) => `${n} quarters`,
    annual: (n: string) => `${n} years`,
  },
  span: (from: string, to: string) => `${from} to ${to}`,
  enoughHistory: (n: string, of: string) => `${n} of ${of} partners have enough history.`,
  enoughHistoryBounded: (n: string, of: string, bounded: string) =>
    `${n} of ${of} partners have enough history; the cap or floor applies to ${bounded}.`,
  perPartnerList: (kpi: string) => `Suggested ${kpi} target per partner`,
  keptNoHistory: (name: string, value: string) => `${name}: ${value} (no history: current target kept)`,
  trendLimited: (name: string, value: string, trend: string) => `${name}: ${value} (trend ${trend}, limited)`,
  trendPlain: (name: string, value: string) => `${name}: ${value} (trend)`,

  // Writing targets
  reviewTargets: (kpi: string) => `Review and write ${kpi} targets…`,
  writeTitle: (kpi: string) => `Write ${kpi} targets to the program?`,
  methodLabel: "Targets to write",
  methodHistory: "History: each partner's own suggestion",
  methodPopulation: (value: string) => `Population: ${value} for every partner`,
  writeFixedTarget: (kpi: string, before: string, after: string) =>
    `The KPI table's target for ${kpi} changes from ${before} to ${after}; every partner is measured against it.`,
  writeColumn: (n: string, column: string) =>
    `${n} cells of the column “${column}” in the program's data table are written, matched by Partner ID; nothing else changes.`,
  writeSwitch: (kpi: string, column: string) =>
    `${kpi} has one target for every partner today. Writing per-partner targets switches it to per-partner targets: the column “${column}” is added to the program's data table and filled, and the formulas read it from now on.`,
  writeExisting: (table: string) =>
    `This program reads its partners from your table ${table}; the add-in does not write to your tables, so copy these targets there yourself.`,
  previewList: (kpi: string) => `${kpi} targets to write`,
  previewRow: (name: string, before: string, after: string) => `${name}: ${before} → ${after}`,
  writeTargets: "Write targets",
  writingTargets: "Writing the targets…",
  targetsWritten: (n: string, column: string) =>
    `Wrote ${n} targets into “${column}”; Insights has read the program again.`,
  fixedWritten: (kpi: string) => `Wrote the new ${kpi} target into the KPI table; Insights has read the program again.`,
  targetsUnmatched: (ids: string) => `No row in the data table for: ${ids}.`,
  targetsFailed: "The targets were not written",

  // Program impact
  impactHeading: "Program impact",
  lookingForEvents: "Looking for dated events in the workbook…",
  eventsFailed: (message: string) => `Could not read the dated events: ${message}`,
  impactNeeds: (start: string, table: string, program: string) =>
    `Impact needs dated events to compare before and after the program start (${start}): a table named ${table} with the columns Partner ID, Due date and Completed date, one row per installation, including some from before the start. Programs created with the SolarWave sample have it; this workbook has none for “${program}”.`,
  impactCounts: (before: string, after: string) => `${before} installations before, ${after} after`,
  impactTooFew: (start: string, counts: string) =>
    `Not enough installations on both sides of ${start} to compare (${counts}).`,
  impactRose: (kpi: string, before: string, start: string, after: string, change: string, counts: string) =>
    `${kpi} rose from ${before} before ${start} to ${after} after: ${change} (${counts}).`,
  impactFell: (kpi: string, before: string, start: string, after: string, change: string, counts: string) =>
    `${kpi} fell from ${before} before ${start} to ${after} after: ${change} (${counts}).`,
  impactSame: (kpi: string, before: string, start: string, after: string, change: string, counts: string) =>
    `${kpi} stayed at ${before} before ${start} and ${after} after: ${change} (${counts}).`,
  pointsChange: (signed: string) => `${signed} percentage points`,
  pointsAndRelative: (points: string, relative: string) => `${points}, ${relative} relative`,
  impactNotCause:
    "This compares the periods before and after the program's start; it is not proof that the program caused the change, since other things (season, staff, customers) can differ between them too.",
  onTimeShare: "On-time share",
  noData: "no data",
  cannotCompare: "cannot compare",
  impactChartName: (start: string, before: string, after: string, change: string) =>
    `On-time share before and after ${start}: ${before} before, ${after} after (${change}).`,
  noChangeFigure: "no change figure",
  impactChartTable: (start: string) => `On-time share before and after ${start}`,
  periodColumn: "Period",
  before: "Before",
  after: "After",
  impactRule: (table: string) =>
    `From the table ${table}: an installation counts as on time when completed by its due date; one still open past its due date at the data cut-off counts as late.`,
  largestRise: "Per partner, largest rise first",
  impactList: "On-time share per partner, before and after",
  impactRow: (name: string, before: string, after: string, change: string) =>
    `${name}: ${before} → ${after} (${change})`,

  // Lists
  showFirst: (n: string) => `Show the first ${n}`,
  showAll: (n: string) => `Show all ${n}`,
};
