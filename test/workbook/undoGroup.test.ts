/* One Ctrl+Z for one write: mergeUndoGroup where the host has it (ExcelApi 1.20), plain Excel.run elsewhere. */
import { runAsOneUndoStep, writeRunOptions } from "../../src/workbook/undoGroup";

function host(version: string): jest.Mock {
  const run = jest.fn((...args: unknown[]) => (args[args.length - 1] as (c: unknown) => Promise<unknown>)("context"));
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && Number(v.split(".")[1]) <= Number(version.split(".")[1]),
      },
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run };
  return run;
}

test("merged into one undo group on ExcelApi 1.20", async () => {
  const run = host("1.20");
  expect(writeRunOptions()).toEqual({ mergeUndoGroup: true });
  await expect(runAsOneUndoStep(async (context) => `ran with ${String(context)}`)).resolves.toBe("ran with context");
  expect(run.mock.calls[0][0]).toEqual({ mergeUndoGroup: true });
});

test("a plain Excel.run where the option does not exist", async () => {
  const run = host("1.19");
  expect(writeRunOptions()).toEqual({});
  await runAsOneUndoStep(async () => "ok");
  expect(run.mock.calls[0]).toHaveLength(1);
});

test("outside Office (no requirement sets): a plain Excel.run", async () => {
  const run = host("1.20");
  delete (globalThis as Record<string, unknown>).Office;
  await runAsOneUndoStep(async () => "ok");
  expect(run.mock.calls[0]).toHaveLength(1);
});
