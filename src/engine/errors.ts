import type { Language } from "./language";
import { MESSAGES, MessageId, formatMessage, type ErrorKind, type MessageParams } from "./messages";

/**
 * The one error type of the engine. It carries the Excel error kind and a message id from the
 * message table, so the message can be shown in any language the table has: `message` is the
 * English text (for logs and stack traces); what a user sees is `messageIn(language)`.
 */
export class IncentiveError extends Error {
  readonly kind: ErrorKind;
  readonly id: MessageId;
  readonly params: MessageParams;
  /** An error value that arrived as input (an Excel error in a cell), to be passed through unchanged. */
  readonly passthrough: unknown;

  constructor(id: MessageId, params: MessageParams = {}, passthrough?: unknown) {
    super(formatMessage(id, params, "en"));
    this.name = "IncentiveError";
    this.kind = MESSAGES[id].kind;
    this.id = id;
    this.params = params;
    this.passthrough = passthrough;
  }

  /** The message in `language`. */
  messageIn(language: Language): string {
    return formatMessage(this.id, this.params, language);
  }
}

export function fail(id: MessageId, params?: MessageParams): never {
  throw new IncentiveError(id, params);
}
