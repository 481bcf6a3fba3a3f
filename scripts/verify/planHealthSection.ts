/*
 * npm run verify -- FILE.xlsx --plan: the plan health check (issue 17 item 3) of every program in
 * the file, over its partners as the data table holds them. The engine finds (planHealth); the
 * words are the Insights pane's own, in English (healthModel.ts), so the pane and the command
 * never word a finding two ways. Advisory: it does not change verify's exit status.
 */
import { planHealth, type HealthFinding } from "../../src/engine";
import { en } from "../../src/taskpane/i18n/en";
import { describeHealth, type HealthItem } from "../../src/taskpane/components/Insights/healthModel";
import type { ProgramRead } from "./verifyWorkbook";

/** A finding in words: its title, the numbers in sentences, the partners it names, the fix to try. */
type Words = Pick<HealthItem, "title" | "detail" | "partners"> & { readonly fix: string | null };

export interface ProgramHealth {
  readonly key: string;
  readonly name: string;
  /** Each finding's data (id, numbers, fix as edits) with its English words. */
  readonly findings: readonly (HealthFinding & { readonly words: Words })[];
  /** Why the plan could not be checked (its tier table cannot be read). */
  readonly error?: string;
}

export function planHealthOf(read: ProgramRead): ProgramHealth {
  const { key, program, partners } = read;
  try {
    const health = planHealth(
      program,
      partners.map((x) => x.input),
    );
    const items = describeHealth(program, partners, health, { t: en, locale: "en-US", language: "en" });
    return {
      key,
      name: program.name,
      findings: health.findings.map((f, i) => {
        const { title, detail, partners: who, fix } = items[i];
        return { ...f, words: { title, detail, partners: who, fix: fix?.text ?? null } };
      }),
    };
  } catch (e) {
    return { key, name: program.name, findings: [], error: (e as Error).message };
  }
}

/** The section as text: a heading per program, one paragraph per finding. */
export function planHealthText(programs: readonly ProgramHealth[]): string[] {
  const t = en.insights.health;
  const lines: string[] = [];
  for (const p of programs) {
    lines.push("", `${t.heading}: program ${p.name}`);
    if (p.error) lines.push(`  ${t.cannotCheck} ${p.error}`);
    else if (p.findings.length === 0) lines.push(`  ${t.allClear}`);
    for (const f of p.findings) {
      const w = f.words;
      lines.push(`  ${f.severity === "warning" ? t.warning(w.title) : t.info(w.title)}`, `    ${w.detail}`);
      if (w.partners) lines.push(`    ${w.partners.label}:`, ...w.partners.items.map((x) => `      - ${x}`));
      if (w.fix) lines.push(`    ${w.fix}`);
    }
  }
  return lines;
}
