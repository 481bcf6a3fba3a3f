import * as React from "react";
import { Body1, Button, CompoundButton, makeStyles, mergeClasses, typographyStyles } from "@fluentui/react-components";
import { PROGRAM_TEMPLATES } from "../../../engine/program/templates";
import type { StartFrom } from "./wizardModel";
import { useWizardStyles } from "./useWizardStyles";
import { useStrings } from "../../i18n/I18nProvider";

export interface TemplatePickerProps {
  onPick: (from: StartFrom) => void;
  /** The draft in progress, if any, to go back to. */
  draftName: string | null;
  onResume: () => void;
  /** The heading, which the wizard focuses when the templates are shown again (New program, Templates). */
  headingRef?: React.Ref<HTMLHeadingElement>;
}

// A plain h2 in Subtitle1's type: the wizard focuses it, and Fluent's Text presets declare no ref.
const useHeading = makeStyles({ heading: typographyStyles.subtitle1 });

/** Where a new program starts: one of the three templates, or nothing. */
export function TemplatePicker({ onPick, draftName, onResume, headingRef }: TemplatePickerProps): React.JSX.Element {
  const styles = useWizardStyles();
  const t = useStrings();
  const heading = useHeading();
  return (
    <div className={styles.body}>
      <h2 ref={headingRef} tabIndex={-1} className={mergeClasses(heading.heading, styles.stepHeading)}>
        {t.wizard.startHeading}
      </h2>
      <Body1 as="p">{t.wizard.startIntro}</Body1>
      {draftName !== null && (
        <Button className={styles.template} appearance="primary" onClick={onResume}>
          {t.wizard.continueDraft(draftName || t.wizard.untitledProgram)}
        </Button>
      )}
      <div className={styles.templates} role="group" aria-label={t.wizard.templatesGroup}>
        {PROGRAM_TEMPLATES.map(({ id }) => (
          <CompoundButton
            key={id}
            className={styles.template}
            secondaryContent={t.wizard.templates[id].summary}
            onClick={() => onPick(id)}
          >
            {t.wizard.templates[id].title}
          </CompoundButton>
        ))}
        <CompoundButton
          className={styles.template}
          secondaryContent={t.wizard.scratchSummary}
          onClick={() => onPick("scratch")}
        >
          {t.wizard.scratchTitle}
        </CompoundButton>
      </div>
    </div>
  );
}
