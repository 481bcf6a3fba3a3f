import * as React from "react";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import {
  errorMessage,
  type GeneratedSheet,
  type ProgramSheet,
  type ProgramSummary,
  type WorkbookService,
} from "../../services/WorkbookService";
import type { EditRequest } from "../shared/editRequest";
import type { SheetLanguage } from "../../../engine/program/types";

export type ProgramAction = "dashboard" | "statements" | "values" | "delete" | "edit" | "partners";

/**
 * Why a delete was refused before anything was asked of Excel: the sheets cannot be told apart
 * ("unsupported") or none carries the add-in's mark ("nothing"). Worded by the view.
 */
export type DeleteRefusal = "unsupported" | "nothing";

/**
 * One action at a time per program: its progress, then its result. Results hold what happened,
 * not words, so the view says it in the pane's current language.
 */
export type ActionState =
  | { phase: "idle" }
  | { phase: "running"; action: ProgramAction }
  | { phase: "done"; action: ProgramAction; generated: GeneratedSheet }
  | { phase: "updated"; action: "partners"; partners: number; notes: readonly string[] }
  | { phase: "failed"; action: ProgramAction; message: string }
  | { phase: "refused"; action: "delete"; reason: DeleteRefusal };

/** Deleting: the sheets are read and shown first; nothing is deleted until the user confirms. */
export type DeleteState = { step: "idle" } | { step: "reading" } | { step: "confirm"; sheets: readonly ProgramSheet[] };

export interface ProgramActionsState {
  action: ActionState;
  deletion: DeleteState;
  /** Whether the program has a dashboard already (then the button says Refresh). */
  hasDashboard: boolean;
  /** The add-in's own sheet for a generated role, when the program has one (rewritten in place); else null. */
  existingSheet: (what: Generated) => string | null;
  busy: boolean;
  /** Writes the sheet in `language`, or in the program's own language when null. */
  generate: (what: Generated, language?: SheetLanguage | null) => void;
  askDelete: () => void;
  confirmDelete: () => void;
  cancelDelete: () => void;
  /** Reads the program from its tables, then hands it to the wizard (onEdit). */
  edit: () => void;
  /**
   * For a program over the user's table or range: saves it unchanged, which brings its results
   * rows in line with the user's rows (partners added since get theirs).
   */
  updatePartners: () => void;
}

export type Generated = Exclude<ProgramAction, "delete" | "edit" | "partners">;

/** The ownership mark's role of each generated sheet (workbook/selection.ts). */
const ROLES: Record<Generated, ProgramSheet["role"]> = {
  dashboard: "dashboard",
  statements: "statements",
  values: "statementValues",
};

// Without a chosen language the workbook layer writes the program's own: no options are passed.
const GENERATORS: Record<
  Generated,
  (s: WorkbookService, key: string, language: SheetLanguage | null) => Promise<GeneratedSheet>
> = {
  dashboard: (s, key, language) => (language ? s.generateDashboard(key, { language }) : s.generateDashboard(key)),
  statements: (s, key, language) => (language ? s.generateStatements(key, { language }) : s.generateStatements(key)),
  values: (s, key, language) =>
    language ? s.generateValuesOnlyStatements(key, "all", { language }) : s.generateValuesOnlyStatements(key),
};

/**
 * Generate / refresh the dashboard, statements and values-only statements; delete after a
 * confirmation; edit (read the program, then open it in the wizard).
 */
export function useProgramActions(
  program: ProgramSummary,
  onDeleted: (program: ProgramSummary, sheets: string[]) => void,
  onEdit?: (request: EditRequest) => void,
  onUpdated?: (summary: ProgramSummary) => void,
): ProgramActionsState {
  const service = useWorkbookService();
  const [action, setAction] = React.useState<ActionState>({ phase: "idle" });
  const [deletion, setDeletion] = React.useState<DeleteState>({ step: "idle" });
  const [sheets, setSheets] = React.useState<readonly ProgramSheet[]>([]);
  const { key } = program;
  const hasDashboard = sheets.some((s) => s.role === "dashboard");
  const existingSheet = React.useCallback(
    (what: Generated) => sheets.find((s) => s.role === ROLES[what])?.name ?? null,
    [sheets],
  );

  // Whether a dashboard exists decides the button's words, and the previews say which sheets are
  // rewritten in place; an unreadable answer just keeps "Generate" and "a new sheet".
  React.useEffect(() => {
    let live = true;
    service.programSheets(key).then(
      (found) => live && setSheets(found ?? []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, key]);

  const busy = action.phase === "running" || deletion.step === "reading";

  const generate = React.useCallback(
    (what: Generated, language: SheetLanguage | null = null) => {
      setDeletion({ step: "idle" });
      setAction({ phase: "running", action: what });
      GENERATORS[what](service, key, language).then(
        (generated) => {
          setAction({ phase: "done", action: what, generated });
          setSheets((known) => [
            ...known.filter((s) => s.role !== ROLES[what]),
            { name: generated.sheet, role: ROLES[what] },
          ]);
        },
        (e: unknown) => setAction({ phase: "failed", action: what, message: errorMessage(e) }),
      );
    },
    [service, key],
  );

  const askDelete = React.useCallback(() => {
    setAction({ phase: "idle" });
    setDeletion({ step: "reading" });
    service.programSheets(key).then(
      (sheets) => {
        if (sheets === null) {
          setDeletion({ step: "idle" });
          setAction({ phase: "refused", action: "delete", reason: "unsupported" });
        } else if (sheets.length === 0) {
          setDeletion({ step: "idle" });
          setAction({ phase: "refused", action: "delete", reason: "nothing" });
        } else setDeletion({ step: "confirm", sheets });
      },
      (e: unknown) => {
        setDeletion({ step: "idle" });
        setAction({ phase: "failed", action: "delete", message: errorMessage(e) });
      },
    );
  }, [service, key]);

  const confirmDelete = React.useCallback(() => {
    setDeletion({ step: "idle" });
    setAction({ phase: "running", action: "delete" });
    service.deleteProgram(key).then(
      (sheets) => {
        setAction({ phase: "idle" });
        onDeleted(program, sheets);
      },
      (e: unknown) => setAction({ phase: "failed", action: "delete", message: errorMessage(e) }),
    );
  }, [service, key, program, onDeleted]);

  const cancelDelete = React.useCallback(() => setDeletion({ step: "idle" }), []);

  const edit = React.useCallback(() => {
    setDeletion({ step: "idle" });
    setAction({ phase: "running", action: "edit" });
    service.readProgram(key).then(
      (read) => {
        setAction({ phase: "idle" });
        onEdit?.({ key, program: read });
      },
      (e: unknown) => setAction({ phase: "failed", action: "edit", message: errorMessage(e) }),
    );
  }, [service, key, onEdit]);

  const updatePartners = React.useCallback(() => {
    setDeletion({ step: "idle" });
    setAction({ phase: "running", action: "partners" });
    service
      .readProgram(key)
      .then((read) => service.update(key, read))
      .then(
        (updated) => {
          setAction({ phase: "updated", action: "partners", partners: updated.summary.partners, notes: updated.notes });
          onUpdated?.(updated.summary);
        },
        (e: unknown) => setAction({ phase: "failed", action: "partners", message: errorMessage(e) }),
      );
  }, [service, key, onUpdated]);

  return {
    action,
    deletion,
    hasDashboard,
    existingSheet,
    busy,
    generate,
    askDelete,
    confirmDelete,
    cancelDelete,
    edit,
    updatePartners,
  };
}
