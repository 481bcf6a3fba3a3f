/* global setTimeout, clearTimeout */
import * as React from "react";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type SelectionInfo } from "../../services/WorkbookService";

export type ExplainState =
  | { status: "idle" }
  | { status: "reading" }
  /** The selection as read; the panel words it in the pane's language (explainView), so a switch re-words it. */
  | { status: "ready"; info: SelectionInfo }
  | { status: "failed"; message: string };

export interface ExplainPanelState {
  state: ExplainState;
  /** True while the pane follows the selection (Excel's selection event); false: the button only. */
  following: boolean;
  explain: () => void;
}

/** How long the selection must rest before it is read: moving with the arrow keys reads once. */
export const SELECTION_SETTLE_MS = 300;

/**
 * The Explain panel's state: reads the selected cell on request and, while `active`, whenever
 * the user selects another cell (where Excel has the selection event). Only the latest read is shown.
 */
export function useExplain(active: boolean): ExplainPanelState {
  const service = useWorkbookService();
  const [state, setState] = React.useState<ExplainState>({ status: "idle" });
  const [following, setFollowing] = React.useState(false);
  const request = React.useRef(0);

  const explain = React.useCallback(() => {
    const id = ++request.current;
    setState({ status: "reading" });
    service.readSelection().then(
      (info) => id === request.current && setState({ status: "ready", info }),
      (e: unknown) => id === request.current && setState({ status: "failed", message: errorMessage(e) }),
    );
  }, [service]);

  React.useEffect(() => {
    if (!active) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !cancelled && explain(), SELECTION_SETTLE_MS);
    };
    service.watchSelection(onChange).then(
      (s) => {
        if (cancelled) s?.();
        else {
          stop = s;
          setFollowing(s !== null);
        }
      },
      () => !cancelled && setFollowing(false),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
      setFollowing(false);
    };
  }, [active, service, explain]);

  return { state, following, explain };
}
