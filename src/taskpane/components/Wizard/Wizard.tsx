import * as React from "react";
import { Button, makeStyles, mergeClasses, typographyStyles } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";
import { KpisStep } from "./KpisStep";
import { ProgramStep } from "./ProgramStep";
import { CREATE_REASON_ID, ReviewStep } from "./ReviewStep";
import { RewardsStep } from "./RewardsStep";
import { StepIndicator } from "./StepIndicator";
import { TemplatePicker } from "./TemplatePicker";
import { useReview } from "./useReview";
import { useWizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { diffIsEmpty } from "../shared/programDiff";
import type { EditRequest } from "../shared/editRequest";
import { REVIEW_STEP, stepOfPath, type StepIndex } from "./wizardModel";
import type { ProgramIssue } from "../../../engine/program/validate";
import { announcementText } from "./announcement";
import { useI18n } from "../../i18n/I18nProvider";

const useHeading = makeStyles({ heading: typographyStyles.subtitle1, title: typographyStyles.subtitle2 });

export interface WizardProps {
  /** Switches the pane to the Programs tab (after a program is created). */
  onShowPrograms: () => void;
  /** A program to edit, from the Programs screen: each new request opens it, replacing what is shown. */
  edit?: EditRequest | null;
  /** Editing ended (cancelled or done): the wizard is a fresh new-program wizard again. */
  onEditEnd?: () => void;
}

/**
 * New program: a template, then Program → KPIs → Rewards → Review with a fixed Back/Next
 * footer. Every step can be visited in any order; issues show at their fields and on the steps.
 */
export function Wizard({ onShowPrograms, edit = null, onEditEnd }: WizardProps): React.JSX.Element {
  const wizard = useWizardState();
  const { model, dispatch, diff } = wizard;
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const heading = useHeading();
  const { strings: t, language } = useI18n();
  const onReview = !model.picking && model.step === REVIEW_STEP;
  const editing = model.editing;
  const reviewEdit = React.useMemo(
    () => (editing && diff ? { key: editing.key, savable: !diffIsEmpty(diff) && diff.blocked === null } : null),
    [editing, diff],
  );
  const onSaved = React.useCallback(() => dispatch({ type: "saved" }), [dispatch]);
  const review = useReview(
    wizard.program,
    wizard.writeOptions,
    wizard.issues.length === 0,
    onReview,
    reviewEdit,
    onSaved,
  );
  const goTo = (step: StepIndex) => dispatch({ type: "goTo", step });
  const headings = [
    ...t.wizard.stepTitles.slice(0, REVIEW_STEP),
    editing ? t.wizard.reviewSaveHeading : t.wizard.reviewCreateHeading,
  ];

  // Each edit request from the Programs screen opens that program.
  React.useEffect(() => {
    if (edit) dispatch({ type: "edit", key: edit.key, program: edit.program });
  }, [edit, dispatch]);

  // Leaving edit mode (Cancel editing, Done) tells the shell, so its tab reads "New program" again.
  const wasEditing = React.useRef(false);
  const endEdit = React.useRef(onEditEnd);
  endEdit.current = onEditEnd;
  React.useEffect(() => {
    if (wasEditing.current && !editing) endEdit.current?.();
    wasEditing.current = editing !== null;
  }, [editing]);

  // After a step change, focus goes to the new step's heading, so keyboard and screen reader users
  // start at the top; or, from an issue on the review, to that issue's field.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const bodyRef = React.useRef<HTMLDivElement>(null);
  const issueToFocus = React.useRef<string | null>(null);
  const shownStep = React.useRef<string | null>(null);
  React.useEffect(() => {
    const key = model.picking ? "templates" : `${editing ? "edit" : "new"}-${model.step}`;
    if (shownStep.current !== null && shownStep.current !== key) {
      const field =
        issueToFocus.current && bodyRef.current ? fieldWithMessage(bodyRef.current, issueToFocus.current) : null;
      (field ?? headingRef.current)?.focus();
    }
    issueToFocus.current = null;
    shownStep.current = key;
  }, [model.picking, model.step, editing]);
  const goToIssue = (issue: ProgramIssue) => {
    issueToFocus.current = issue.message;
    goTo(stepOfPath(issue.path));
  };

  // Alt+N and Alt+B press Next and Back from anywhere in the wizard (announced in their titles):
  // a long step's fields are many Tab presses from the footer.
  const nextRef = React.useRef<HTMLButtonElement>(null);
  const backRef = React.useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || model.picking) return;
    const target = e.code === "KeyN" ? nextRef.current : e.code === "KeyB" ? backRef.current : null;
    if (!target) return;
    e.preventDefault();
    if (!target.disabled && target.getAttribute("aria-disabled") !== "true") target.click();
  };
  const nextKeys = { ref: nextRef, "aria-keyshortcuts": "Alt+N" };

  let next: React.JSX.Element;
  if (model.step < REVIEW_STEP) {
    next = (
      <Button
        {...nextKeys}
        title={t.wizard.shortcut(t.wizard.next, "Alt+N")}
        className={styles.footerButton}
        appearance="primary"
        onClick={() => dispatch({ type: "next" })}
      >
        {t.wizard.next}
      </Button>
    );
  } else if (editing && review.create.status === "saved") {
    next = (
      <Button
        {...nextKeys}
        title={t.wizard.shortcut(t.wizard.done, "Alt+N")}
        className={styles.footerButton}
        appearance="primary"
        onClick={() => {
          dispatch({ type: "cancelEdit" });
          onShowPrograms();
        }}
      >
        {t.wizard.done}
      </Button>
    );
  } else if (review.create.status === "done") {
    next = (
      <Button
        {...nextKeys}
        title={t.wizard.shortcut(t.wizard.newProgram, "Alt+N")}
        className={styles.footerButton}
        appearance="primary"
        onClick={() => dispatch({ type: "showTemplates" })}
      >
        {t.wizard.newProgram}
      </Button>
    );
  } else {
    next = (
      <Button
        {...nextKeys}
        title={t.wizard.shortcut(editing ? t.wizard.saveChanges : t.wizard.createProgram, "Alt+N")}
        className={styles.footerButton}
        appearance="primary"
        disabled={!review.canSubmit}
        aria-describedby={
          wizard.issues.length > 0 || (editing ? !reviewEdit?.savable : review.preview.status === "failed")
            ? CREATE_REASON_ID
            : undefined
        }
        onClick={review.submit}
      >
        {editing ? t.wizard.saveChanges : t.wizard.createProgram}
      </Button>
    );
  }

  const backLabel = model.step > 0 ? t.wizard.back : editing ? t.wizard.cancelEditing : t.wizard.templatesButton;
  return (
    <div className={styles.root} onKeyDown={onKeyDown}>
      {model.picking ? (
        <TemplatePicker
          onPick={(from) => dispatch({ type: "start", from, language })}
          draftName={model.startedFrom === null ? null : wizard.program.name.trim()}
          onResume={() => dispatch({ type: "resume" })}
          headingRef={headingRef}
        />
      ) : (
        <>
          {editing && (
            <h2 className={mergeClasses(heading.title, styles.editTitle)}>
              {editing.original.name.trim()
                ? t.wizard.editTitle(editing.original.name.trim())
                : t.wizard.editTitleUnnamed}
            </h2>
          )}
          <StepIndicator
            step={model.step}
            issuesPerStep={wizard.issuesPerStep}
            visited={model.revealed}
            onSelect={goTo}
          />
          <div ref={bodyRef} className={styles.body} tabIndex={0} role="region" aria-label={headings[model.step]}>
            <StepHeading
              level={editing ? 3 : 2}
              ref={headingRef}
              className={mergeClasses(heading.heading, styles.stepHeading)}
            >
              {headings[model.step]}
            </StepHeading>
            {model.step === 0 && <ProgramStep wizard={wizard} />}
            {model.step === 1 && <KpisStep wizard={wizard} />}
            {model.step === 2 && <RewardsStep wizard={wizard} />}
            {model.step === 3 && (
              <ReviewStep wizard={wizard} review={review} onGoToIssue={goToIssue} onShowPrograms={onShowPrograms} />
            )}
          </div>
          <footer className={styles.footer}>
            <Button
              ref={backRef}
              aria-keyshortcuts="Alt+B"
              title={t.wizard.shortcut(backLabel, "Alt+B")}
              className={styles.footerButton}
              onClick={() => dispatch({ type: "back" })}
            >
              {backLabel}
            </Button>
            {next}
          </footer>
        </>
      )}
      <div className={shared.visuallyHidden} aria-live="polite">
        {announcementText(model.announcement, t)}
      </div>
    </div>
  );
}

/**
 * The control whose validation message is `message`: the one it describes (Field's
 * aria-describedby), else the first control in the message's card or row; null if none shows it.
 */
function fieldWithMessage(root: HTMLElement, message: string): HTMLElement | null {
  const showing = Array.from(root.querySelectorAll<HTMLElement>("*")).filter((el) => el.textContent?.includes(message));
  const holder = showing.find((el) => !showing.some((other) => other !== el && el.contains(other)));
  if (!holder) return null;
  const ids = new Set<string>();
  for (let el: HTMLElement | null = holder; el && el !== root; el = el.parentElement) if (el.id) ids.add(el.id);
  const described = Array.from(root.querySelectorAll<HTMLElement>("[aria-describedby]")).find((el) =>
    (el.getAttribute("aria-describedby") ?? "").split(/\s+/).some((id) => ids.has(id)),
  );
  if (described) return described;
  const group = holder.closest<HTMLElement>("li, [role='group'], [role='region'], tr") ?? holder.parentElement;
  return group?.querySelector<HTMLElement>("input, select, textarea") ?? null;
}

/** The step's heading: under the "Edit …" title while editing, so one level down. */
const StepHeading = React.forwardRef<
  HTMLHeadingElement,
  { level: 2 | 3; className: string; children: React.ReactNode }
>(function StepHeading({ level, className, children }, ref) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag ref={ref} tabIndex={-1} className={className}>
      {children}
    </Tag>
  );
});
