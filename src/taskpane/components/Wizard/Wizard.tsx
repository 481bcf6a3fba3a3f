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
import { REVIEW_STEP, type StepIndex } from "./wizardModel";

const STEP_HEADINGS = ["Program", "KPIs", "Rewards", "Review and create"] as const;

const useHeading = makeStyles({ heading: typographyStyles.subtitle1 });

export interface WizardProps {
  /** Switches the pane to the Programs tab (after a program is created). */
  onShowPrograms: () => void;
}

/**
 * New program: a template, then Program → KPIs → Rewards → Review with a fixed Back/Next
 * footer. Every step can be visited in any order; issues show at their fields and on the steps.
 */
export function Wizard({ onShowPrograms }: WizardProps): React.JSX.Element {
  const wizard = useWizardState();
  const { model, dispatch } = wizard;
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const heading = useHeading();
  const onReview = !model.picking && model.step === REVIEW_STEP;
  const review = useReview(wizard.program, wizard.writeOptions, wizard.issues.length === 0, onReview);
  const goTo = (step: StepIndex) => dispatch({ type: "goTo", step });

  // After a step change, focus goes to the new step's heading, so keyboard and screen reader users start at the top.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const shownStep = React.useRef<string | null>(null);
  React.useEffect(() => {
    const key = model.picking ? "templates" : String(model.step);
    if (shownStep.current !== null && shownStep.current !== key) headingRef.current?.focus();
    shownStep.current = key;
  }, [model.picking, model.step]);

  let next: React.JSX.Element;
  if (model.step < REVIEW_STEP) {
    next = (
      <Button className={styles.footerButton} appearance="primary" onClick={() => dispatch({ type: "next" })}>
        Next
      </Button>
    );
  } else if (review.create.status === "done") {
    next = (
      <Button className={styles.footerButton} appearance="primary" onClick={() => dispatch({ type: "showTemplates" })}>
        New program
      </Button>
    );
  } else {
    next = (
      <Button
        className={styles.footerButton}
        appearance="primary"
        disabled={!review.canSubmit}
        aria-describedby={wizard.issues.length > 0 || review.preview.status === "failed" ? CREATE_REASON_ID : undefined}
        onClick={review.submit}
      >
        Create program
      </Button>
    );
  }

  return (
    <div className={styles.root}>
      {model.picking ? (
        <TemplatePicker
          onPick={(from) => dispatch({ type: "start", from })}
          draftName={model.startedFrom === null ? null : wizard.program.name.trim()}
          onResume={() => dispatch({ type: "resume" })}
        />
      ) : (
        <>
          <StepIndicator
            step={model.step}
            issuesPerStep={wizard.issuesPerStep}
            visited={model.revealed}
            onSelect={goTo}
          />
          <div className={styles.body} tabIndex={0} role="region" aria-label={STEP_HEADINGS[model.step]}>
            <h2 ref={headingRef} tabIndex={-1} className={mergeClasses(heading.heading, styles.stepHeading)}>
              {STEP_HEADINGS[model.step]}
            </h2>
            {model.step === 0 && <ProgramStep wizard={wizard} />}
            {model.step === 1 && <KpisStep wizard={wizard} />}
            {model.step === 2 && <RewardsStep wizard={wizard} />}
            {model.step === 3 && (
              <ReviewStep wizard={wizard} review={review} onGoTo={goTo} onShowPrograms={onShowPrograms} />
            )}
          </div>
          <footer className={styles.footer}>
            <Button className={styles.footerButton} onClick={() => dispatch({ type: "back" })}>
              {model.step === 0 ? "Templates" : "Back"}
            </Button>
            {next}
          </footer>
        </>
      )}
      <div className={shared.visuallyHidden} aria-live="polite">
        {model.announcement}
      </div>
    </div>
  );
}
