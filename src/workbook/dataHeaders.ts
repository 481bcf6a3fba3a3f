import type { ProgramDefinition } from "../engine";
import { SheetLabels, fillLabel } from "./labels";
import { labelsOf } from "./planTables";
import type { DataHeaders } from "./programFormulas";

/** Headers unique within one table, compared as Excel does (ignoring case): a repeat gets " (2)". */
export class HeaderNamer {
  private readonly taken = new Set<string>();
  take(wanted: string): string {
    for (let n = 1; ; n++) {
      const header = n === 1 ? wanted : `${wanted} (${n})`;
      if (!this.taken.has(header.toLowerCase())) {
        this.taken.add(header.toLowerCase());
        return header;
      }
    }
  }
}

/** Every header of a program's data table, identity columns included. */
export type DataColumns = DataHeaders & { readonly partnerId: string; readonly partner: string };

/**
 * The data table's headers a program gets, in the table's order. The one naming rule that
 * describeProgram writes by and the dashboard, statements, explain and updateProgram read by.
 * In the program's sheet language by default; the dashboard and statements also ask for their
 * own language's headers, to show them (their formulas always read the program's).
 */
export function dataHeaders(
  p: ProgramDefinition,
  n = new HeaderNamer(),
  labels: SheetLabels = labelsOf(p),
): DataColumns {
  const h = labels.data.headers;
  const currency = { currency: p.currency };
  const partnerId = n.take(h.partnerId);
  const partner = n.take(h.partner);
  const actual = p.kpis.map((k) => n.take(k.name.trim()));
  const target = p.kpis.map((k) =>
    k.targetMode === "perPartner" ? n.take(fillLabel(h.target, { kpi: k.name.trim() })) : null,
  );
  const attainment = p.kpis.map((k) => n.take(fillLabel(h.attainment, { kpi: k.name.trim() })));
  const score = n.take(h.score);
  const gateMet = n.take(h.gateMet);
  const tier = n.take(h.tier);
  const payout = n.take(fillLabel(p.payKind === "discount" ? h.discount : h.payout, currency));
  const netPrice = p.payKind === "discount" ? n.take(fillLabel(h.netPrice, currency)) : null;
  return { partnerId, partner, actual, target, attainment, score, gateMet, tier, payout, netPrice };
}
