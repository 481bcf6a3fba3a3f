/*
 * The results table's columns that read the user's table or range (partner ID, partner name,
 * each KPI's actual and per-partner target), as INDEX formulas by Source row. One rule for
 * describeProgram (creating) and updateProgram (editing), so the two cannot drift apart.
 */
import type { ProgramDefinition } from "../engine";
import type { DataColumns } from "./dataHeaders";
import { ResolvedSource, sourceColumn } from "./existingSource";
import { cellAtRowOf } from "./formulas";
import { GENERAL, kpiFormat } from "./numberFormats";

export interface FollowedColumn {
  readonly header: string;
  readonly formula: string;
  readonly numberFormat: string;
}

export function followedColumns(
  p: ProgramDefinition,
  h: DataColumns,
  source: ResolvedSource,
  sourceRowHeader: string,
): FollowedColumn[] {
  const follow = (header: string, column: string, numberFormat: string): FollowedColumn => ({
    header,
    formula: `=${cellAtRowOf(sourceColumn(source, column), sourceRowHeader)}`,
    numberFormat,
  });
  return [
    follow(h.partnerId, source.partner, GENERAL),
    follow(h.partner, source.partnerName, GENERAL),
    ...p.kpis.map((k, i) => follow(h.actual[i], source.kpis[i], kpiFormat(k, p))),
    ...p.kpis.flatMap((k, i) => {
      const header = h.target[i];
      const column = source.targets[i];
      return header === null || column === null ? [] : [follow(header, column, kpiFormat(k, p))];
    }),
  ];
}
