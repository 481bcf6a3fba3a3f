/*
 * npm run verify -- FILE.xlsx [--json] [--plan]: exit 0 when every computed cell agrees with the
 * engine, 1 when any differs, 2 when the file is not a program workbook (docs/verify.md). --plan
 * adds the plan health section (advisory: the exit status stays the cells').
 */
import { planHealthOf, planHealthText, type ProgramHealth } from "./planHealthSection";
import { NotAProgramWorkbookError, VerifyReport, verifyTables } from "./verifyWorkbook";
import { NotAWorkbookError, readFileTables } from "./xlsxTables";

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
  try {
    report = verifyTables(await readFileTables(file), withPlan ? (read) => health.push(planHealthOf(read)) : undefined);
  } catch (e) {
    if (e instanceof NotAWorkbookError || e instanceof NotAProgramWorkbookError)
      return notWorkbook(json, file, e.message);
    throw e;
  }
  const code = report.ok ? 0 : 1;
  if (json)
    return {
      code,
      stdout:
        JSON.stringify({
          file,
          status: report.ok ? "ok" : "differences",
          ...report,
          ...(withPlan ? { planHealth: health } : {}),
        }) + "\n",
    };
  const lines: string[] = [];
  for (const d of report.differences)
    lines.push(`${d.sheet}!${d.cell}  ${d.partner}  ${d.column}: expected ${show(d.expected)}, found ${show(d.found)}`);
  const cells = report.programs.reduce((n, p) => n + p.cellsChecked, 0);
  const partners = report.programs.reduce((n, p) => n + p.partners, 0);
  for (const p of report.programs)
    lines.push(
      `program ${p.name} (${p.dataTable}, ${p.language}): ${p.partners} partners, total payout ${p.totalPayout}`,
    );
  lines.push(
    `${file}: ${report.programs.length} program(s), ${partners} partners, ${cells} cells checked, ` +
      `${report.differences.length} difference(s)${report.ok ? ": OK" : ""}`,
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
