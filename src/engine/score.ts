import { fail } from "./errors";
import { CellValue, isBlank, readNonNegative, readNumber } from "./cell";

/** Validated KPI weights: each finite and non-negative, their sum positive. */
export interface Weights {
  readonly values: Float64Array;
  readonly sum: number;
}

export function parseWeights(cells: ArrayLike<CellValue>): Weights {
  const values = new Float64Array(cells.length);
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    values[i] = readNonNegative(cells[i], `Weight ${i + 1}`);
    sum += values[i];
  }
  if (!(sum > 0)) fail("weightsSumZero");
  return { values, sum };
}

/**
 * SCORE of one partner: Σ weightᵢ × min(attainmentᵢ, cap) ÷ Σ weightᵢ. `attainments` has one
 * cell per weight. Returns null when every attainment is blank (a blank row stays blank);
 * a row with only some blanks has no score (#N/A).
 */
export function weightedScore(attainments: ArrayLike<CellValue>, weights: Weights, cap = Infinity): number | null {
  let total = 0;
  let blanks = 0;
  for (let i = 0; i < weights.values.length; i++) {
    const cell = attainments[i];
    if (isBlank(cell)) {
      blanks++;
      continue;
    }
    const a = typeof cell === "number" && cell - cell === 0 ? cell : readNumber(cell, `Attainment ${i + 1}`);
    total += weights.values[i] * Math.min(a, cap);
  }
  if (blanks === weights.values.length) return null;
  if (blanks > 0) {
    let index = 0;
    while (!isBlank(attainments[index])) index++;
    fail("missingAttainment", { index: index + 1 });
  }
  return total / weights.sum;
}
