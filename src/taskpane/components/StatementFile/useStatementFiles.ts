/*
 * Opening partners' statement files: one partner's, or every partner's one after another with a
 * Stop between two, after a confirmation above a handful of windows (each file is a window of
 * its own). The partners are read once per walk (WorkbookService.statementFiles); each file is
 * made and opened only after the one before was taken by Excel.
 */
import * as React from "react";
import { errorMessage, type SheetLanguage, type WorkbookService } from "../../services/WorkbookService";

/** Windows opened without asking first; above this the pane asks (each file is a window of its own). */
export const CONFIRM_ABOVE = 5;

/** What is happening, not its words: the view says it in the pane's language. */
export type FileStatus =
  | { phase: "idle" }
  /** Every partner's, above CONFIRM_ABOVE: waiting for the user to confirm. */
  | { phase: "confirming"; total: number }
  /** `done` files opened of `total`; `partner` is the one being made (null while the partners are read). */
  | { phase: "opening"; partner: string | null; done: number; total: number; every: boolean; stopping: boolean }
  | { phase: "opened"; partner: string; sheet: string }
  | { phase: "allOpened"; total: number }
  | { phase: "stopped"; done: number; total: number }
  | { phase: "failed"; message: string; partner: string | null; done: number; total: number; every: boolean };

export interface StatementFilesControl {
  readonly status: FileStatus;
  readonly busy: boolean;
  /** Opens the statement file of the partner at `which` (its index in readPartnerInputs). */
  openOne(which: number, partner: string): void;
  /** Every partner's, one after another; asks first when there are more than CONFIRM_ABOVE. */
  openEvery(partners: number): void;
  confirm(): void;
  cancel(): void;
  /** Stops after the file being opened now. */
  stop(): void;
}

const nameOf = (p: { id: string; name: string }) => p.name || p.id;

export function useStatementFiles(
  service: WorkbookService,
  key: string,
  language: SheetLanguage | null,
): StatementFilesControl {
  const [status, setStatus] = React.useState<FileStatus>({ phase: "idle" });
  const live = React.useRef(true);
  const stopAsked = React.useRef(false);
  React.useEffect(() => {
    live.current = true;
    return () => {
      // A closed panel stops the walk after the file being opened.
      live.current = false;
      stopAsked.current = true;
    };
  }, []);
  const show = (s: FileStatus) => live.current && setStatus(s);
  const files = () => (language ? service.statementFiles(key, { language }) : service.statementFiles(key));

  const openOne = (which: number, partner: string) => {
    show({ phase: "opening", partner, done: 0, total: 1, every: false, stopping: false });
    files()
      .then((f) => f.openFile(which))
      .then(
        (opened) => show({ phase: "opened", partner, sheet: opened.sheet }),
        (e: unknown) => show({ phase: "failed", message: errorMessage(e), partner, done: 0, total: 1, every: false }),
      );
  };

  const walk = async (expected: number) => {
    stopAsked.current = false;
    show({ phase: "opening", partner: null, done: 0, total: expected, every: true, stopping: false });
    let done = 0;
    let total = expected;
    let partner: string | null = null;
    try {
      const f = await files();
      total = f.partners.length;
      for (; done < total; done++) {
        if (stopAsked.current) return show({ phase: "stopped", done, total });
        partner = nameOf(f.partners[done]);
        show({ phase: "opening", partner, done, total, every: true, stopping: false });
        await f.openFile(done);
      }
      show({ phase: "allOpened", total });
    } catch (e) {
      show({ phase: "failed", message: errorMessage(e), partner, done, total, every: true });
    }
  };

  return {
    status,
    busy: status.phase === "opening",
    openOne,
    openEvery(partners) {
      if (partners > CONFIRM_ABOVE) setStatus({ phase: "confirming", total: partners });
      else void walk(partners);
    },
    confirm() {
      if (status.phase === "confirming") void walk(status.total);
    },
    cancel() {
      setStatus({ phase: "idle" });
    },
    stop() {
      stopAsked.current = true;
      setStatus((s) => (s.phase === "opening" ? { ...s, stopping: true } : s));
    },
  };
}
