/* global window */
import * as React from "react";
import { initialView, rememberView, showViewInHash, viewFromHash, type View } from "../../navigation";

export interface AppShellState {
  view: View;
  /** Views shown at least once: they stay mounted, so a half-finished wizard survives a tab switch. */
  visited: ReadonlySet<View>;
  selectView: (view: View) => void;
}

export function useAppShellState(): AppShellState {
  const [view, setView] = React.useState<View>(initialView);
  const [visited, setVisited] = React.useState<ReadonlySet<View>>(() => new Set<View>(["programs", view]));

  const selectView = React.useCallback((next: View) => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  }, []);

  React.useEffect(() => {
    rememberView(view);
    showViewInHash(view);
  }, [view]);

  // A ribbon button can switch the open pane by setting location.hash.
  React.useEffect(() => {
    const onHash = () => {
      const v = viewFromHash(window.location.hash);
      if (v) selectView(v);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [selectView]);

  return { view, visited, selectView };
}
