/* global window */
/*
 * Which main section the pane shows. A ribbon button can open a section by loading the pane with
 * a hash (#new, #programs, #insights) or by setting location.hash while it is open; otherwise the pane
 * opens where the user left it.
 */
export type View = "programs" | "new" | "insights";

export const VIEWS: readonly View[] = ["programs", "new", "insights"];

const STORAGE_KEY = "partnerIncentives.lastView";

export function isView(v: unknown): v is View {
  return typeof v === "string" && (VIEWS as readonly string[]).includes(v);
}

/** "#new" → "new"; anything else → null. */
export function viewFromHash(hash: string): View | null {
  const v = hash.replace(/^#\/?/, "").trim().toLowerCase();
  return isView(v) ? v : null;
}

/** localStorage can be missing or throw (private mode, blocked storage): then nothing is remembered. */
export function storedView(): View | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isView(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberView(view: View): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, view);
  } catch {
    // Storage unavailable: the pane still works, it just opens on the default view next time.
  }
}

/** The hash wins (a ribbon button asked for it), then the remembered view, then Programs. */
export function initialView(): View {
  return viewFromHash(currentHash()) ?? storedView() ?? "programs";
}

export function currentHash(): string {
  try {
    return window.location.hash;
  } catch {
    return "";
  }
}

/** Keeps the address in step with the view without adding history entries or firing hashchange. */
export function showViewInHash(view: View): void {
  try {
    if (viewFromHash(window.location.hash) !== view) window.history.replaceState(null, "", `#${view}`);
  } catch {
    // Some hosts forbid history changes; the hash is only a convenience.
  }
}
