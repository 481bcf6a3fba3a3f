/*
 * Queued calls take effect at sync(), in order; a batch is not a transaction; a test can make any
 * sync fail with any code (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync).
 */
import { excel, outcome, sheetNames } from "./helpers";

test("calls are queued: nothing changes until context.sync(), then they apply in order", async () => {
  const x = excel();
  let before: string[] = [];
  await x.Excel.run(async (context: any) => {
    context.workbook.worksheets.add("Plan");
    context.workbook.worksheets.getItem("Plan").getRange("A1").values = [[1]];
    before = sheetNames(x);
    await context.sync();
  });
  expect(before).toEqual(["Sheet1"]);
  expect(sheetNames(x)).toEqual(["Sheet1", "Plan"]);
  expect(x.snapshot().sheets[1].cells.A1).toEqual({ v: 1 });
  expect(x.syncs).toBe(1);
});

test("a failing call fails its sync; the calls before it in the batch stay applied", async () => {
  const x = excel();
  const code = await outcome(x, (c) => {
    c.workbook.worksheets.add("Plan");
    c.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
    c.workbook.worksheets.add("After");
  });
  expect(code).toBe("ItemNotFound");
  expect(sheetNames(x)).toEqual(["Sheet1", "Plan"]);
});

test.each(["GeneralException", "UndoNotSupported", "RequestPayloadSizeLimitExceeded"])(
  "a test can make sync n fail after k operations with %s",
  async (code) => {
    const x = excel({ failures: [{ sync: 2, afterOps: 1, code }] });
    let thrown = "";
    try {
      await x.Excel.run(async (context: any) => {
        context.workbook.worksheets.add("A");
        await context.sync();
        context.workbook.worksheets.add("B");
        context.workbook.worksheets.add("C");
        await context.sync();
      });
    } catch (e: any) {
      thrown = e.code;
    }
    expect(thrown).toBe(code);
    expect(sheetNames(x)).toEqual(["Sheet1", "A", "B"]);
  },
);

test("failSync() sets a failure after the model is made; failAtSync/failCode still work", async () => {
  const x = excel({ failAtSync: 1, failCode: "InvalidOperation" });
  expect(await outcome(x, (c) => c.workbook.worksheets.add("A"))).toBe("InvalidOperation");
  x.failSync(2, { code: "ItemAlreadyExists" });
  expect(await outcome(x, (c) => c.workbook.worksheets.add("B"))).toBe("ItemAlreadyExists");
  expect(sheetNames(x)).toEqual(["Sheet1"]);
});

test("a property read before load() and sync(): Excel throws PropertyNotLoaded (notLoaded: \"throw\"); by default the model records it", async () => {
  const read = async (x: ReturnType<typeof excel>) => {
    let thrown = "";
    let seen: unknown;
    await x.Excel.run(async (context: any) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const loaded = context.workbook.worksheets.getItem("Sheet1").load("position");
      await context.sync();
      expect(loaded.position).toBe(0);
      try {
        seen = sheet.name;
      } catch (e: any) {
        thrown = e.code;
      }
    });
    return { thrown, seen, warnings: x.warnings.map((w) => `${w.kind}:${w.prop}`) };
  };
  expect(await read(excel({ notLoaded: "throw" }))).toEqual({ thrown: "PropertyNotLoaded", seen: undefined, warnings: [] });
  expect(await read(excel())).toEqual({ thrown: "", seen: "Sheet1", warnings: ["notLoaded:name"] });
});
