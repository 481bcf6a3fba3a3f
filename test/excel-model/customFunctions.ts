/*
 * Calling a custom function the way Excel does, from its functions.json metadata
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json):
 *
 *  - Dimensionality: a "matrix" parameter always receives a 2-D array (a single value arrives as
 *    [[value]]); a "scalar" parameter receives one value. A range given to a scalar parameter is
 *    lifted: the function runs once per cell and the results spill (Excel's array evaluation of a
 *    function that takes a single value; 1×1 arguments repeat, cells past a smaller argument get
 *    #N/A).
 *  - An optional argument that is left out arrives as null
 *    (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 *  - Error inputs (#N/A, #DIV/0! …) reach the function only where the metadata has
 *    allowErrorForDataTypeAny: true and the parameter's type is "any"; otherwise Excel does not
 *    call the function and the cell shows the input's error
 *    (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as
 *    custom function inputs"; custom-functions-json, allowErrorForDataTypeAny).
 *  - Results: a thrown CustomFunctions.Error becomes that error; any other exception #VALUE!. A
 *    custom message shows only with #VALUE! and #N/A; #REF! and #NAME? are input errors only,
 *    "not supported as a custom function output error" (custom-functions-errors): the helper
 *    throws if a function returns one, so a test sees it.
 */

export interface CustomFunctionParameter {
  name: string;
  type?: "any" | "number" | "string" | "boolean";
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface CustomFunctionMetadata {
  id: string;
  name: string;
  parameters: CustomFunctionParameter[];
  result?: { dimensionality?: "scalar" | "matrix"; type?: string };
  options?: Record<string, unknown>;
}

export interface FunctionsJson {
  allowErrorForDataTypeAny?: boolean;
  functions: CustomFunctionMetadata[];
}

/** An Excel error value as a cell holds it (and as CustomFunctions.Error carries it). */
export interface CellError {
  code: string;
  message?: string;
}

/** Excel's error values. */
export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);
const NOT_RETURNABLE = new Set(["#REF!", "#NAME?"]);

/** An error value to pass as an argument: excelError("#N/A"). */
export function excelError(code: string, message?: string): CellError {
  if (!ERROR_CODES.includes(code)) throw new Error(`${code} is not an Excel error value`);
  return message === undefined ? { code } : { code, message };
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as CellError).code === "string";
}

/** An argument as a formula passes it: a value, an error, a 2-D range, or undefined (left out). */
export type Argument = unknown;

function firstError(v: unknown): CellError | null {
  if (isCellError(v)) return v;
  if (Array.isArray(v)) for (const row of v) for (const x of Array.isArray(row) ? row : [row]) if (isCellError(x)) return x;
  return null;
}

function asMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v]];
}

/** The result as the cell shows it (see the rules above). */
function shown(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(shown) : shown(row)));
  if (isCellError(v)) {
    if (NOT_RETURNABLE.has(v.code))
      throw new Error(`A custom function can't return ${v.code}: it is an input error only (custom-functions-errors).`);
    return MESSAGE_CODES.has(v.code) && v.message ? { code: v.code, message: v.message } : { code: v.code };
  }
  return v;
}

function caught(e: unknown): CellError {
  return isCellError(e) ? e : { code: "#VALUE!" };
}

/**
 * Calls `implementation` (the function's JavaScript) as Excel would for =NAMESPACE.ID(args…),
 * with the metadata in `functionsJson` (dist/functions.json). Arguments left out are undefined
 * (or missing at the end). Returns what the cell shows: a value, a 2-D array, or { code, message }.
 */
export function invokeCustomFunction(
  functionsJson: FunctionsJson,
  implementation: (...args: unknown[]) => unknown,
  id: string,
  args: Argument[],
): unknown {
  const meta = functionsJson.functions.find((f) => f.id.toUpperCase() === id.toUpperCase());
  if (!meta) return { code: "#NAME?" };
  const params = meta.parameters;
  const repeating = params.length > 0 && params[params.length - 1].repeating;
  if (!repeating && args.length > params.length)
    throw new Error(`Excel refuses the formula: ${meta.name} takes at most ${params.length} arguments, not ${args.length}.`);
  const paramAt = (i: number) => params[Math.min(i, params.length - 1)];
  const count = repeating ? Math.max(args.length, params.length) : params.length;
  const prepared: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const p = paramAt(i);
    const a = args[i];
    if (a === undefined || a === null) {
      if (!p.optional && !(repeating && i >= params.length - 1))
        throw new Error(`Excel refuses the formula: ${meta.name}'s ${p.name} is required.`);
      prepared.push(null);
      continue;
    }
    // A range lifted over a scalar parameter is checked cell by cell below.
    const liftable = (p.dimensionality ?? "scalar") === "scalar" && Array.isArray(a) && asMatrix(a).flat().length > 1;
    if (!errorsAllowedFor(functionsJson, p) && !liftable) {
      const e = firstError(a);
      if (e) return shown(e);
    }
    prepared.push(a);
  }
  // Dimensionality: matrix parameters get 2-D arrays; multi-cell arguments to scalar ones are lifted.
  const lifted: number[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = paramAt(i);
    if (prepared[i] === null) continue;
    if ((p.dimensionality ?? "scalar") === "matrix") prepared[i] = asMatrix(prepared[i]);
    else if (Array.isArray(prepared[i])) {
      const m = asMatrix(prepared[i]);
      if (m.length === 1 && m[0].length === 1) prepared[i] = m[0][0];
      else {
        prepared[i] = m;
        lifted.push(i);
      }
    }
  }
  const call = (values: unknown[]): unknown => {
    let r: unknown;
    try {
      r = implementation(...values);
    } catch (e) {
      return shown(caught(e));
    }
    if (r && typeof (r as Promise<unknown>).then === "function")
      return (r as Promise<unknown>).then(shown, (e: unknown) => shown(caught(e)));
    return shown(r);
  };
  if (!lifted.length) return call(prepared);
  const rowsN = Math.max(...lifted.map((i) => (prepared[i] as unknown[][]).length));
  const colsN = Math.max(...lifted.map((i) => (prepared[i] as unknown[][])[0].length));
  const out: unknown[][] = [];
  for (let r = 0; r < rowsN; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < colsN; c++) {
      const values = prepared.slice();
      let outside = false;
      for (const i of lifted) {
        const m = prepared[i] as unknown[][];
        const x = m.length === 1 && m[0].length === 1 ? m[0][0] : m[r]?.[c];
        if (x === undefined) outside = true;
        values[i] = x;
      }
      const cellError = lifted
        .map((i) => (isCellError(values[i]) && !errorsAllowedFor(functionsJson, paramAt(i)) ? values[i] : null))
        .find((x) => x !== null);
      row.push(outside ? { code: "#N/A" } : cellError ? shown(cellError) : call(values));
    }
    out.push(row);
  }
  return out;
}

function errorsAllowedFor(functionsJson: FunctionsJson, p: CustomFunctionParameter): boolean {
  return functionsJson.allowErrorForDataTypeAny === true && (p.type ?? "any") === "any";
}
