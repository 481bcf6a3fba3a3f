import type { ProgramDefinition } from "../engine";
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
 */
export function dataHeaders(p: ProgramDefinition, n = new HeaderNamer()): DataColumns {
  const partnerId = n.take("Partner ID");
  const partner = n.take("Partner");
  const actual = p.kpis.map((k) => n.take(k.name.trim()));
  const target = p.kpis.map((k) => (k.targetMode === "perPartner" ? n.take(`${k.name.trim()} target`) : null));
  const attainment = p.kpis.map((k) => n.take(`${k.name.trim()} attainment`));
  const score = n.take("Score");
  const gateMet = n.take("Gate met");
  const tier = n.take("Tier");
  const payout = n.take(p.payKind === "discount" ? `Discount (${p.currency})` : `Payout (${p.currency})`);
  const netPrice = p.payKind === "discount" ? n.take(`Net price (${p.currency})`) : null;
  return { partnerId, partner, actual, target, attainment, score, gateMet, tier, payout, netPrice };
}
