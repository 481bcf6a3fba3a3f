import * as React from "react";

/**
 * A module the first screen does not need, fetched when the user first asks for what it shows
 * (a chunk of its own). Loaded once for the whole pane; a failed load is forgotten, so asking
 * again tries again.
 */
export interface OnDemandModule<T> {
  /** The module once loaded, else null. */
  readonly current: () => T | null;
  readonly load: () => Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemandModule<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    current: () => loaded,
    load: () =>
      (pending ??= load().then(
        (m) => (loaded = m),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      )),
  };
}

export type OnDemandState<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; module: T }
  /** message: why the chunk did not come (offline, blocked), as the browser says it. */
  | { status: "failed"; message: string };

/**
 * The module's state in this component, and `request`, which asks for it: ready at once when it is
 * loaded already, else loading it (again after a failure).
 */
export function useOnDemand<T>(source: OnDemandModule<T>): [OnDemandState<T>, () => void] {
  // Idle until asked, even when loaded already: what it shows may act on mounting (a menu opens).
  const [state, setState] = React.useState<OnDemandState<T>>({ status: "idle" });
  const live = React.useRef(true);
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const request = React.useCallback(() => {
    const module = source.current();
    if (module) return setState({ status: "ready", module });
    setState({ status: "loading" });
    source.load().then(
      (m) => live.current && setState({ status: "ready", module: m }),
      (e: unknown) =>
        live.current && setState({ status: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
  }, [source]);
  return [state, request];
}
