/*
 * The shape of one function's entry in the functions' table (src/functions/table/): what Excel
 * shows for it (the English help is also its JSDoc in functions.ts, kept in step by
 * test/functions/table.test.ts) and how each argument is read: its kind. Each impl/ file picks
 * the reader of src/functions/args.ts for the kind; test/functions/argKinds.test.ts checks that
 * every argument is read as its kind says.
 */

/**
 * How an argument is read; one reader for each in src/functions/args.ts.
 *
 * - values: a cell or a range of numbers; a single cell pairs with every cell of the result.
 * - tiers: a tier table (lower bound, rate, optional label per row).
 * - target: optional cell or range of positive targets that tier bounds are fractions of.
 * - prior: optional cell or range already credited (blank is 0).
 * - method: "marginal", "retro" or "linear" (blank is marginal).
 * - direction: "higher" or "lower" (blank is higher).
 * - limit: one non-negative number; omitted or blank is no limit.
 * - block: a whole range read at once (SCORE's attainments and weights).
 * - dates: a cell or a range of Excel dates.
 * - date: one Excel date; blank is today.
 * - days: one non-negative number of days; blank is 0.
 */
export type ArgKind =
  "values" | "tiers" | "target" | "prior" | "method" | "direction" | "limit" | "block" | "dates" | "date" | "days";

export interface ArgSpec {
  /** The parameter's name in functions.ts and functions.json (what autocomplete shows). */
  readonly name: string;
  readonly kind: ArgKind;
  /** Marked [name] in the JSDoc: Excel may leave it out (it then arrives as null). */
  readonly optional: boolean;
  /**
   * The argument as error messages name it ("Amount", 金额). The engine's messages put the
   * English name into Chinese themselves (src/engine/messages.ts); the table's test checks they
   * give this zh.
   */
  readonly label: { readonly en: string; readonly zh: string };
  /** The parameter's help in English: exactly its @param text in functions.ts. */
  readonly en: string;
  /** The parameter's help in Simplified Chinese (functions.zh-cn.json). */
  readonly zh: string;
}

export interface FunctionSpec {
  /** What the function does: exactly the first line of its JSDoc (en), and in Chinese (zh). */
  readonly description: { readonly en: string; readonly zh: string };
  /** Its arguments, in order; optional ones last. */
  readonly args: readonly ArgSpec[];
}
