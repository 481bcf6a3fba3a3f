/* Insights › Suggested targets › Write: the target column of the program's own data table, against the strict Excel model. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { planTargets } from "../../src/workbook/targets/planTargets";
import { writeTargets } from "../../src/workbook/targets/writeTargets";
import { ModelCell, ModelExcel } from "../excel-model/fakeExcelFacade";
import { colName } from "../excel-model/addresses";

const KEY = "SolarWave_Installer";
const DATA = `PI_${KEY}_Data`;

function perPartner(): ProgramDefinition {
  const p = programTemplate("solarwave");
  return { ...p, kpis: p.kpis.map((k, i) => (i === 0 ? { ...k, targetMode: "perPartner", target: null } : k)) };
}

const seeds = (withTargets: boolean): PartnerSeed[] =>
  ["P1", "P2", "P3"].map((id, i) => ({
    id,
    name: `Partner ${i + 1}`,
    actuals: [0.9, 4.5],
    ...(withTargets ? { targets: [0.8 + i / 100, null] } : {}),
  }));

async function workbook(p: ProgramDefinition, withTargets: boolean): Promise<ModelExcel> {
  const excel = new ModelExcel({ workbook: { sheets: [{ name: "My notes", cells: { A1: "keep me" } }] } });
  await createProgram(excel.context, p, { partners: seeds(withTargets) });
  return excel;
}

/** Every cell of the data table except one column, to show nothing else moved. */
function otherColumns(excel: ModelExcel, except: string): string {
  const t = excel.table(DATA);
  return JSON.stringify(t.header().map((h) => (h === except ? null : [h, t.column(h)])));
}

const values = (excel: ModelExcel, header: string) =>
  excel
    .table(DATA)
    .column(header)
    .map((c) => c?.value);

describe("planTargets (pure)", () => {
  const vals = [
    ["Partner ID", "On-time installs target", "Other"],
    ["P1", 0.8, "x"],
    ["p2 ", "", "y"],
    ["P3", 0, "z"],
  ];
  const formulas = [vals[0], ["P1", 0.8, "x"], ["p2 ", "", "y"], ["P3", "=0.7+0.1", "z"]];
  const headers = { partnerId: "Partner ID", target: "On-time installs target" };

  test("rows are matched by Partner ID ignoring case and spaces; the others keep their cell, formula included", () => {
    const plan = planTargets(
      vals,
      formulas,
      headers,
      [
        { partnerId: "P2", target: 0.9 },
        { partnerId: "Nobody", target: 1 },
      ],
      DATA,
    );
    expect(plan).toEqual({ column: 1, cells: [[0.8], [0.9], ["=0.7+0.1"]], written: 1, unmatched: ["Nobody"] });
  });

  test("a missing column or a target that is not a number plans nothing", () => {
    expect(() => planTargets(vals, formulas, { ...headers, target: "CSAT target" }, [], DATA)).toThrow(
      `The table ${DATA} has no column “CSAT target”, so the targets cannot be written. Nothing was written.`,
    );
    expect(() => planTargets(vals, formulas, headers, [{ partnerId: "P1", target: NaN }], DATA)).toThrow(
      "The target for P1 is not a number. Nothing was written.",
    );
  });
});

describe("writeTargets", () => {
  test("a per-partner KPI: only its target column changes, in 5 syncs", async () => {
    const excel = await workbook(perPartner(), true);
    const p = await readProgram(excel.context, KEY);
    const others = otherColumns(excel, "On-time installs target");
    const notes = JSON.stringify([...excel.sheet("My notes").cells]);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await writeTargets(
      excel.context,
      KEY,
      0,
      [
        { partnerId: "P3", target: 0.85 },
        { partnerId: "P1", target: 0.82 },
        { partnerId: "P9", target: 0.9 },
      ],
      { basedOn: p },
    );
    expect(sync).toHaveBeenCalledTimes(5);
    expect(result).toEqual({
      column: "On-time installs target",
      written: 2,
      unmatched: ["P9"],
      switched: false,
      syncs: 5,
    });
    expect(values(excel, "On-time installs target")).toEqual([0.82, 0.81, 0.85]);
    expect(otherColumns(excel, "On-time installs target")).toBe(others);
    expect(JSON.stringify([...excel.sheet("My notes").cells])).toBe(notes);
  });

  test("a fixed target: refused unless asked to switch; switching adds the column, fills it, rewrites the formulas", async () => {
    const excel = await workbook(programTemplate("solarwave"), false);
    const p = await readProgram(excel.context, KEY);
    const targets = [
      { partnerId: "P1", target: 0.84 },
      { partnerId: "P2", target: 0.86 },
      { partnerId: "P3", target: 0.88 },
    ];
    await expect(writeTargets(excel.context, KEY, 0, targets)).rejects.toThrow(
      "“On-time installs” has one fixed target for every partner, so there is no column for per-partner targets. Nothing was written.",
    );
    expect(excel.table(DATA).header()).not.toContain("On-time installs target");

    const result = await writeTargets(excel.context, KEY, 0, targets, { basedOn: p, switchToPerPartner: true });
    expect(result).toMatchObject({ written: 3, switched: true, syncs: 10 });
    expect(values(excel, "On-time installs target")).toEqual([0.84, 0.86, 0.88]);
    const after = await readProgram(excel.context, KEY);
    expect(after.kpis[0]).toMatchObject({ targetMode: "perPartner", target: null });
    expect(String(excel.table(DATA).column("On-time installs attainment")[0]?.value)).toContain(
      "[@[On-time installs target]]",
    );
  });

  test("a failed fill after a switch takes the switch back: the KPI keeps its fixed target, no column is added", async () => {
    const excel = await workbook(programTemplate("solarwave"), false);
    const p = await readProgram(excel.context, KEY);
    const header = excel.table(DATA).header();
    excel.failAtSync = excel.syncs + 2 + 1 + 4 + 2; // read, the header, switch, read the data table, then the fill
    const error = await writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }], {
      switchToPerPartner: true,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Excel could not finish writing the targets of “On-time installs”: .*The program's tables were put back as they were\.$/,
    );
    expect(excel.table(DATA).header()).toEqual(header);
    expect(await readProgram(excel.context, KEY)).toEqual(p);
  });

  test("a failed switch keeps a target column that was already there (the user's targets from an earlier period)", async () => {
    const excel = await workbook(perPartner(), true);
    const kept = values(excel, "On-time installs target");
    // The KPI went back to a fixed target: its target column stays, as the user's data.
    const pp = await readProgram(excel.context, KEY);
    await updateProgram(excel.context, KEY, {
      ...pp,
      kpis: pp.kpis.map((k, i) => (i === 0 ? { ...k, targetMode: "fixed", target: 0.8 } : k)),
    });
    expect(excel.table(DATA).header()).toContain("On-time installs target");
    excel.failAtSync = excel.syncs + 2 + 1 + 4 + 2;
    await expect(
      writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }], { switchToPerPartner: true }),
    ).rejects.toThrow(/The program's tables were put back as they were\.$/);
    expect(values(excel, "On-time installs target")).toEqual(kept);
  });

  test("a failed fill of a per-partner column puts the column back as it was", async () => {
    const excel = await workbook(perPartner(), true);
    const before = values(excel, "On-time installs target");
    excel.failAtSync = excel.syncs + 4;
    await expect(writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.99 }])).rejects.toThrow(
      /The program's tables were put back as they were\.$/,
    );
    expect(values(excel, "On-time installs target")).toEqual(before);
  });

  test("a program over the user's own table is refused: the add-in does not write to the user's tables", async () => {
    const excel = await workbook(perPartner(), true);
    const p = await readProgram(excel.context, KEY);
    const existing = {
      ...p,
      source: { kind: "existing" as const, source: "Sales", partnerColumn: "ID", kpiColumns: [] },
    };
    // Written into the Settings table as a program over "Sales" would be (typed under it; Excel grows the table).
    const settings = excel.table(`PI_${KEY}_Settings`);
    const { row, column, rows, columns } = settings.box;
    const at = (r: number, c: number) => `${colName(c)}${r + 1}`;
    excel.userEdit(settings.sheet.name, `${at(row + rows, column)}:${at(row + rows, column + 1)}`, [
      ["Partner data", "Sales"],
    ]);
    await excel.userResizeTable(settings.name, `${at(row, column)}:${at(row + rows, column + columns - 1)}`);
    void existing;
    await expect(writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }])).rejects.toThrow(
      /are read from your table Sales, and the add-in does not write to your tables\. Nothing was written/,
    );
  });
});

describe("a failure at ANY sync of writeTargets leaves the workbook as it was, and says so", () => {
  /**
   * Every cell of every sheet (value, formula, format), the tables' places, the sheets. As Excel
   * shows them: "" written to a cell leaves it empty, and "General" is an unformatted cell's format.
   */
  const shown = (c: ModelCell) => ({
    kind: c.value === "" ? "blank" : c.kind,
    value: c.value,
    numberFormat: c.numberFormat === "General" ? undefined : c.numberFormat,
  });
  const workbookState = (excel: ModelExcel) =>
    JSON.stringify({
      sheets: excel.liveSheets().map((s) => [
        s.name,
        [...s.cells.entries()]
          .map(([k, c]) => [k, shown(c)] as const)
          .filter(([, c]) => c.kind !== "blank" || c.numberFormat !== undefined)
          .sort(([a], [b]) => a.localeCompare(b)),
      ]),
      tables: excel.tables.filter((t) => !t.sheet.deleted).map((t) => [t.name, t.box]),
    });

  async function syncsOf(run: (excel: ModelExcel) => Promise<unknown>, excel: ModelExcel): Promise<number> {
    const before = excel.syncs;
    await run(excel);
    return excel.syncs - before;
  }

  const cases: [string, () => Promise<ModelExcel>, (excel: ModelExcel) => Promise<unknown>][] = [
    [
      "switching a fixed target to per partner",
      () => workbook(programTemplate("solarwave"), false),
      (excel) => writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.9 }], { switchToPerPartner: true }),
    ],
    [
      "a per-partner target column",
      () => workbook(perPartner(), true),
      (excel) => writeTargets(excel.context, KEY, 0, [{ partnerId: "P1", target: 0.99 }]),
    ],
  ];

  test.each(cases)("%s", async (_, make, run) => {
    const total = await syncsOf(run, await make());
    expect(total).toBeGreaterThanOrEqual(5);
    for (let k = 1; k <= total; k++) {
      const excel = await make();
      const before = workbookState(excel);
      excel.failAtSync = excel.syncs + k;
      const error = (await run(excel).then(
        () => null,
        (e: unknown) => e,
      )) as Error | null;
      expect(error).not.toBeNull();
      // Never Excel's bare "GeneralException": what failed, and what became of the workbook.
      expect(error!.message).toMatch(
        /^(Excel could not finish (writing the targets of|saving the changes to) “|Could not read the program's tables \()/,
      );
      expect(error!.message).toMatch(/(Nothing was written|were put back as they were)\.$/);
      expect([k, workbookState(excel)]).toEqual([k, before]);
    }
  });
});
