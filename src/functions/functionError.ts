import type { ErrorKind, MessageParams } from "../engine";
import { formatFunctionMessage, type FunctionMessageId } from "./words";

/** The Excel error each of the functions' own messages becomes. */
const KIND: Readonly<Record<FunctionMessageId, ErrorKind>> = {
  notSingleCell: "value",
  emptyRange: "value",
  shapeMismatch: "value",
  explainOneAmount: "value",
  scoreShape: "value",
  gateShape: "value",
  directionsShape: "value",
  resultNotFinite: "num",
  inputErrorNotReturnable: "value",
  unexpected: "value",
};

/**
 * A failure of the functions floor itself (an argument of the wrong shape, a result Excel cannot
 * hold), as the engine's IncentiveError is the engine's: an Excel error kind and a message id
 * from the functions' words (`message` is English, for logs). toExcelError
 * (excelErrors.ts) turns both into Excel's error value, its message in the user's Excel language.
 */
export class FunctionError extends Error {
  readonly kind: ErrorKind;
  readonly id: FunctionMessageId;
  readonly params: MessageParams;

  constructor(id: FunctionMessageId, params: MessageParams = {}) {
    super(formatFunctionMessage(id, params, "en"));
    this.name = "FunctionError";
    this.kind = KIND[id];
    this.id = id;
    this.params = params;
  }
}

/** Throws the functions' own failure `id`. */
export function failArgument(id: FunctionMessageId, params?: MessageParams): never {
  throw new FunctionError(id, params);
}
