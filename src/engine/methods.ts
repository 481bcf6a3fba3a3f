import { IncentiveError, fail } from "./errors";
import { clip, isBlank, isErrorValue } from "./cell";

/** How a tier table turns a value into money (SPEC §2). */
export type Method = "marginal" | "retro" | "linear";

export const METHODS: readonly Method[] = ["marginal", "retro", "linear"];

/** The only names accepted for each method: vendors use other words for opposite things. */
export const METHOD_ALIASES: ReadonlyMap<string, Method> = new Map([
  ["marginal", "marginal"],
  ["graduated", "marginal"],
  ["incremental", "marginal"],
  ["retro", "retro"],
  ["retroactive", "retro"],
  ["flat", "retro"],
  ["linear", "linear"],
  ["interpolated", "linear"],
  ["pay curve", "linear"],
  // Chinese plan sheets write the method in Chinese (docs/glossary.md: 超额累进 / 全额累进, the pair of
  // 个人所得税). 累进 and 全额追溯 were written by earlier versions: still read, never written.
  ["超额累进", "marginal"],
  ["全额累进", "retro"],
  ["累进", "marginal"],
  ["全额追溯", "retro"],
  ["全额", "retro"],
  ["线性插值", "linear"],
  ["线性", "linear"],
]);

/** Reads a method name (case and extra spaces ignored); blank means `fallback`. */
export function parseMethod(v: unknown, fallback: Method = "marginal"): Method {
  if (isBlank(v)) return fallback;
  if (isErrorValue(v)) throw new IncentiveError("unknownMethod", { found: "an error value" }, v);
  if (typeof v !== "string") return fail("unknownMethod", { found: String(v) });
  const method = METHOD_ALIASES.get(v) ?? METHOD_ALIASES.get(v.trim().toLowerCase().replace(/\s+/g, " "));
  return method ?? fail("unknownMethod", { found: clip(v) });
}

/** Whether a KPI is better when higher (sales) or lower (days late). */
export type Direction = "higher" | "lower";

/** The names accepted for each direction; Chinese plan sheets write the Chinese ones. */
export const DIRECTION_ALIASES: ReadonlyMap<string, Direction> = new Map([
  ["higher", "higher"],
  ["lower", "lower"],
  ["越高越好", "higher"],
  ["越低越好", "lower"],
]);

export function parseDirection(v: unknown): Direction {
  if (isBlank(v)) return "higher";
  if (isErrorValue(v)) throw new IncentiveError("unknownDirection", { found: "an error value" }, v);
  const direction = DIRECTION_ALIASES.get(typeof v === "string" ? v.trim().toLowerCase() : "");
  if (direction) return direction;
  return fail("unknownDirection", { found: typeof v === "string" ? clip(v) : String(v) });
}
