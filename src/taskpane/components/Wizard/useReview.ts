import * as React from "react";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import {
  errorMessage,
  type CreatedProgram,
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
  | { status: "failed"; message: string };

export interface ReviewState {
  preview: PreviewState;
  create: CreateState;
  /** Writes the program; the result is in `create`. */
  submit: () => void;
  /** The program is valid, its preview is shown, and it is not being (or already) created. */
  canSubmit: boolean;
}

/**
 * The review's two calls to the workbook: the preview of exactly what will be written (asked
 * again whenever the program changes while the review shows), and the write itself.
 */
export function useReview(
  program: ProgramDefinition,
  options: WriteOptions,
  valid: boolean,
  showing: boolean,
): ReviewState {
  const service = useWorkbookService();
  const [preview, setPreview] = React.useState<PreviewState>({ status: "waiting" });
  const [create, setCreate] = React.useState<CreateState>({ status: "idle" });

  React.useEffect(() => {
    if (!showing || !valid) {
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
  }, [service, program, options, valid, showing]);

  // A change after a create (or a failed one) is a new program to create.
  React.useEffect(() => setCreate((c) => (c.status === "creating" ? c : { status: "idle" })), [program, options]);

  const submit = React.useCallback(() => {
    if (!valid || preview.status !== "ready") return;
    setCreate({ status: "creating" });
    service.create(program, options).then(
      (created) => setCreate({ status: "done", created }),
      (e: unknown) => setCreate({ status: "failed", message: errorMessage(e) }),
    );
  }, [service, program, options, valid, preview.status]);

  // Nothing is written before the user has seen exactly what will be.
  const canSubmit = valid && preview.status === "ready" && create.status !== "creating" && create.status !== "done";
  return { preview, create, submit, canSubmit };
}
