import { IncentiveError } from "../engine";
import { accessDeniedReason } from "./protection/protectionMessage";
import { formatMessage, workbookLanguage } from "./words";

/*
 * A write that failed or was refused. The message is meant for the user as it is; `restored`
 * says whether the workbook was brought back to its state before the write (so the write may be
 * tried again safely), and `cause` keeps Excel's own error for the code that decides what to do.
 */
export interface WorkbookWriteErrorDetails {
  /** Excel's error (an OfficeExtension.Error) or whatever the write failed with. */
  readonly cause?: unknown;
  /** True when everything this write had changed was taken back. */
  readonly restored?: boolean;
}

export class WorkbookWriteError extends Error {
  readonly cause: unknown;
  readonly restored: boolean;

  constructor(message: string, details: WorkbookWriteErrorDetails = {}) {
    super(message);
    this.name = "WorkbookWriteError";
    this.cause = details.cause;
    this.restored = details.restored === true;
  }
}

/** Excel's error code of a failure (OfficeExtension.Error.code), looking through `cause`. */
export function excelErrorCode(e: unknown): string | null {
  for (let at = e, depth = 0; at && depth < 5; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    at = (at as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * True for Excel's UndoNotSupported: a grouped run (mergeUndoGroup) called an API that cannot be
 * undone, or Excel refused to group a large write (OfficeDev/office-js issue 6491).
 */
export function isUndoNotSupported(e: unknown): boolean {
  if (excelErrorCode(e) === "UndoNotSupported") return true;
  for (let at = e, depth = 0; at && depth < 5; depth++) {
    if (at instanceof Error && /\bUndoNotSupported\b/.test(at.message)) return true;
    at = (at as { cause?: unknown }).cause;
  }
  return false;
}

/** Why a write failed, as a clause for a message: Excel's words, never a bare error code. */
export function failureReason(e: unknown): string {
  if (isUndoNotSupported(e)) return formatMessage("undoNotSupportedReason");
  const excel = userText(e).trim().replace(/\.$/, "") || formatMessage("unknownError");
  // Excel's own words for a write into a protected sheet say nothing of protection.
  return (e as { code?: unknown } | null)?.code === "AccessDenied" ? accessDeniedReason(excel) : excel;
}

/** An error's text for the user: an engine error in the workbook's language (its `message` is English, for logs). */
export function userText(e: unknown): string {
  if (e instanceof IncentiveError) return e.messageIn(workbookLanguage());
  return e instanceof Error ? e.message : typeof e === "string" ? e : "";
}

/**
 * Runs the reads a write makes before it writes anything. Excel's UndoNotSupported there (a test
 * can inject it at any sync) becomes a WorkbookWriteError that says nothing was changed, so the
 * write runner may run the write again without grouping; other failures pass as they are.
 */
export async function beforeWriting<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (!isUndoNotSupported(e)) throw e;
    throw new WorkbookWriteError(failureReason(e), { cause: e, restored: true });
  }
}
