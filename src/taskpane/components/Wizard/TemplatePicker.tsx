import * as React from "react";
import { Body1, Button, CompoundButton, Subtitle1 } from "@fluentui/react-components";
import { PROGRAM_TEMPLATES } from "../../../engine/program/templates";
import type { StartFrom } from "./wizardModel";
import { useWizardStyles } from "./useWizardStyles";

export interface TemplatePickerProps {
  onPick: (from: StartFrom) => void;
  /** The draft in progress, if any, to go back to. */
  draftName: string | null;
  onResume: () => void;
}

/** Where a new program starts: one of the three templates, or nothing. */
export function TemplatePicker({ onPick, draftName, onResume }: TemplatePickerProps): React.JSX.Element {
  const styles = useWizardStyles();
  return (
    <div className={styles.body}>
      <Subtitle1 as="h2" className={styles.stepHeading}>
        Start a new program
      </Subtitle1>
      <Body1 as="p">Pick a template to start from; you can change everything in the next steps.</Body1>
      {draftName !== null && (
        <Button className={styles.template} appearance="primary" onClick={onResume}>
          Continue with “{draftName || "Untitled program"}”
        </Button>
      )}
      <div className={styles.templates} role="group" aria-label="Templates">
        {PROGRAM_TEMPLATES.map((t) => (
          <CompoundButton
            key={t.id}
            className={styles.template}
            secondaryContent={t.summary}
            onClick={() => onPick(t.id)}
          >
            {t.title}
          </CompoundButton>
        ))}
        <CompoundButton
          className={styles.template}
          secondaryContent="One KPI and one tier, to build your own."
          onClick={() => onPick("scratch")}
        >
          Start from scratch
        </CompoundButton>
      </div>
    </div>
  );
}
