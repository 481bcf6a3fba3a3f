/*
 * The functions the generated formulas call that HyperFormula does not have, as one HyperFormula
 * function plugin, so test/formulas/evaluated.test.ts can compute a generated workbook:
 *
 *  - INCENTIVE.* — every function in the BUILT bundle (dist/functions.js, loaded on its own as
 *    Excel loads it, as test/functions/bundle.test.ts does), called through
 *    test/excel-model/customFunctions.ts's invokeCustomFunction with dist/functions.json: a
 *    "matrix" parameter gets a 2-D array, a left-out optional argument null, an error input only
 *    where allowErrorForDataTypeAny and type any allow it, a range over a scalar parameter is
 *    lifted cell by cell — the same code, called the same way, as in Excel.
 *    HyperFormula's function ids may contain dots (its own RANK.EQ-style names do): the ids are
 *    registered as INCENTIVE.PAYOUT etc. with the same name in the enGB translation.
 *  - FIXED(number, [decimals], [no_commas]) — rounded half away from zero at 15 significant
 *    digits (as Excel stores numbers), shown with that many decimals and thousands commas.
 *
 *  - RANK.EQ(number, ref, [order]), also over a range of numbers (one rank per cell, spilled).
 *
 * Left out: SORTBY. Even with it, the two formulas that call it (the dashboard's leaderboard and
 * largest payouts, topLists.ts leaderboardFormula / largestPayoutsFormula) cannot be
 * computed here: HyperFormula sizes every array result before computing it, and
 * INDEX(SORTBY(…),SEQUENCE(k),{1,2,…}) spills k rows, k known only from the data ("Resizing to
 * smaller array"); CHOOSE({1,2,…},col1,col2,…) is another array HyperFormula cannot return from a
 * vectorised call. Those cells evaluate to #NAME? here and evaluated.test.ts lists them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { invokeCustomFunction, isCellError } from "../excel-model/customFunctions";
import type { FunctionsJson } from "../excel-model/customFunctions";

const DIST = path.resolve(__dirname, "../../dist");

/** The bundle's functions by id, registered through CustomFunctions.associate as Excel's runtime would. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    ...(globalThis as unknown as { CustomFunctions: object }).CustomFunctions,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id.toUpperCase(), fn),
  };
  const context = vm.createContext({ CustomFunctions, console });
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return registered;
}

export const functionsJson: FunctionsJson = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
const bundle = loadBundle();

/** Every INCENTIVE.* call made, so a test can see the functions were really reached. */
export const incentiveCalls = new Map<string, number>();

const CODE_OF: Partial<Record<string, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
};
const TYPE_OF: Record<string, ErrorType> = Object.fromEntries(
  Object.entries(CODE_OF).map(([type, code]) => [code, type as ErrorType]),
);

/** An HF value as Excel hands it to a custom function: numbers, text, booleans, "" for a blank, { code } for an error. */
function toExcel(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError)
    return { code: CODE_OF[v.type] ?? "#VALUE!", ...(v.message ? { message: v.message } : {}) };
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // HF's rich numbers (dates, %)
  return v;
}

/** What the custom function returned, as an HF cell value; a spilled result only where its size was predicted (EXPLAIN). */
function fromExcel(v: unknown, name: string, spills = false): any {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return fromExcel(v[0][0], name);
    if (spills) return SimpleRangeValue.onlyValues(v.map((row: unknown[]) => row.map((x) => fromExcel(x, name))));
    return new CellError(ErrorType.VALUE, `${name} returned ${v.length} rows: spilling is not modelled here`);
  }
  if (isCellError(v)) return new CellError(TYPE_OF[v.code] ?? ErrorType.VALUE, v.message);
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === "number" && !Number.isFinite(v)) return new CellError(ErrorType.NUM);
  return v;
}

/** Excel's ROUND: half away from zero, on the number as Excel stores it (15 significant digits). */
export function excelRound(n: number, decimals: number): number {
  const stored = Number(n.toPrecision(15));
  const f = Math.pow(10, decimals);
  const scaled = Number((Math.abs(stored) * f).toPrecision(15));
  return (Math.sign(stored) * Math.round(scaled)) / f;
}

const INCENTIVE = functionsJson.functions.map((f) => f.id.toUpperCase());

export class IncentivePlugin extends FunctionPlugin {
  static implementedFunctions: Record<string, any> = {
    ...Object.fromEntries(
      functionsJson.functions.map((f) => [
        `INCENTIVE.${f.id.toUpperCase()}`,
        {
          method: "incentive",
          // EXPLAIN spills: HyperFormula sizes a spill before computing it (explainSize).
          ...(f.result?.dimensionality === "matrix" && f.id.toUpperCase() === "EXPLAIN"
            ? { sizeOfResultArrayMethod: "explainSize" }
            : {}),
          parameters: f.parameters.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
          vectorizationForbidden: true,
          enableArrayArithmeticForArguments: true,
        },
      ]),
    ),
    "RANK.EQ": {
      method: "rankEq",
      sizeOfResultArrayMethod: "rankEqSize",
      vectorizationForbidden: true,
      enableArrayArithmeticForArguments: true,
      parameters: [
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
    FIXED: {
      method: "fixed",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  incentive(ast: any, state: any): any {
    const id = String(ast.procedureName)
      .replace(/^INCENTIVE\./i, "")
      .toUpperCase();
    const fn = bundle.get(id);
    if (!fn) return new CellError(ErrorType.NAME, `the bundle has no ${id}`);
    let args: unknown[];
    try {
      args = (ast.args as any[]).map((a) => {
        if (a.type === "EMPTY") return undefined;
        const v = this.evaluateAst(a, state);
        return v instanceof SimpleRangeValue ? v.rawData().map((row) => row.map(toExcel)) : toExcel(v);
      });
    } catch (e) {
      // HyperFormula cannot compute an argument (e.g. a vectorised function returning an array).
      return new CellError(ErrorType.ERROR, `HyperFormula: ${(e as Error).message}`);
    }
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    incentiveCalls.set(id, (incentiveCalls.get(id) ?? 0) + 1);
    let result: unknown;
    try {
      result = invokeCustomFunction(functionsJson, fn, id, args);
    } catch (e) {
      // Excel refuses such a formula when it is entered: surface it as an error that names it.
      return new CellError(ErrorType.ERROR, (e as Error).message);
    }
    return fromExcel(result, `INCENTIVE.${id}`, id === "EXPLAIN");
  }

  /**
   * EXPLAIN's spill: a header, a row per tier touched (at most every tier and the part below the
   * first, or credited before) and a total, six columns. HyperFormula pads a smaller result with
   * blanks, which is what Excel shows in the cells a shorter spill leaves empty.
   */
  explainSize(ast: any, state: any): ArraySize {
    const tiers = ast.args[1];
    const height = tiers ? this.arraySizeForAst(tiers, state).height : 1;
    return new ArraySize(6, height + 3);
  }

  /**
   * RANK.EQ(number, ref, [order]): 1 + how many numbers in ref are greater (smaller for a non-zero
   * order); #N/A when number is not among them, #VALUE! when it is not a number; over a range of
   * numbers, one rank per cell (spilled), as Excel's dynamic arrays give
   * (https://support.microsoft.com/office/rank-eq-function-284858ce-8ef6-450e-b662-26245be04a40).
   */
  rankEq(ast: any, state: any): any {
    const value = (a: any) => (a && a.type !== "EMPTY" ? this.evaluateAst(a, state) : undefined);
    const [x, ref, order] = ast.args.map(value);
    if (ref instanceof CellError) return ref;
    const refCells: unknown[] = ref instanceof SimpleRangeValue ? ref.rawData().flat() : [ref];
    const numbers = refCells.map(toExcel).filter((v): v is number => typeof v === "number");
    const descending = order === undefined || toExcel(order) === 0 || toExcel(order) === "";
    const rank = (v: unknown): unknown => {
      const n = toExcel(v);
      if (isCellError(n)) return fromExcel(n, "RANK.EQ");
      if (typeof n !== "number") return new CellError(ErrorType.VALUE);
      if (!numbers.includes(n)) return new CellError(ErrorType.NA);
      return 1 + numbers.filter((m) => (descending ? m > n : m < n)).length;
    };
    if (x instanceof SimpleRangeValue) {
      const ranks = x.rawData().map((row) => row.map(rank));
      return ranks.length === 1 && ranks[0].length === 1 ? ranks[0][0] : SimpleRangeValue.onlyValues(ranks as any);
    }
    return rank(x);
  }

  rankEqSize(ast: any, state: any): ArraySize {
    return this.arraySizeForAst(ast.args[0], state);
  }

  fixed(ast: any, state: any): any {
    return this.runFunction(ast.args, state, this.metadata("FIXED"), (n: number, d: number, noCommas: boolean) => {
      const decimals = Math.trunc(d);
      const r = excelRound(n, decimals);
      return r.toLocaleString("en-US", {
        minimumFractionDigits: Math.max(0, decimals),
        maximumFractionDigits: Math.max(0, decimals),
        useGrouping: !noCommas,
      });
    });
  }
}

/*
 * XLOOKUP returns a reference in Excel: XLOOKUP(…)="" is TRUE for a blank cell, as A1="" is, and
 * IF(cap="","",cap) passes the blank on. HyperFormula 3.5 turns a blank it finds into 0 (its
 * LookupPlugin.zeroIfEmptyResult, for VLOOKUP's sake), which would read a blank Cap setting as a
 * cap of 0 and a blank Gate as a gate of 0. Here XLOOKUP keeps the blank; nothing else changes.
 */
const lookupPlugin = (HyperFormula as any).getFunctionPlugin("XLOOKUP").prototype;
const doXlookup = lookupPlugin.doXlookup;
lookupPlugin.doXlookup = function (this: any, ...args: unknown[]) {
  this.zeroIfEmptyResult = (v: unknown) => v;
  try {
    return doXlookup.apply(this, args);
  } finally {
    delete this.zeroIfEmptyResult;
  }
};

export const PLUGIN_NAMES = [...INCENTIVE.map((id) => `INCENTIVE.${id}`), "RANK.EQ", "FIXED"];

let registered = false;
/** Registers the plugin once per HyperFormula module (jest gives each test file its own). */
export function registerIncentivePlugin(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(IncentivePlugin, {
    enGB: Object.fromEntries(PLUGIN_NAMES.map((n) => [n, n])),
  });
  registered = true;
}

export { ArraySize };
