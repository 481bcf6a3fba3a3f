import * as React from "react";
import { errorMessage } from "../../services/WorkbookService";

/** A write the user started from Insights: running, done with a message, or failed with Excel's reason. */
export type WriteState =
  | { readonly status: "idle" }
  | { readonly status: "writing" }
  | { readonly status: "done"; readonly message: string }
  | { readonly status: "failed"; readonly message: string };

/**
 * Runs one write at a time and keeps its outcome for the screen. `work` resolves to the message
 * to show when it is done; a rejection shows the error's message (written for the user).
 */
export function useWriteAction(): {
  state: WriteState;
  run: (work: () => Promise<string>) => Promise<void>;
  clear: () => void;
} {
  const [state, setState] = React.useState<WriteState>({ status: "idle" });
  const busy = React.useRef(false);
  const run = React.useCallback(async (work: () => Promise<string>) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: "writing" });
    try {
      setState({ status: "done", message: await work() });
    } catch (e) {
      setState({ status: "failed", message: errorMessage(e) });
    } finally {
      busy.current = false;
    }
  }, []);
  const clear = React.useCallback(() => setState({ status: "idle" }), []);
  return { state, run, clear };
}
