/* global CustomFunctions */
import {
  ErrorKind,
  IncentiveError,
  Language,
  MessageId,
  MessageParams,
  Problem,
  formatMessage,
  notNumberProblem,
} from "../engine";
import { FunctionError } from "./functionError";
import { functionsLanguage } from "./language";
import { FUNCTION_TABLE, type FunctionSpec } from "./table";
import { formatFunctionMessage, type FunctionMessageId } from "./words";

/** Each argument's name in messages, English to Chinese, from the functions' table. */
const ZH_NAMES: ReadonlyMap<string, string> = new Map(
  (Object.values(FUNCTION_TABLE) as FunctionSpec[]).flatMap((spec) =>
    spec.args.map((a) => [a.label.en, a.label.zh] as const),
  ),
);

/** The placeholders that carry an argument's name. */
const NAMED = ["what", "other"] as const;

/**
 * An engine message as the functions show it: in Chinese, an argument named in it takes its
 * Chinese name from the functions' table (the engine translates the rest of its own words).
 */
export function functionsMessage(id: MessageId, params: MessageParams, language: Language): string {
  return formatMessage(id, namedIn(params, language), language);
}

/** One of the functions' own messages, its argument names worded as in functionsMessage. */
export function ownMessage(id: FunctionMessageId, params: MessageParams, language: Language): string {
  return formatFunctionMessage(id, namedIn(params, language), language);
}

/** The params with each argument name in `language` (the table's Chinese name). */
function namedIn(params: MessageParams, language: Language): MessageParams {
  if (language !== "zh") return params;
  let named: MessageParams | null = null;
  for (const key of NAMED) {
    const value = params[key];
    const zh = typeof value === "string" ? ZH_NAMES.get(value) : undefined;
    if (zh !== undefined) (named ??= { ...params })[key] = zh;
  }
  return named ?? params;
}

/** What a failed cell becomes: Excel's error value with the engine's message. */
export type ExcelError = CustomFunctions.Error;

// The ErrorCode enum's values, written out so this module loads before Office's runtime does.
const CODE_OF_KIND = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
} as Record<ErrorKind, CustomFunctions.ErrorCode>;

/** An Excel error value that arrived as input, recognised by its error code. */
export function isExcelError(v: unknown): v is ExcelError {
  return (
    v instanceof CustomFunctions.Error ||
    (typeof v === "object" && v !== null && typeof (v as ExcelError).code === "string")
  );
}

/**
 * The error code ("#N/A") of an error value that arrived in an input cell, or undefined for
 * anything else. Microsoft's pages say that errors reach a function whose metadata allows them
 * (allowErrorForDataTypeAny), not in what shape, so both shapes the runtime has are read: a
 * CustomFunctions.Error ({ code }) and a data-type error cell value ({ type: "Error", basicValue }),
 * which functions.json's allowCustomDataForDataTypeAny may bring.
 */
export function inputErrorCode(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const { code, type, basicValue } = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string") return code;
  if (type === "Error" && typeof basicValue === "string") return basicValue;
  return undefined;
}

/**
 * Codes a custom function may return. #REF! and #NAME? reach a function as input but are "not
 * supported as a custom function output error"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
const RETURNABLE_CODES: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/**
 * An input error value passed through as the result of its row: the very value when Excel can
 * show it, the same code for a data-type error, and #VALUE! naming the cell's error otherwise.
 */
function passThrough(input: unknown, e: IncentiveError): ExcelError | null {
  const code = inputErrorCode(input);
  if (code === undefined) return null;
  if (RETURNABLE_CODES.has(code)) {
    return isExcelError(input) ? input : new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  }
  return new CustomFunctions.Error(
    CODE_OF_KIND.value,
    ownMessage("inputErrorNotReturnable", { what: inputName(e), code }, functionsLanguage()),
  );
}

/** What the failed read was about, for the message: the argument, or the tier table's row. */
function inputName(e: IncentiveError): string {
  if (typeof e.params.what === "string") return e.params.what;
  if (e.id === "unknownMethod") return "Method";
  if (e.id === "unknownDirection") return "Direction";
  if (e.params.row !== undefined) return `Tier table row ${e.params.row}`;
  return "An input cell";
}

/**
 * Turns anything thrown into an Excel error: engine errors and the functions' own keep their kind
 * and message, error values that came in as input pass through unchanged, and a bug becomes
 * #VALUE! with a message rather than escaping.
 */
export function toExcelError(e: unknown): ExcelError {
  if (e instanceof FunctionError) {
    return new CustomFunctions.Error(CODE_OF_KIND[e.kind], ownMessage(e.id, e.params, functionsLanguage()));
  }
  if (e instanceof IncentiveError) {
    // No passthrough (undefined) reads as no input error code: passThrough gives null.
    const passed = passThrough(e.passthrough, e);
    return (
      passed ?? new CustomFunctions.Error(CODE_OF_KIND[e.kind], functionsMessage(e.id, e.params, functionsLanguage()))
    );
  }
  if (isExcelError(e)) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CODE_OF_KIND.value, ownMessage("unexpected", { reason }, functionsLanguage()));
}

/**
 * A cell's failure from its value and the call's context, described only when its message is read.
 * Must be pure: it may run long after the call, or never.
 */
export type Describe = (value: unknown, context: unknown) => Problem;

const CELL = Symbol("cell");
const CONTEXT = Symbol("context");
const MESSAGE = Symbol("message");

type LazyErrorClass = new (value: unknown, context: unknown) => ExcelError;

let lazyBase: unknown = null;
/** One class per describe, language and code: each error value then holds only its cell and context. */
const lazyClasses = new Map<Describe, Record<string, Record<string, LazyErrorClass>>>();

/**
 * Error values for a column of bad cells (SPEC §3.1: an error per cell is a value, not an
 * exception). Making a CustomFunctions.Error runs Error's constructor, which records a stack
 * (microseconds a cell), and formatting its message is as much again; a column of 100,000
 * numbers stored as text paid both for every cell. These are CustomFunctions.Error instances
 * made without that constructor: their prototype is a real error value of the same code (so
 * everything Excel's runtime reads — code, type, toJSON — comes from it), and the message is
 * formatted when first read, in the language of the call, then kept. What Excel receives is the
 * same code and message as `toExcelError` of the engine's error for that cell.
 */
function lazyErrorClass(code: CustomFunctions.ErrorCode, describe: Describe, language: Language): LazyErrorClass {
  if (lazyBase !== CustomFunctions.Error) {
    lazyClasses.clear();
    lazyBase = CustomFunctions.Error;
  }
  let byLanguage = lazyClasses.get(describe);
  if (byLanguage === undefined) lazyClasses.set(describe, (byLanguage = {}));
  const byCode = byLanguage[language] ?? (byLanguage[language] = {});
  let found = byCode[code];
  if (found === undefined) {
    class LazyCellError {
      declare [CELL]: unknown;
      declare [CONTEXT]: unknown;
      declare [MESSAGE]: string | undefined;

      constructor(value: unknown, context: unknown) {
        this[CELL] = value;
        this[CONTEXT] = context;
        this[MESSAGE] = undefined;
      }

      get message(): string {
        let message = this[MESSAGE];
        if (message === undefined) {
          const { id, params } = describe(this[CELL], this[CONTEXT]);
          message = this[MESSAGE] = functionsMessage(id, params, language);
        }
        return message;
      }
    }
    // code, type and the rest are the template's own properties, read through the prototype.
    Object.setPrototypeOf(LazyCellError.prototype, new CustomFunctions.Error(code));
    found = byCode[code] = LazyCellError as unknown as LazyErrorClass;
  }
  return found;
}

/** A cell's error value of `kind`, its message described from the cell's value when read. */
export function cellError(kind: ErrorKind, describe: Describe, value: unknown, context?: unknown): ExcelError {
  const LazyError = lazyErrorClass(CODE_OF_KIND[kind], describe, functionsLanguage());
  return new LazyError(value, context);
}

/**
 * What a value cell that is not a finite number gives where a number is needed: the error
 * `readNumber(v, what)` fails with, as a value. An error value from the input passes through.
 */
export function notNumberError(v: unknown, what: string): ExcelError {
  if (typeof v === "object" && v !== null) return toExcelError(new IncentiveError("unreadableCell", { what }, v));
  return cellError(typeof v === "number" ? "num" : "value", describeNotNumber, v, what);
}

const describeNotNumber: Describe = (v, what) => notNumberProblem(v, what as string);
