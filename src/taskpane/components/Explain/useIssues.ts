import * as React from "react";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type IssueScan, type ProgramSummary } from "../../services/WorkbookService";

export type IssuesState =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "ready"; scan: IssueScan }
  | { status: "failed"; message: string };

export interface IssuesListState {
  state: IssuesState;
  check: () => void;
  /** The last "Go to" that failed, with why. */
  goToFailure: string | null;
  goTo: (sheet: string, address: string) => void;
}

/** Checks a program's sheets for INCENTIVE formulas showing an error, and selects one on request. */
export function useIssues(program: ProgramSummary): IssuesListState {
  const service = useWorkbookService();
  const [state, setState] = React.useState<IssuesState>({ status: "idle" });
  const [goToFailure, setGoToFailure] = React.useState<string | null>(null);
  const request = React.useRef(0);

  const check = React.useCallback(() => {
    const id = ++request.current;
    setState({ status: "checking" });
    setGoToFailure(null);
    service.findIssues(program).then(
      (scan) => id === request.current && setState({ status: "ready", scan }),
      (e: unknown) => id === request.current && setState({ status: "failed", message: errorMessage(e) }),
    );
  }, [service, program]);

  const goTo = React.useCallback(
    (sheet: string, address: string) => {
      setGoToFailure(null);
      service.selectCell(sheet, address).catch((e: unknown) => setGoToFailure(errorMessage(e)));
    },
    [service],
  );

  return { state, check, goToFailure, goTo };
}
