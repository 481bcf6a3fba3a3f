/*
 * The functions' table: one entry per custom function (its id as Excel calls it, INCENTIVE.<id>),
 * with its help in English and Chinese and its arguments in order (name, kind, optional, the name
 * messages give it, help in both languages). Data only, no imports of the engine: the build reads
 * it (scripts/localizedMetadata.js) to write functions.zh-cn.json, and the functions read their
 * arguments by it (src/functions/args.ts). To add a function, see docs/architecture.md.
 */
import { KPI_FUNCTIONS } from "./kpiFunctions";
import { TIER_FUNCTIONS } from "./tierFunctions";
import type { ArgSpec, FunctionSpec } from "./types";

export type { ArgKind, ArgSpec, FunctionSpec } from "./types";

/** Every function, in the order of functions.ts. */
export const FUNCTION_TABLE = {
  PAYOUT: TIER_FUNCTIONS.PAYOUT,
  TIER: TIER_FUNCTIONS.TIER,
  RATE: TIER_FUNCTIONS.RATE,
  GAP: TIER_FUNCTIONS.GAP,
  ATTAINMENT: KPI_FUNCTIONS.ATTAINMENT,
  BONUS: KPI_FUNCTIONS.BONUS,
  SCORE: KPI_FUNCTIONS.SCORE,
  ONTIME: KPI_FUNCTIONS.ONTIME,
  PRICE: TIER_FUNCTIONS.PRICE,
  EXPLAIN: TIER_FUNCTIONS.EXPLAIN,
  GATE: KPI_FUNCTIONS.GATE,
} as const satisfies Record<string, FunctionSpec>;

export type FunctionId = keyof typeof FUNCTION_TABLE;

/** The translations functions.zh-cn.json is made from: per function, its help and each parameter's. */
export interface MetadataTranslations {
  [id: string]: { description: string; parameters: Record<string, string> };
}

/** The Chinese help of every function and parameter, as the build's localizer reads it. */
export function zhMetadata(): MetadataTranslations {
  const out: MetadataTranslations = {};
  for (const [id, spec] of Object.entries(FUNCTION_TABLE) as [string, FunctionSpec][]) {
    const parameters: Record<string, string> = {};
    for (const a of spec.args) parameters[a.name] = a.zh;
    out[id] = { description: spec.description.zh, parameters };
  }
  return out;
}

/** A function's arguments by parameter name. */
export function argsOf<Id extends FunctionId>(
  id: Id,
): { readonly [N in (typeof FUNCTION_TABLE)[Id]["args"][number]["name"]]: ArgSpec } {
  const out: Record<string, ArgSpec> = {};
  for (const a of FUNCTION_TABLE[id].args) out[a.name] = a;
  return out as { readonly [N in (typeof FUNCTION_TABLE)[Id]["args"][number]["name"]]: ArgSpec };
}
