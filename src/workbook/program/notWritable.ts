/*
 * The refusal of a write: the program (or its edit) cannot be written as it is, and the message
 * says why in the user's words. Thrown before anything is written.
 */
/** The program cannot be written as it is; the message says why in the user's words. */
export class ProgramNotWritableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramNotWritableError";
  }
}
