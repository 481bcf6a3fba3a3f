/*
 * The cases of writePaths.test.ts and writePaths.heavy.test.ts, built from the table in
 * writePaths.ts: `syncsToFail` picks which syncs of each write are made to fail (a sample in the
 * main suite, every one in the heavy suite).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { WorkbookWriteError } from "../../src/workbook/writeError";
import {
  OLDER,
  WEB_1_20,
  WRITE_PATHS,
  cleanRun,
  differences,
  failedRun,
  settle,
  workbookState,
  type Host,
  type WritePath,
} from "./writePaths";

// Generated sheets carry their generation time: Date is fixed so two runs write the same workbook.
// Only Date: the model's sync waits on a real timer.
const DATE_ONLY = {
  now: new Date(Date.UTC(2026, 5, 30, 9)),
  doNotFake: [
    "hrtime",
    "nextTick",
    "performance",
    "queueMicrotask",
    "requestAnimationFrame",
    "cancelAnimationFrame",
    "requestIdleCallback",
    "cancelIdleCallback",
    "setImmediate",
    "clearImmediate",
    "setInterval",
    "clearInterval",
    "setTimeout",
    "clearTimeout",
  ],
} as const;

/** A message for the user: words, not a bare error code. */
function clearMessage(e: unknown): boolean {
  const m = e instanceof Error ? e.message.trim() : "";
  return m !== "" && !/^[A-Za-z]+$/.test(m);
}

/** Failure sweeps: [name, host, code, midway, and the sync after it (the clean-up's first) fails too]. */
export type Sweep = [string, Host, string, boolean, boolean?];

/** More sweeps for the heavy suite: midway on Windows, Mac 1.19, UndoNotSupported midway. */
export const MORE_SWEEPS = (grouped: boolean): Sweep[] => [
  ["GeneralException midway through the sync, on windows 1.12", OLDER[0], "GeneralException", true],
  ["GeneralException on mac 1.19", OLDER[1], "GeneralException", false],
  ["GeneralException midway through the sync, on mac 1.19", OLDER[1], "GeneralException", true],
  ...(grouped
    ? ([["UndoNotSupported midway through the sync, on the web 1.20", WEB_1_20, "UndoNotSupported", true]] as Sweep[])
    : []),
  ["GeneralException, and the clean-up's first sync too, on the web 1.20", WEB_1_20, "GeneralException", false, true],
  ...(grouped
    ? ([
        [
          "UndoNotSupported, and the clean-up's first sync too, on the web 1.20",
          WEB_1_20,
          "UndoNotSupported",
          false,
          true,
        ],
      ] as Sweep[])
    : []),
  ["GeneralException, and the clean-up's first sync too, on windows 1.12", OLDER[0], "GeneralException", false, true],
];

export function writePathSuite(
  syncsToFail: (total: number) => number[],
  moreSweeps: (grouped: boolean) => Sweep[] = () => [],
): void {
  beforeAll(() => jest.useFakeTimers(DATE_ONLY as any));
  afterAll(() => jest.useRealTimers());
  // Jest fails the test on a rejection nobody handled once the event loop turns: turn it before the test ends.
  afterEach(settle);

  describe.each(WRITE_PATHS.map((p) => [p.name, p] as const))("%s", (_, path) => {
    test("(a) Excel on the web, ExcelApi 1.20: succeeds, one undo step, the workbook as expected, no warning, no rule broken", async () => {
      const { pane, result, from } = await cleanRun(path, WEB_1_20);
      if (path.grouped) expect(result.undo).toBe("oneStep");
      path.check(pane, result);
      const m = pane.excel.model;
      expect(m.warnings.map((w: any) => w.kind)).toEqual(path.expectedWarnings ?? []);
      expect(m.checkFormulas()).toEqual([]);
      expect(m.syncStats.filter((s) => s.error)).toEqual([]);
      // The write's own syncs only: a prepare may clear the stack itself (protecting a snapshot).
      if (path.grouped) expect(m.undoStackCleared.filter((u) => u.sync > from)).toEqual([]);
    });

    test.each(OLDER.map((h) => [`${h.host} ${h.excelApi}`, h] as const))(
      "(b) an older host (%s): succeeds without grouping; Ctrl+Z cannot take it back",
      async (_name, host) => {
        const { pane, result } = await cleanRun(path, host);
        if (path.grouped) expect(result.undo).toBe("notUndoable");
        path.check(pane, result);
        const m = pane.excel.model;
        expect(m.log.filter((e) => e.kind === "run" && e.options?.mergeUndoGroup)).toEqual([]);
        expect(m.warnings.map((w: any) => w.kind)).toEqual(path.expectedWarnings ?? []);
        expect(m.checkFormulas()).toEqual([]);
        expect(m.syncStats.filter((s) => s.error)).toEqual([]);
      },
    );

    // [name, host, code, midway]: the sync fails after all its calls ran (the worst case for what is
    // left), or midway, after half of them (a batch is not a transaction: docs/excel-rules.md rule 2).
    const sweeps: Sweep[] = [
      ["GeneralException on the web 1.20", WEB_1_20, "GeneralException", false],
      ["GeneralException midway through the sync, on the web 1.20", WEB_1_20, "GeneralException", true],
      ["GeneralException on windows 1.12", OLDER[0], "GeneralException", false],
      ...(path.grouped ? ([["UndoNotSupported on the web 1.20", WEB_1_20, "UndoNotSupported", false]] as Sweep[]) : []),
      ...moreSweeps(path.grouped),
    ];
    for (const [name, host, code, midway, cleanUpFails] of sweeps) {
      const bug = Object.entries(path.knownBugs ?? {}).find(([pattern]) => new RegExp(pattern).test(name))?.[1];
      (bug ? test.skip : test)(`(c) ${name} at each sync of the write${bug ? ` — skipped: ${bug}` : ""}`, async () => {
        const clean = await cleanRun(path, host);
        const cleanState = workbookState(clean.pane.excel);
        expect(clean.syncs).toBeGreaterThan(0);
        const bad: string[] = [];
        for (const n of syncsToFail(clean.syncs)) {
          const afterOps = midway ? Math.floor(clean.ops[n - 1] / 2) : Number.MAX_SAFE_INTEGER;
          // No timer turn between runs: the model's syncs are promises, so jest's time limit (a timer)
          // only catches a hang, never a slow machine. An unhandled rejection fails the test at its end (afterEach).
          const o = await failedRun(path, host, n, code, afterOps, cleanUpFails === true);
          const at = `sync ${n}/${clean.syncs}${midway ? ` after ${afterOps} of ${clean.ops[n - 1]} calls` : ""}`;
          if (code === "UndoNotSupported" && cleanUpFails && o.kind === "resolved") {
            // Retried after a clean-up that failed in part: only fine if the result is a clean write's.
            const diff = differences(cleanState, o.after);
            if (diff.length) bad.push(`${at}: retried over a half-cleaned workbook: ${diff.join(" | ")}`);
            continue;
          }
          if (code === "UndoNotSupported" && !cleanUpFails) {
            if (o.kind === "rejected") {
              bad.push(`${at}: rejected (${o.error?.message}); the retry without grouping should have written it`);
              continue;
            }
            if (o.result?.undo !== "stepByStep") bad.push(`${at}: undo ${o.result?.undo}, not stepByStep`);
            const diff = differences(cleanState, o.after);
            if (diff.length) bad.push(`${at}: not the workbook a clean write gives: ${diff.join(" | ")}`);
            continue;
          }
          if (o.kind === "resolved") {
            // Delete program finishes a deletion a failed sync left half done: resolving is right
            // when the program is then gone whole (deleted sheets cannot be brought back).
            if (!(path.allOrNothing && differences(cleanState, o.after).length === 0))
              bad.push(`${at}: resolved despite the failure`);
            continue;
          }
          if (!clearMessage(o.error)) bad.push(`${at}: unclear message ${JSON.stringify(o.error?.message)}`);
          if (cleanUpFails) {
            // The clean-up failed too: what is left must be said (docs/workbook.md: "If even that
            // clean-up fails, the message names the sheets to delete"), and the workbook not called restored.
            const names = (x: any) => x.sheets.map((sh: any) => sh.name as string);
            const left = names(o.after).filter((sh: string) => !names(o.before).includes(sh));
            const unnamed = left.filter((sh: string) => !String(o.error?.message).includes(sh));
            if (unnamed.length)
              bad.push(
                `${at}: sheets left ${JSON.stringify(unnamed)} not named in ${JSON.stringify(o.error?.message)}`,
              );
            if (differences(o.before, o.after, path.rewrittenInPlace).length && o.error?.restored === true)
              bad.push(
                `${at}: the workbook changed, but the error says restored (${JSON.stringify(o.error?.message)})`,
              );
            continue;
          }
          const asCleanDelete = path.allOrNothing && differences(cleanState, o.after).length === 0;
          if (!(o.error instanceof WorkbookWriteError) && differences(o.before, o.after).length && !asCleanDelete)
            bad.push(`${at}: the workbook changed, but the error is not a WorkbookWriteError (${o.error?.name})`);
          const diff = differences(o.before, o.after, path.rewrittenInPlace);
          if (diff.length && !asCleanDelete) bad.push(`${at}: the workbook is not as before: ${diff.join(" | ")}`);
        }
        expect(bad).toEqual([]);
      });
    }
  });
}
