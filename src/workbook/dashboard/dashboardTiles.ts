/*
 * The dashboard's summary tiles: total payout, partners, the share at or above target, the
 * average score and attainments, gates missed — a label row over a row of formulas.
 */
import type { ProgramDefinition } from "../../engine";
import { fillLabel } from "../labels";
import { PERCENT, WHOLE_NUMBER } from "../numberFormats";
import { GridPlan, formula, text } from "../sheetPlan";
import { grid } from "./layout";
import type { ProgramRefs } from "./programRefs";

/** The tiles' label row at `labelRow` and their values in the row below it (zero-based). */
export function tileGrids(p: ProgramDefinition, r: ProgramRefs, labelRow: number): [GridPlan, GridPlan] {
  const c = r.columns;
  const w = r.show.dashboard;
  const sh = r.shownColumns;
  const money = r.money();
  const decimals = r.setting("decimals");
  const tiles: { label: string; formula: string; format: string }[] = [
    {
      label: fillLabel(w.totalTile, { payout: sh.payout }),
      formula: `=ROUND(SUM(${r.col(c.payout)}),${decimals})`,
      format: money,
    },
    { label: w.partnersTile, formula: `=SUMPRODUCT(--(${r.col(c.partner)}<>""))`, format: WHOLE_NUMBER },
    {
      label: w.atTargetTile,
      formula: `=IFERROR(COUNTIF(${r.col(c.score)},">=1")/COUNT(${r.col(c.score)}),"")`,
      format: PERCENT,
    },
    { label: w.averageScoreTile, formula: `=IFERROR(AVERAGE(${r.col(c.score)}),"")`, format: PERCENT },
    ...p.kpis.map((_, i) => ({
      label: fillLabel(w.averageTile, { attainment: sh.attainment[i] }),
      formula: `=IFERROR(AVERAGE(${r.col(c.attainment[i])}),"")`,
      format: PERCENT,
    })),
    { label: w.gatesMissedTile, formula: `=COUNTIF(${r.col(c.gateMet)},FALSE)`, format: WHOLE_NUMBER },
  ];
  const labels = grid(labelRow, 0, [tiles.map((t) => text(t.label))], { style: "caption" });
  const values = grid(labelRow + 1, 0, [tiles.map((t) => formula(t.formula))], {
    style: "tile",
    columnFormats: tiles.map((t) => t.format),
  });
  return [labels, values];
}
