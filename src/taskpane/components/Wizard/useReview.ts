import * as React from "react";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import {
  errorMessage,
  type CreatedProgram,
  type UpdatedProgram,
  type WriteOptions,
  type WritePreview,
} from "../../services/WorkbookService";

export type PreviewState =
  | { status: "waiting" }
  | { status: "loading" }
  | { status: "ready"; preview: WritePreview }
  | { status: "failed"; message: string };

export type CreateState =
  | { status: "idle" }
  | { status: "creating" }
  | { status: "done"; created: CreatedProgram }
  /** An edit written back in place. */
  | { status: "saved"; updated: UpdatedProgram }
  | { status: "failed"; message: string };

export interface ReviewState {
  preview: PreviewState;
  create: CreateState;
  /** Writes the program; the result is in `create`. */
  submit: () => void;
  /**
   * New program: valid, its preview shown, not being (or already) created. Edit: valid, something
   * changed that may be saved in place, not being saved.
   */
  canSubmit: boolean;
}

/** Editing: the program's key, and whether the edit may be saved (something changed, nothing refused). */
export interface ReviewEdit {
  key: string;
  savable: boolean;
}

/**
 * The review's two calls to the workbook: the preview of exactly what will be written (asked
 * again whenever the program changes while the review shows), and the write itself. When editing,
 * there is no write preview (the review shows what will change) and the write is an update in place.
 */
export function useReview(
  program: ProgramDefinition,
  options: WriteOptions,
  valid: boolean,
  showing: boolean,
  edit: ReviewEdit | null = null,
  onSaved?: (updated: UpdatedProgram) => void,
): ReviewState {
  const service = useWorkbookService();
  const editing = edit !== null;
  const editKey = edit?.key ?? null;
  const savable = edit?.savable ?? false;
  const saved = React.useRef(onSaved);
  saved.current = onSaved;
  const [preview, setPreview] = React.useState<PreviewState>({ status: "waiting" });
  const [create, setCreate] = React.useState<CreateState>({ status: "idle" });

  React.useEffect(() => {
    if (!showing || !valid || editing) {
      setPreview({ status: "waiting" });
      return;
    }
    let current = true;
    setPreview({ status: "loading" });
    service.preview(program, options).then(
      (p) => current && setPreview({ status: "ready", preview: p }),
      (e: unknown) => current && setPreview({ status: "failed", message: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [service, program, options, valid, showing, editing]);

  // A change after a create (or a failed one) is a new program to create.
  React.useEffect(() => setCreate((c) => (c.status === "creating" ? c : { status: "idle" })), [program, options]);

  const submit = React.useCallback(() => {
    if (editKey !== null) {
      if (!valid || !savable) return;
      setCreate({ status: "creating" });
      service.update(editKey, program).then(
        (updated) => {
          setCreate({ status: "saved", updated });
          saved.current?.(updated);
        },
        (e: unknown) => setCreate({ status: "failed", message: errorMessage(e) }),
      );
      return;
    }
    if (!valid || preview.status !== "ready") return;
    setCreate({ status: "creating" });
    service.create(program, options).then(
      (created) => setCreate({ status: "done", created }),
      (e: unknown) => setCreate({ status: "failed", message: errorMessage(e) }),
    );
  }, [service, program, options, valid, preview.status, editKey, savable]);

  // Nothing is written before the user has seen exactly what will be (or, editing, what will change).
  const canSubmit = editing
    ? valid && savable && create.status !== "creating"
    : valid && preview.status === "ready" && create.status !== "creating" && create.status !== "done";
  return { preview, create, submit, canSubmit };
}
