/* global window */
import * as React from "react";
import {
  currentHash,
  initialView,
  isView,
  rememberView,
  showViewInHash,
  viewFromHash,
  type View,
} from "../../navigation";

/**
 * The shell's sections: navigation.ts's views plus Insights. Insights opens from "#insights";
 * it is not remembered as the last view until navigation.ts lists it.
 */
export type ShellView = View | "insights";

function shellViewFromHash(hash: string): ShellView | null {
  return viewFromHash(hash) ?? (/^#\/?insights$/i.test(hash.trim()) ? "insights" : null);
}

export interface AppShellState {
  view: ShellView;
  /** Views shown at least once: they stay mounted, so a half-finished wizard survives a tab switch. */
  visited: ReadonlySet<ShellView>;
  selectView: (view: ShellView) => void;
}

export function useAppShellState(): AppShellState {
  const [view, setView] = React.useState<ShellView>(() => shellViewFromHash(currentHash()) ?? initialView());
  const [visited, setVisited] = React.useState<ReadonlySet<ShellView>>(() => new Set<ShellView>(["programs", view]));

  const selectView = React.useCallback((next: ShellView) => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  }, []);

  React.useEffect(() => {
    if (isView(view)) {
      rememberView(view);
      showViewInHash(view);
    } else {
      try {
        if (shellViewFromHash(window.location.hash) !== view) window.history.replaceState(null, "", `#${view}`);
      } catch {
        // Some hosts forbid history changes; the hash is only a convenience.
      }
    }
  }, [view]);

  // A ribbon button can switch the open pane by setting location.hash.
  React.useEffect(() => {
    const onHash = () => {
      const v = shellViewFromHash(window.location.hash);
      if (v) selectView(v);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [selectView]);

  return { view, visited, selectView };
}
