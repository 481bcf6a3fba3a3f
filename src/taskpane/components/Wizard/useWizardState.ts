import * as React from "react";
import type { Language } from "../../../engine/language";
import { validateProgram, type ProgramIssue } from "../../../engine/program/validate";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { WriteOptions } from "../../services/WorkbookService";
import { programDiff, type ProgramDiff } from "../shared/programDiff";
import { useI18n } from "../../i18n/I18nProvider";
import {
  initialWizardModel,
  issueVisible,
  stepOfPath,
  STEPS,
  wizardReducer,
  type WizardAction,
  type WizardModel,
} from "./wizardModel";

export interface WizardState {
  model: WizardModel;
  program: ProgramDefinition;
  /** Every issue validateProgram finds, in field order. */
  issues: readonly ProgramIssue[];
  /** The issue to show at a field now (edited, or its step revealed), if any. */
  issueAt: (path: string) => ProgramIssue | undefined;
  /** Its message, for Field's validationMessage. */
  messageAt: (path: string) => string | undefined;
  /** Issues per step, shown on the step indicator whether or not the fields were touched yet. */
  issuesPerStep: readonly number[];
  dispatch: React.Dispatch<WizardAction>;
  /** What the workbook layer is asked to write besides the program. */
  writeOptions: WriteOptions;
  /** Editing: what differs from the program as read (or last saved); null for a new program. */
  diff: ProgramDiff | null;
}

/**
 * The engine's tier parser stops at a table's first problem, so a blank rate in row 2 hid bounds
 * out of order further down until every rate was filled. The bounds are checked again with blank
 * rates read as 0, and what that finds on another row is added after the tier issues.
 */
export function withTierOrder(
  program: ProgramDefinition,
  found: readonly ProgramIssue[],
  language: Language = "en",
): readonly ProgramIssue[] {
  if (!program.tiers.some((t) => Number.isNaN(t.rate))) return found;
  const filled = { ...program, tiers: program.tiers.map((t) => (Number.isNaN(t.rate) ? { ...t, rate: 0 } : t)) };
  const more = validateProgram(filled, language).filter(
    (i) => i.path.startsWith("tiers") && !found.some((f) => f.path === i.path),
  );
  if (more.length === 0) return found;
  let at = found.length;
  for (let i = found.length - 1; i >= 0; i--)
    if (found[i].path.startsWith("tiers")) {
      at = i + 1;
      break;
    }
  return [...found.slice(0, at), ...more, ...found.slice(at)];
}

export function useWizardState(): WizardState {
  const [model, dispatch] = React.useReducer(wizardReducer, undefined, initialWizardModel);
  const program = model.program;
  const { strings: t, locale, language } = useI18n();
  // validateProgram words its messages in the pane's language: a language switch words them
  // again (the program itself, what was typed, is untouched).
  const issues = React.useMemo(
    () => withTierOrder(program, validateProgram(program, language), language),
    [program, language],
  );

  // An issue shows at its field once the field was edited or its step revealed, and always on the
  // step shown: what the step indicator counts is said at the field.
  const visible = React.useMemo(() => {
    const byPath = new Map<string, ProgramIssue>();
    for (const issue of issues)
      if (
        (issueVisible(model, issue) || (!model.picking && stepOfPath(issue.path) === model.step)) &&
        !byPath.has(issue.path)
      )
        byPath.set(issue.path, issue);
    return byPath;
  }, [issues, model]);

  const issuesPerStep = React.useMemo(() => {
    const counts = STEPS.map(() => 0);
    for (const issue of issues) counts[stepOfPath(issue.path)]++;
    return counts;
  }, [issues]);

  const writeOptions = React.useMemo<WriteOptions>(
    () =>
      model.withSample && model.startedFrom === "solarwave" && program.source.kind === "new"
        ? { withSolarWaveSample: true }
        : {},
    [model.withSample, model.startedFrom, program.source.kind],
  );

  const original = model.editing?.original ?? null;
  const diff = React.useMemo(
    () => (original ? programDiff(original, program, t, locale) : null),
    [original, program, t, locale],
  );

  return {
    model,
    program,
    issues,
    issueAt: (path) => visible.get(path),
    messageAt: (path) => visible.get(path)?.message,
    issuesPerStep,
    dispatch,
    writeOptions,
    diff,
  };
}
