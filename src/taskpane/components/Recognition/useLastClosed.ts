/*
 * The last closed period's standings for the recognition note, read through the Insights source
 * when the program changes. A source without the read (older fakes) or a workbook without a close
 * gives null: the note then names top performers only.
 */
import * as React from "react";
import type { ClosedStandings, InsightsSource } from "../../services/InsightsSource";

export type LastClosedState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: ClosedStandings | null }
  | { readonly status: "failed"; readonly message: string };

export function useLastClosed(source: InsightsSource, programKey: string): LastClosedState {
  const [state, setState] = React.useState<LastClosedState>({ status: "loading" });
  React.useEffect(() => {
    let live = true;
    if (!source.loadLastClosed) {
      setState({ status: "ready", value: null });
      return;
    }
    setState({ status: "loading" });
    source.loadLastClosed(programKey).then(
      (value) => live && setState({ status: "ready", value }),
      (e: unknown) => live && setState({ status: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, programKey]);
  return state;
}
