/*
 * The functions floor's messages in English: what reading Excel's arguments and handing back a
 * result can report (a range's shape, a cell that must be one cell, an error Excel cannot return).
 * `{name}` placeholders are filled by formatFunctionMessage (./index.ts); each message's Excel error
 * is in ../functionError.ts. The Chinese file has the same keys; a test fails on a key missing in
 * either language, a Chinese entry left in English or a key nothing uses.
 */
export const FUNCTION_MESSAGES_EN = {
  // Reading arguments
  notSingleCell: "{what} must be a single cell, not a range of {rows}×{cols}.",
  emptyRange: "{what} is an empty range.",
  shapeMismatch: "{what} is {shape} but {other} is {otherShape}; ranges must have the same shape, or be a single cell.",
  explainOneAmount: "EXPLAIN explains one payout: {what} must be a single cell.",
  scoreShape:
    "Weights are {weightsShape} but attainments are {shape}. Give one weight per attainment, or a row of weights with one attainment row per partner.",
  gateShape:
    "Gates are {otherShape} but actuals are {shape}. Give one gate per actual, or a row of gates with one actual row per partner.",
  directionsShape:
    "Directions are {otherShape} but there are {count} gates. Give one direction per gate, or one for all.",

  // Handing back a result
  resultNotFinite: "The result is too large to represent as a number.",
  inputErrorNotReturnable:
    "{what} holds the error {code}, which Excel does not let a custom function return. Correct the cell it comes from.",
  unexpected: "Unexpected problem: {reason}. Please report it with the formula's inputs.",
};

export type FunctionMessageId = keyof typeof FUNCTION_MESSAGES_EN;

/** The shape every language's file has: one template per message. */
export type FunctionMessages = Readonly<Record<FunctionMessageId, string>>;
