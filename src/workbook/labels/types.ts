/*
 * The words the add-in writes into a workbook, as one typed catalogue per sheet language
 * (en.ts, zh.ts). Texts with `{name}` placeholders are filled with fillLabel (index.ts); a
 * test checks both catalogues have the same keys and placeholders. Table names (PI_…) are not
 * here: they stay ASCII in every language so formulas travel between offices. The words for
 * method and direction are ones the INCENTIVE functions accept in every language (methods.ts).
 */
import type { Direction, Frequency, Method, PayKind, SheetLanguage } from "../../engine";

export type { SheetLanguage };

export interface SheetLabels {
  readonly language: SheetLanguage;
  /** Date formats (money formats depend on the currency, not the language: numberFormats.ts). */
  readonly formats: { readonly date: string; readonly dateTime: string };
  /** Joining a list in a sentence: "A, B and C" / "A、B 和 C". */
  readonly list: { readonly separator: string; readonly last: string };
  /** Sheet names are "<program> <suffix>". */
  readonly sheet: {
    readonly plan: string;
    readonly data: string;
    readonly results: string;
    readonly installations: string;
    readonly dashboard: string;
    readonly statements: string;
    readonly statementValues: string;
    /** One partner's values-only statement: "<partner ID> <suffix>". */
    readonly statement: string;
    /** Statements beyond the first part (1,026 partners a sheet): {part} = 2, 3, … */
    readonly statementsPart: string;
    /** Values-only statements beyond the first part: {part}. */
    readonly statementValuesPart: string;
  };
  /** Row 2 of the plan and data sheets: {program}, {key}. */
  readonly ownership: string;
  /** Row 2 of generated sheets: {program}, {key}, {what}. */
  readonly generatedOwnership: string;
  /** The mark on the dashboard, a closed period's snapshot and a scenario sheet: every partner's pay, never sent to one. */
  readonly confidential: string;
  readonly plan: {
    readonly title: string;
    /** {dataSheet}, {structural}. */
    readonly note: string;
    /** {setting}: the first source-mapping row, named in the note. */
    readonly sourceRowsFrom: string;
    readonly settingsCaption: string;
    readonly kpisCaption: string;
    readonly tiersCaption: {
      readonly bonus: string;
      readonly discount: string;
      readonly commissionRelative: string;
      readonly commission: string;
      readonly rebateRelative: string;
      readonly rebate: string;
    };
    readonly settingsHeaders: { readonly setting: string; readonly value: string };
    /** The Setting column's names: formulas look values up by these. */
    readonly setting: {
      readonly program: string;
      readonly currency: string;
      readonly decimals: string;
      readonly periodStart: string;
      readonly periodEnd: string;
      readonly frequency: string;
      readonly pays: string;
      readonly method: string;
      readonly basisKpi: string;
      readonly boundsRelative: string;
      readonly cap: string;
      readonly targetIncentive: string;
      readonly listPrice: string;
      readonly sheetLanguage: string;
    };
    readonly sourceSetting: {
      readonly table: string;
      readonly partner: string;
      readonly partnerName: string;
      /** {kpi}. */
      readonly kpiColumn: string;
      /** {kpi}. */
      readonly targetColumn: string;
    };
    readonly kpiHeaders: {
      readonly kpi: string;
      readonly unit: string;
      readonly direction: string;
      readonly target: string;
      readonly targetMode: string;
      readonly weight: string;
      readonly gate: string;
    };
    readonly tierHeaders: { readonly bound: string; readonly rate: string; readonly label: string };
    readonly targetMode: { readonly fixed: string; readonly perPartner: string };
    /** The Settings values for frequency, pay kind and method, and the KPI table's directions. */
    readonly frequency: Readonly<Record<Frequency, string>>;
    readonly pays: Readonly<Record<PayKind, string>>;
    readonly method: Readonly<Record<Method, string>>;
    readonly direction: Readonly<Record<Direction, string>>;
  };
  readonly data: {
    readonly title: string;
    /** {columns}. */
    readonly typeNote: string;
    /** {table}, {sheet}. */
    readonly sampleNote: string;
    /** {how}, {planSheet}. */
    readonly note: string;
    /** {table}, {sheet}, {sourceRow}, {planSheet}. */
    readonly resultsNote: string;
    readonly headers: {
      readonly partnerId: string;
      readonly partner: string;
      /** {kpi}. */
      readonly target: string;
      /** {kpi}. */
      readonly attainment: string;
      readonly score: string;
      readonly gateMet: string;
      readonly tier: string;
      /** {currency}. */
      readonly payout: string;
      /** {currency}. */
      readonly discount: string;
      /** {currency}. */
      readonly netPrice: string;
      readonly sourceRow: string;
    };
    /** What the Tier column shows below the first tier. */
    readonly belowFirstTier: string;
  };
  readonly installations: {
    readonly title: string;
    readonly note: string;
    readonly headers: {
      readonly siteId: string;
      readonly partnerId: string;
      readonly contractDate: string;
      readonly dueDate: string;
      readonly completedDate: string;
      readonly systemKw: string;
      readonly contractValue: string;
      readonly csat: string;
      /** Calculated: TRUE when the installation is due in the settings' period. */
      readonly dueInPeriod: string;
      /** Calculated: 1 on time, 0 late, blank when not counted (not due in the period, or still open and not yet due). */
      readonly onTime: string;
      /** Calculated: the CSAT of an installation completed in the period, blank otherwise. */
      readonly csatInPeriod: string;
    };
  };
  readonly dashboard: {
    readonly title: string;
    /** {table}. */
    readonly about: string;
    readonly partnersCaption: string;
    readonly period: string;
    readonly to: string;
    readonly asOf: string;
    readonly generated: string;
    /** {payout}: the payout column's header. */
    readonly totalTile: string;
    readonly partnersTile: string;
    readonly atTargetTile: string;
    readonly averageScoreTile: string;
    /** {attainment}: an attainment column's header. */
    readonly averageTile: string;
    readonly gatesMissedTile: string;
    readonly gate: string;
    readonly rank: string;
    readonly gateMet: string;
    readonly gateMissed: string;
    /** {n}. */
    readonly leaderboardCaption: string;
    readonly noScores: string;
    readonly payoutByTier: string;
    readonly partners: string;
    readonly scoreDistribution: string;
    readonly scoreBand: string;
    /** {n}. */
    readonly largestPayouts: string;
    readonly payoutByPartner: string;
    readonly noPayouts: string;
    readonly chartPayoutByPartner: string;
    /** {n}. */
    readonly chartPayoutLargest: string;
    readonly chartScoreDistribution: string;
    readonly chartTierMix: string;
  };
  readonly statements: {
    readonly title: string;
    readonly valuesTitleOne: string;
    readonly valuesTitleMany: string;
    /** {table}. */
    readonly aboutLive: string;
    readonly aboutValues: string;
    readonly liveNote: string;
    readonly valuesNote: string;
    /** Row 3 of the values-only sheet holding every partner's statement: confidential, and what to send instead. */
    readonly valuesNoteAll: string;
    /** Row 4 of statements written in parts: {part}, {parts}, {first} and {last} (statement numbers). */
    readonly partOf: string;
    /** A1 of a part no longer needed (fewer partners now): {sheet} (part 1's name). */
    readonly partUnused: string;
    readonly noPartnerRow: string;
    readonly partnerId: string;
    readonly statementNo: string;
    readonly period: string;
    readonly to: string;
    readonly program: string;
    readonly kpiHeader: {
      readonly kpi: string;
      readonly actual: string;
      readonly target: string;
      readonly attainment: string;
      readonly weight: string;
      /** Over the gate's threshold (shown as "≥ 4.00"). */
      readonly gate: string;
      /** Over the gate's outcome beside it (met, missed, no gate). */
      readonly gateResult: string;
    };
    /** The payout row's label (the value carries the currency). */
    readonly payout: string;
    /** A discount program's payout row: the discount off the list price. */
    readonly discount: string;
    readonly score: string;
    readonly gates: string;
    readonly tierReached: string;
    readonly nextTier: string;
    readonly howCalculated: string;
    readonly explainHeader: {
      readonly tier: string;
      readonly from: string;
      readonly to: string;
      readonly amount: string;
      readonly rate: string;
      readonly payout: string;
    };
    readonly explainBelow: string;
    readonly explainTotal: string;
    readonly curvePoint: string;
    readonly shareOfTarget: string;
    readonly targetIncentive: string;
    readonly discountRate: string;
    readonly listPrice: string;
    readonly netPrice: string;
    readonly gateMissedNote: string;
    /** {decimals}. The cap, when there is one, is the line below it. */
    readonly paidNote: string;
    /** {cap}. */
    readonly capMoney: string;
    /** {parts} = {amount}: what a period with an adjustment or a balance carried in settles (replaces paidNote). */
    readonly settleNote: string;
    /** {parts} = {amount} when that sum is negative: nothing is paid, the balance is carried forward (as the close carries it). */
    readonly settleCarryNote: string;
    /** The terms of {parts}, joined with " + ". */
    readonly settleParts: { readonly payout: string; readonly adjustment: string; readonly carried: string };
    /** {pct}. */
    readonly capBonus: string;
    readonly allMet: string;
    /** Must contain `missedOne`: the sheet highlights cells containing it. */
    readonly missed: string;
    readonly met: string;
    readonly missedOne: string;
    readonly noGate: string;
    readonly belowFirstPoint: string;
    readonly noResults: string;
  };
  /** The gap to the next tier, in words. */
  readonly gap: {
    readonly top: string;
    /** {amount}, {subject}, {tier}. */
    readonly sentence: string;
    /** {n}. */
    readonly points: string;
    /** Money in a sentence: {n}, {code} — the code first ("USD 20,000.00"). */
    readonly money: string;
    /** Money in renminbi: {n} — ¥ on Chinese sheets, the code on English ones. */
    readonly moneyCny: string;
    /** The sentence when a gate is missed: the gates come before any tier. */
    readonly gateFirst: string;
    /** The helper cells right of each statement (outside the print area) that the sentence reads. */
    readonly helpers: { readonly tierNumber: string; readonly gap: string; readonly tier: string };
    /** {n}. */
    readonly tierNumber: string;
    readonly score: string;
  };
}
