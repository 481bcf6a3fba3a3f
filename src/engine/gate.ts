import { CellValue, isBlank, isErrorValue, isFiniteNumber, readNumber } from "./cell";
import { Direction, parseDirection } from "./methods";

/**
 * The gate rule (SPEC §3.2 GATE): no gate (null) is always met; a gated KPI without an actual
 * (null) misses it; otherwise the actual must be at or above the gate, or at or below it for a
 * lower-is-better KPI. evaluatePartner and INCENTIVE.GATE both decide gates here.
 */
export function meetsGate(actual: number | null, gate: number | null, direction: Direction): boolean {
  if (gate === null) return true;
  if (actual === null) return false;
  return direction === "lower" ? actual <= gate : actual >= gate;
}

/** The names the actual and gate cells are given in messages ("Actuals", "Gates"). */
export interface GateCellNames {
  readonly actual: string;
  readonly gate: string;
}

/** A number as Excel writes it in General format: what `&""` makes of a number, in any locale. */
const GENERAL_NUMBER = /^-?\d+(?:[.,]\d+)?(?:E[-+]\d+)?$/i;

/**
 * A gate cell: a number, or a number as text in General format ("4.2", "4,2" where the decimal
 * separator is a comma). The text is how a sheet keeps a blank Gate blank when it looks gates up
 * into an array (XLOOKUP(…,KPIs[Gate]&"")): there Excel turns a blank cell into 0.
 */
export function readGate(v: CellValue, what: string): number {
  if (typeof v === "string" && GENERAL_NUMBER.test(v.trim())) return Number(v.trim().replace(",", "."));
  return readNumber(v, what);
}

/**
 * One KPI's gate from sheet cells: a blank gate is no gate (its actual and direction are not
 * read, so an error there does not matter); a gate must be a number (readGate); an actual that is not a
 * number (blank, text) misses the gate, as the KPI has no result yet; an error value in any cell
 * read is that cell's error.
 */
export function gateCellMet(actual: CellValue, gate: CellValue, direction: CellValue, names: GateCellNames): boolean {
  if (isBlank(gate)) return true;
  const bound = readGate(gate, names.gate);
  const dir = parseDirection(direction);
  // readNumber passes an error value through as that cell's error.
  const value = isFiniteNumber(actual) ? actual : isErrorValue(actual) ? readNumber(actual, names.actual) : null;
  return meetsGate(value, bound, dir);
}

/**
 * One partner's gates, as AND over the KPIs: TRUE when every KPI meets its gate, FALSE when one
 * misses, and an error when a KPI's cells are bad, even if another KPI missed (as AND gives).
 * `directions[i]` is KPI i's direction (blank is higher).
 */
export function allGatesMet(
  actuals: readonly CellValue[],
  gates: readonly CellValue[],
  directions: (i: number) => CellValue,
  names: GateCellNames,
): boolean {
  let met = true;
  for (let i = 0; i < gates.length; i++) if (!gateCellMet(actuals[i], gates[i], directions(i), names)) met = false;
  return met;
}
