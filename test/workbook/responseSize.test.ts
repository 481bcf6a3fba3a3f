/*
 * Excel on the web limits responses as well as requests to 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The strict Excel model (ModelExcel, Excel on the web by default) measures every sync's response
 * (its estimate: JSON of what the sync loads) and refuses one over 5 MB with
 * ResponsePayloadSizeLimitExceeded; reads of whole data tables are made in row blocks under the budget.
 */
import { programTemplate } from "../../src/engine";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { readPartnerInputs } from "../../src/workbook/dashboard";
import { RESPONSE_BUDGET_BYTES } from "../../src/workbook/excelLimits";
import { writeTargets } from "../../src/workbook/targets/writeTargets";
import { blockRows, queueFirstBlock, readRemainingRows } from "../../src/workbook/chunkedRead";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { KEY, N, largest, seeds } from "./responseSizes";

describe("whole data tables are read in row blocks, every response within the budget", () => {
  let excel: ModelExcel;
  beforeAll(async () => {
    excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(N) });
  }, 60000);

  // One 10,000-partner program for every test here: a refused read changes nothing in it.
  test("a read of the whole table whose response would pass 5 MB is refused at sync: hence the blocks", async () => {
    const before = excel.syncs;
    const whole = excel.context.workbook.tables.getItem(`PI_${KEY}_Data`).getRange().load("values,formulas");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.responseBytes[before]).toBeGreaterThan(5_000_000);
    void whole;
  }, 60000);

  test(`readPartnerInputs (insights, values-only statements): ${N} partners (more than the first block), same records as a small read`, async () => {
    const from = excel.syncs;
    const partners = await readPartnerInputs(excel.context, KEY);
    expect(partners).toHaveLength(N);
    expect(partners[N - 1]).toMatchObject({ id: `P${100000 + N - 1}`, row: N });
    expect(excel.syncs - from).toBeGreaterThan(2);
    expect(largest(excel, from)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
  }, 60000);

  test("updateProgram's snapshot (values, formulas, formats): every response within the budget", async () => {
    const p = await readProgram(excel.context, KEY);
    const from = excel.syncs;
    await updateProgram(excel.context, KEY, { ...p, cap: 1.4 });
    expect(largest(excel, from)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
    expect((await readProgram(excel.context, KEY)).cap).toBe(1.4);
  }, 60000);

  test("writeTargets' read of the data table: every response within the budget", async () => {
    const from = excel.syncs;
    const result = await writeTargets(excel.context, KEY, 0, [{ partnerId: `P${100000 + N - 1}`, target: 0.9 }], {
      switchToPerPartner: true,
    });
    expect(result).toMatchObject({ written: 1, switched: true });
    expect(largest(excel, from)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
  }, 120000);
});

test("a program of 10 KPIs with 80-character Chinese names: updateProgram's first block stays within the budget", async () => {
  const p = programTemplate("solarwave", "zh");
  const kpis = Array.from({ length: 10 }, (_, i) => ({
    ...p.kpis[i % 2],
    name: `K${i}${"阳".repeat(78)}`,
    weight: 0.1,
    gate: 1,
  }));
  const big = { ...p, kpis };
  const excel = new ModelExcel();
  const { key } = (
    await createProgram(excel.context, big, {
      partners: Array.from({ length: 600 }, (_, i) => ({
        id: `P${i}`,
        name: `合作伙伴 ${i}`,
        actuals: kpis.map(() => 1),
      })),
    })
  ).summary;
  const from = excel.syncs;
  await updateProgram(excel.context, key, { ...big, cap: 1.2 });
  expect(largest(excel, from)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
  expect(largest(excel, from)).toBeGreaterThan(RESPONSE_BUDGET_BYTES / 4); // the blocks are well filled
}, 60000);

test("rows far larger than those measured so far: a block Excel refuses as too large is read again in halves", async () => {
  const excel = new ModelExcel({ sheets: ["S"] });
  const long = "x".repeat(10000);
  excel.userEdit(
    "S",
    "A1:A3000",
    Array.from({ length: 3000 }, (_, r) => [r < 2000 ? "a" : `${r}${long}`]),
  );
  const range = excel.context.workbook.worksheets.getItem("S").getRange("A1:A3000");
  const first = queueFirstBlock(range, ["values"], 2000);
  await excel.context.sync();
  const read = blockRows(first, ["values"], 2000);
  const from = excel.syncs;
  const syncs = await readRemainingRows(excel.context, range, ["values"], read, 3000);
  expect(read.values).toHaveLength(3000);
  expect(read.values![2999][0]).toBe(`2999${long}`);
  expect(syncs).toBeGreaterThan(1);
  expect(excel.responseBytes.slice(from).some((b) => b > 5_000_000)).toBe(true); // refused, then halved
  expect(excel.syncs - from).toBe(syncs); // the refused syncs count too
});
