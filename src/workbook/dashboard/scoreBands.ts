/*
 * The dashboard's score distribution: the bands (the same bins as the engine's planCost.histogram)
 * and the COUNTIFS that fills each.
 */
/** Score distribution: bands of 10 percentage points up to 150%, then one band above (as planCost.histogram). */
export const SCORE_BAND_WIDTH = 0.1;
export const SCORE_BAND_TOP = 1.5;

export interface ScoreBand {
  readonly label: string;
  /** Inclusive lower end; null for the first band (everything below its upper end). */
  readonly from: number | null;
  /** Exclusive upper end; null for the last band. */
  readonly to: number | null;
}

/** "< 10%", "10–20%", …, "140–150%", "≥ 150%": the bins of planCost.histogram. */
export function scoreBands(): ScoreBand[] {
  const n = Math.round(SCORE_BAND_TOP / SCORE_BAND_WIDTH);
  const pct = (x: number) => Math.round(x * 100);
  const bands: ScoreBand[] = [];
  for (let i = 0; i < n; i++) {
    const from = round(i * SCORE_BAND_WIDTH);
    const to = round((i + 1) * SCORE_BAND_WIDTH);
    bands.push(i === 0 ? { label: `< ${pct(to)}%`, from: null, to } : { label: `${pct(from)}–${pct(to)}%`, from, to });
  }
  bands.push({ label: `≥ ${pct(SCORE_BAND_TOP)}%`, from: SCORE_BAND_TOP, to: null });
  return bands;
}

/**
 * COUNTIFS over the score column. The bounds are joined to the operator with & so Excel turns
 * the number into text with the user's decimal separator (a literal ">=0.1" would not read as a
 * number in a locale that writes 0,1).
 */
export function bandFormula(score: string, from: number | null, to: number | null): string {
  const parts: string[] = [];
  if (from !== null) parts.push(`${score},">="&${from}`);
  if (to !== null) parts.push(`${score},"<"&${to}`);
  return `=COUNTIFS(${parts.join(",")})`;
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
