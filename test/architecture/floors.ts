/*
 * The floors of src/ and what each may import (docs/architecture.md, "Imports"). A floor is the
 * first folder under src/; anything outside src/ is named by its own first folder ("assets").
 */
import type { ImportEdge } from "./importGraph";

export interface FloorRule {
  /** Floors (or folders outside src/) this floor's files may import. Its own floor is always allowed. */
  readonly floors: readonly string[];
  /** npm packages and Node modules it may import, by exact specifier. */
  readonly packages: readonly string[];
}

export const FLOORS: Readonly<Record<string, FloorRule>> = {
  // The payout engine: pure computation, no Office, no React, no Node.
  engine: { floors: [], packages: [] },
  // The custom functions: read Excel's arguments, call the engine.
  functions: { floors: ["engine"], packages: [] },
  // Programs, sheets and writes through Office.js (a global, not an import); rules from the engine.
  workbook: { floors: ["engine"], packages: [] },
  // The task pane: React and Fluent UI over the workbook and the engine, with the sample's data files;
  // fflate zips a partner's statement file (services/statementFileZip.ts, a chunk loaded when used).
  taskpane: {
    floors: ["engine", "workbook", "assets"],
    packages: ["react", "react-dom/client", "@fluentui/react-components", "fflate"],
  },
  // Ambient declarations only.
  types: { floors: [], packages: [] },
};

/** "src/engine/x.ts" → "engine"; "assets/sample/a.csv" → "assets". */
export function floorOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "src" ? parts[1] : parts[0];
}

/** Every edge a floor may not have, as "from → specifier (why)". */
export function floorViolations(edges: readonly ImportEdge[], floors = FLOORS): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const floor = floorOf(e.from);
    const rule = floors[floor];
    if (!rule) {
      out.push(`${e.from}: floor "${floor}" has no rule in test/architecture/floors.ts`);
      continue;
    }
    if (e.to === null) {
      if (!rule.packages.includes(e.specifier))
        out.push(`${e.from} → ${e.specifier} (package not allowed in ${floor})`);
      continue;
    }
    const target = floorOf(e.to);
    if (target !== floor && !rule.floors.includes(target)) {
      out.push(`${e.from} → ${e.to} (${floor} may not import ${target})`);
    }
  }
  return out;
}
