/*
 * A checked snapshot cell's value (canonical text, "15168.83") as the pane shows numbers: money
 * with the program's currency, attainments and scores in percent, other numbers grouped.
 */
import { formatMoney, formatNumber, formatPercent } from "../shared/format";

/** The snapshot fields that hold money (engine/cycle/snapshotLayout.ts: the "money" columns). */
const MONEY = new Set([
  "payout",
  "netPrice",
  "adjustments",
  "carriedIn",
  "toPay",
  "carriedOut",
  "paidBefore",
  "recomputed",
  "adjustment",
]);

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

export interface MoneyFormat {
  readonly currency: string;
  readonly decimals: number;
}

/** The value of `field` for reading; text that is not a number (a name, a tier label) as stored. */
export function findingValue(field: string, text: string, money: MoneyFormat, locale: string): string {
  if (!NUMBER.test(text.trim())) return text;
  const n = Number(text);
  if (MONEY.has(field)) return formatMoney(n, money.currency, money.decimals, locale);
  if (field === "score" || /^kpi\d+\.attainment$/.test(field)) return formatPercent(n, 1, locale);
  return formatNumber(n, 6, locale);
}
