import * as React from "react";
import { Button, makeStyles, mergeClasses, typographyStyles } from "@fluentui/react-components";
import { useSharedStyles } from "../useSharedStyles";
import { KpisStep } from "./KpisStep";
import { ProgramStep } from "./ProgramStep";
import { CREATE_REASON_ID, ReviewStep } from "./ReviewStep";
import { RewardsStep } from "./RewardsStep";
import { StepIndicator } from "./StepIndicator";
import { TemplatePicker } from "./TemplatePicker";
import { useReview } from "./useReview";
import { useWizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { diffIsEmpty } from "./programDiff";
import { REVIEW_STEP, type EditRequest, type StepIndex } from "./wizardModel";
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

  // After a step change, focus goes to the new step's heading, so keyboard and screen reader users start at the top.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const shownStep = React.useRef<string | null>(null);
  React.useEffect(() => {
    const key = model.picking ? "templates" : `${editing ? "edit" : "new"}-${model.step}`;
    if (shownStep.current !== null && shownStep.current !== key) headingRef.current?.focus();
    shownStep.current = key;
  }, [model.picking, model.step, editing]);

  let next: React.JSX.Element;
  if (model.step < REVIEW_STEP) {
    next = (
      <Button className={styles.footerButton} appearance="primary" onClick={() => dispatch({ type: "next" })}>
        {t.wizard.next}
      </Button>
    );
  } else if (editing && review.create.status === "saved") {
    next = (
      <Button
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
      <Button className={styles.footerButton} appearance="primary" onClick={() => dispatch({ type: "showTemplates" })}>
        {t.wizard.newProgram}
      </Button>
    );
  } else {
    next = (
      <Button
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

  return (
    <div className={styles.root}>
      {model.picking ? (
        <TemplatePicker
          onPick={(from) => dispatch({ type: "start", from, language })}
          draftName={model.startedFrom === null ? null : wizard.program.name.trim()}
          onResume={() => dispatch({ type: "resume" })}
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
          <div className={styles.body} tabIndex={0} role="region" aria-label={headings[model.step]}>
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
              <ReviewStep wizard={wizard} review={review} onGoTo={goTo} onShowPrograms={onShowPrograms} />
            )}
          </div>
          <footer className={styles.footer}>
            <Button className={styles.footerButton} onClick={() => dispatch({ type: "back" })}>
              {model.step > 0 ? t.wizard.back : editing ? t.wizard.cancelEditing : t.wizard.templatesButton}
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
