/*
 * Why one cell of a program's data table shows an error: the reason the INCENTIVE function
 * gives for it, found again by the engine from the row's inputs (pure: no Excel). Excel shows a
 * custom function's own message only on #VALUE! and #N/A, and never hands it to add-ins, so the
 * pane's error list asks this for every code (#DIV/0! and #NUM! included).
 *
 * The reading follows the data table's formulas (programFormulas.ts) and the functions' checks,
 * in their order: ATTAINMENT(actual, target, direction) per KPI, SCORE over the attainments,
 * GATE(actuals, gates, directions), TIER(value, tiers, [target]) and PAYOUT / BONUS / PRICE. An error value in an input cell is
 * passed through by the functions: the reason then names the cell that holds it. A reason is
 * given only when its error code is the one the cell shows; otherwise null (the pane then says
 * what the code means in general).
 */
import {
  IncentiveError,
  attainment,
  bonus,
  formatMessage,
  isBlank,
  MESSAGES,
  netPrice,
  parseDirection,
  parseWeights,
  parseTierTable,
  payout,
  programTierTable,
  readGate,
  readNonNegative,
  readNumber,
  readTargetCell,
  reachedTier,
  weightedScore,
  type ErrorKind,
  type Language,
  type MessageId,
  type MessageParams,
  type ProgramDefinition,
} from "../../engine";
import { dataHeaders } from "../dataHeaders";

/** One row of the data table as read: its headers, the cells' values, value types and addresses. */
export interface IssueRow {
  readonly headers: readonly string[];
  /** Range.values of the row (an error cell reads as its code, e.g. "#N/A"). */
  readonly values: readonly unknown[];
  /** Range.valueTypes of the row: "Error" marks an error value. */
  readonly types: readonly string[];
  /** Each cell's sheet address, e.g. 'SolarWave Data'!C5. */
  readonly addresses: readonly string[];
}

export type IssueReason =
  /** The function's own message (an engine message), with `what` naming the input. */
  | {
      readonly kind: "engine";
      readonly id: MessageId;
      readonly params: MessageParams;
      /** Set when the input is a KPI's fixed target in the KPI table: `what` is worded from it. */
      readonly fixedTargetOf?: string;
    }
  /** An input cell holds an error value, which the functions pass through. */
  | { readonly kind: "inputError"; readonly code: string; readonly column: string; readonly address: string };

const CODES: Record<ErrorKind, string> = { value: "#VALUE!", div0: "#DIV/0!", num: "#NUM!", na: "#N/A" };

/** A fixed target's name in each language. */
const FIXED_TARGET: Record<Language, string> = { en: "Target for {kpi}", zh: "{kpi}的目标" };

/** The reason's message in `language` (for an engine reason); null for an input error (the pane words it). */
export function reasonMessage(reason: IssueReason, language: Language): string | null {
  if (reason.kind !== "engine") return null;
  const params = reason.fixedTargetOf
    ? { ...reason.params, what: FIXED_TARGET[language].replace("{kpi}", reason.fixedTargetOf) }
    : reason.params;
  return formatMessage(reason.id, params, language);
}

/** Plan cells read as they are (the program read back turns text into NaN, so its messages would differ). */
export interface PlanCells {
  /** The tier table's data rows, as the formulas pass it; an error cell as an object ({ code }). */
  readonly tiers?: readonly (readonly unknown[])[];
  /** Each KPI's Target cell in the KPI table (by KPI position; absent where not found). */
  readonly fixedTargets?: readonly (PlanCell | undefined)[];
  /** Each KPI's Gate cell in the KPI table, likewise (GATE reads it as text: a text gate stays text). */
  readonly gates?: readonly (PlanCell | undefined)[];
  /** Each KPI's Direction cell in the KPI table, likewise (a word GATE does not know is its error). */
  readonly directions?: readonly (PlanCell | undefined)[];
}

/** GATE's arguments as it names them in its messages (the functions' table: Actuals, Gates). */
const GATE_NAMES = { actual: "Actuals", gate: "Gates" } as const;

/** A KPI table cell as XLOOKUP(…)&"" hands it to GATE: TRUE and FALSE as text. */
const lookedUp = (v: unknown): unknown => (typeof v === "boolean" ? String(v).toUpperCase() : v);

/** A plan table's cell as read: its value, whether it holds an error, its header and address. */
export interface PlanCell {
  readonly value: unknown;
  readonly error: boolean;
  readonly header: string;
  readonly address: string;
}

/** Thrown inside the reading when an input cell holds an error value. */
class InputError {
  constructor(readonly reason: IssueReason & { kind: "inputError" }) {}
}

type Cell = PlanCell;

/**
 * Why the data-table cell under the header `column` of `row` shows `shown` (an error code), or
 * null when no reason can be found that gives that code.
 */
export function issueReason(
  p: ProgramDefinition,
  row: IssueRow,
  column: string,
  shown: string,
  plan: PlanCells = {},
): IssueReason | null {
  // The tier table as the functions get it (its cells as read), else as the program read it back.
  const tierTable = () => (plan.tiers ? parseTierTable(plan.tiers) : programTierTable(p));
  const h = dataHeaders(p);
  const index = (header: string | null) =>
    header === null ? -1 : row.headers.findIndex((x) => x.trim().toLowerCase() === header.trim().toLowerCase());
  const cell = (header: string | null): Cell | null => {
    const i = index(header);
    if (i < 0) return null;
    return {
      value: row.values[i],
      header: row.headers[i],
      address: row.addresses[i] ?? "",
      error: row.types[i] === "Error",
    };
  };
  /** The cell's value; an error value ends the reading with the cell named. */
  const input = (c: Cell): unknown => {
    if (c.error)
      throw new InputError({ kind: "inputError", code: String(c.value), column: c.header, address: c.address });
    return c.value;
  };
  const wanted = column.trim().toLowerCase();
  const is = (header: string | null) => header !== null && header.trim().toLowerCase() === wanted;

  /** KPI i's target as ATTAINMENT / TIER / PAYOUT read it (positive), or a thrown reason. */
  const target = (i: number): number => {
    const k = p.kpis[i];
    const perPartner = h.target[i];
    if (perPartner !== null) {
      const c = cell(perPartner);
      if (!c) throw new Unknown();
      const v = input(c);
      return readTargetCell(v, c.header);
    }
    // The KPI table's Target cell as it is where it was read, else as the program read it back.
    const fixed = plan.fixedTargets?.[i];
    const raw = fixed ? input(fixed) : k.target;
    try {
      if (typeof raw === "number" && Number.isNaN(raw)) throw new Unknown();
      return readTargetCell(raw, "");
    } catch (e) {
      if (e instanceof IncentiveError) throw new FixedTarget(e, k.name.trim());
      throw e;
    }
  };
  /** KPI i's attainment, or null when its actual is blank. */
  const attainmentOf = (i: number): number | null => {
    const c = cell(h.actual[i]);
    if (!c) throw new Unknown();
    const v = input(c);
    if (isBlank(v)) return null;
    const actual = readNumber(v, c.header);
    return attainment(actual, target(i), p.kpis[i].direction);
  };
  const score = (): number | null => {
    const weights = p.kpis.map((k) => k.weight);
    if (weights.some((w) => Number.isNaN(w))) throw new Unknown();
    const parsed = parseWeights(weights);
    // SCORE reads every KPI's attainment cell, weighted or not.
    const atts = p.kpis.map((_, i) => attainmentOf(i));
    // With more than one KPI a partly blank row's score is blank (the formula's IF).
    if (p.kpis.length > 1 && atts.some((a) => a === null)) return null;
    return weightedScore(
      atts.map((a) => (a === null ? "" : a)),
      parsed,
    );
  };
  const basis = (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.basisKpi : null;
  /**
   * What the tiers read (the basis KPI's actual, or the score) as the formulas' IF(value="", "", …)
   * sees it first: null when blank, a thrown reason when an error; else how the function reads it.
   */
  const tierValue = (): (() => number) | null => {
    if (basis === null) {
      const s = score();
      return s === null ? null : () => s;
    }
    const c = cell(h.actual[basis]);
    if (!c) throw new Unknown();
    const v = input(c);
    return isBlank(v) ? null : () => readNumber(v, c.header);
  };
  const relativeScale = (): number => (basis !== null && p.boundsRelativeToTarget ? target(basis) : 1);
  const limit = (v: number | null, what: string): number => {
    if (v === null) return Infinity;
    if (Number.isNaN(v)) throw new Unknown();
    return readNonNegative(v, what);
  };
  const gate = (): void => {
    const c = cell(h.gateMet);
    if (c) input(c);
  };
  /**
   * Gate met as GATE decides it, KPI by KPI: a blank gate is none; else the gate must be a number
   * (it arrives as text, XLOOKUP(…)&"", so TRUE is the text "TRUE"), the direction a word GATE
   * knows, then an actual that holds an error value is that cell's error.
   */
  const gatesMet = (): void => {
    p.kpis.forEach((k, i) => {
      const fixed = plan.gates?.[i];
      const raw = fixed ? input(fixed) : k.gate;
      if (typeof raw === "number" && Number.isNaN(raw)) throw new Unknown();
      if (isBlank(raw)) return;
      readGate(lookedUp(raw) as number | string, GATE_NAMES.gate);
      const direction = plan.directions?.[i];
      parseDirection(direction ? lookedUp(input(direction)) : k.direction);
      const c = cell(h.actual[i]);
      if (!c) throw new Unknown();
      input(c);
    });
  };

  const compute = (): void => {
    const kpi = h.attainment.findIndex(is);
    if (kpi >= 0) {
      attainmentOf(kpi);
      return;
    }
    if (is(h.score)) {
      score();
      return;
    }
    if (is(h.gateMet)) {
      gatesMet();
      return;
    }
    // TIER and PAYOUT read the tier table and a (single) target before the value.
    if (is(h.tier)) {
      const x = tierValue();
      if (x === null) return;
      const table = tierTable();
      const scale = relativeScale();
      const value = x();
      reachedTier(table, value, scale);
      return;
    }
    if (is(h.payout)) {
      const x = tierValue();
      if (x === null) return;
      gate();
      const table = tierTable();
      switch (p.payKind) {
        case "commission":
        case "rebate": {
          const scale = relativeScale();
          const cap = limit(p.cap, "Cap");
          payout(table, p.method, x(), 0, cap, scale);
          return;
        }
        case "bonus": {
          const cap = limit(p.cap, "Cap");
          if (p.targetIncentive === null) return;
          bonus(table, x(), limit(p.targetIncentive, "Target incentive"), cap);
          return;
        }
        case "discount":
          netPrice(limit(p.listPrice ?? 0, "List price"), table, x());
          return;
      }
    }
    throw new Unknown();
  };

  try {
    compute();
    return null;
  } catch (e) {
    if (e instanceof InputError) return sameCode(e.reason.code, shown) ? e.reason : null;
    const fixed = e instanceof FixedTarget ? e : null;
    const error = fixed ? fixed.error : e;
    if (!(error instanceof IncentiveError)) {
      if (e instanceof Unknown) return null;
      throw e;
    }
    if (CODES[MESSAGES[error.id].kind] !== shown.trim().toUpperCase()) return null;
    return { kind: "engine", id: error.id, params: error.params, ...(fixed ? { fixedTargetOf: fixed.kpi } : {}) };
  }
}

/** No reason can be found (a column or input the reading cannot see). */
class Unknown {}

/** A KPI's fixed target failed: the message's `what` is worded from the KPI's name. */
class FixedTarget {
  constructor(
    readonly error: IncentiveError,
    readonly kpi: string,
  ) {}
}

/** Excel turns an input #REF! or #NAME? into #VALUE! (a custom function cannot return them). */
function sameCode(input: string, shown: string): boolean {
  const a = input.trim().toUpperCase();
  const b = shown.trim().toUpperCase();
  return a === b || (b === "#VALUE!" && (a === "#REF!" || a === "#NAME?"));
}
