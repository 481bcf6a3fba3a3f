/*
 * npm run verify -- FILE.xlsx [--json] [--plan]: exit 0 when every computed cell agrees with the
 * engine and every closed period's snapshot with its fingerprints, 1 when anything differs, 2 when
 * the file is not a program workbook (docs/verify.md). --plan adds the plan health section
 * (advisory: the exit status stays the cells').
 */
import { ClosedPeriodReport, checkClosedPeriods, closedPeriodLines } from "./closedPeriods";
import { planHealthOf, planHealthText, type ProgramHealth } from "./planHealthSection";
import { NotAProgramWorkbookError, ProgramRead, VerifyReport, verifyTables } from "./verifyWorkbook";
import { FileWorkbook, NotAWorkbookError, readFileTables } from "./xlsxTables";

export interface CliResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
}

const USAGE = "usage: npm run verify -- FILE.xlsx [--json] [--plan]";

export async function runVerify(args: readonly string[]): Promise<CliResult> {
  const json = args.includes("--json");
  const withPlan = args.includes("--plan");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) return notWorkbook(json, files[0] ?? "", USAGE);
  const file = files[0];
  let report: VerifyReport;
  const health: ProgramHealth[] = [];
  const periods: ClosedPeriodReport[] = [];
  try {
    const wb: FileWorkbook = await readFileTables(file);
    report = verifyTables(wb, (read: ProgramRead) => {
      periods.push(...checkClosedPeriods(wb, read.key, read.program));
      if (withPlan) health.push(planHealthOf(read));
    });
  } catch (e) {
    if (e instanceof NotAWorkbookError || e instanceof NotAProgramWorkbookError)
      return notWorkbook(json, file, e.message);
    throw e;
  }
  const edited = periods.filter((p) => p.status !== "intact").length;
  const ok = report.ok && edited === 0;
  const code = ok ? 0 : 1;
  if (json)
    return {
      code,
      stdout:
        JSON.stringify({
          file,
          status: ok ? "ok" : "differences",
          ...report,
          ok,
          closedPeriods: periods,
          ...(withPlan ? { planHealth: health } : {}),
        }) + "\n",
    };
  const lines: string[] = [];
  for (const d of report.differences)
    lines.push(`${d.sheet}!${d.cell}  ${d.partner}  ${d.column}: expected ${show(d.expected)}, found ${show(d.found)}`);
  lines.push(...closedPeriodLines(periods));
  const cells = report.programs.reduce((n, p) => n + p.cellsChecked, 0);
  const partners = report.programs.reduce((n, p) => n + p.partners, 0);
  for (const p of report.programs)
    lines.push(
      `program ${p.name} (${p.dataTable}, ${p.language}): ${p.partners} partners, total payout ${p.totalPayout}`,
    );
  lines.push(
    `${file}: ${report.programs.length} program(s), ${partners} partners, ${cells} cells checked, ` +
      `${report.differences.length} difference(s)` +
      (periods.length > 0 ? `, ${periods.length} closed period(s), ${edited} edited or missing` : "") +
      (ok ? ": OK" : ""),
  );
  if (withPlan) lines.push(...planHealthText(health));
  return { code, stdout: lines.join("\n") + "\n" };
}

function show(v: unknown): string {
  return v === "" ? "(blank)" : JSON.stringify(v);
}

function notWorkbook(json: boolean, file: string, reason: string): CliResult {
  return {
    code: 2,
    stdout: json
      ? JSON.stringify({ file, status: "not a program workbook", reason }) + "\n"
      : `${file}: not a program workbook: ${reason}\n`,
  };
}
