/*
 * A plan edited by hand since its last logged change, as the Payout periods panel shows it: read
 * when the panel opens (the workbook compares the plan with the Change log's last fingerprint),
 * then "Log this change" with the user's reason. No rule here: the workbook layer decides.
 */
import * as React from "react";
import type { HandEdits, PlanHandEdits } from "../../services/CycleService";
import { useCycleService } from "../../services/CycleServiceContext";
import { errorMessage } from "../../services/WorkbookService";

export type HandEditsStatus =
  | { readonly phase: "reading" }
  | { readonly phase: "readFailed"; readonly message: string }
  | { readonly phase: "ready"; readonly edits: PlanHandEdits }
  | { readonly phase: "logging"; readonly edits: PlanHandEdits }
  | { readonly phase: "logged"; readonly found: HandEdits }
  | { readonly phase: "logFailed"; readonly edits: PlanHandEdits; readonly message: string };

export function useHandEdits(key: string): { status: HandEditsStatus; log(reason: string): void } {
  const service = useCycleService();
  const [status, setStatus] = React.useState<HandEditsStatus>({ phase: "reading" });
  const alive = React.useRef(true);
  React.useEffect(() => {
    alive.current = true;
    service.handEdits(key).then(
      (edits) => alive.current && setStatus({ phase: "ready", edits }),
      (e: unknown) => alive.current && setStatus({ phase: "readFailed", message: errorMessage(e) }),
    );
    return () => {
      alive.current = false;
    };
  }, [service, key]);
  return {
    status,
    log(reason) {
      if (status.phase !== "ready" && status.phase !== "logFailed") return;
      const { edits } = status;
      setStatus({ phase: "logging", edits });
      service.logHandEdits(key, reason).then(
        (found) => alive.current && setStatus({ phase: "logged", found }),
        (e: unknown) => alive.current && setStatus({ phase: "logFailed", edits, message: errorMessage(e) }),
      );
    },
  };
}
