import * as React from "react";
import { validateProgram, type ProgramIssue } from "../../../engine/program/validate";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { WriteOptions } from "../../services/WorkbookService";
import { programDiff, type ProgramDiff } from "./programDiff";
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

export function useWizardState(): WizardState {
  const [model, dispatch] = React.useReducer(wizardReducer, undefined, initialWizardModel);
  const program = model.program;
  const { strings: t, locale, language } = useI18n();
  // validateProgram words its messages in the engine's language, which follows the pane's: a
  // language switch must word them again (the program itself, what was typed, is untouched).
  const issues = React.useMemo(() => validateProgram(program), [program, language]);

  const visible = React.useMemo(() => {
    const byPath = new Map<string, ProgramIssue>();
    for (const issue of issues)
      if (issueVisible(model, issue) && !byPath.has(issue.path)) byPath.set(issue.path, issue);
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
