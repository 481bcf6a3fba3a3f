import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckIcon, WarningIcon } from "../shared/icons";
import { STEPS, type StepIndex } from "./wizardModel";
import { useStrings } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  nav: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", margin: 0, padding: 0 },
  item: { listStyleType: "none", minWidth: 0 },
  step: {
    width: "100%",
    minHeight: "52px",
    padding: `${tokens.spacingVerticalXS} 2px`,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "2px",
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    background: "none",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
  marker: {
    width: "22px",
    height: "22px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
  },
  iconMarker: { border: "none", fontSize: "22px" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  title: { maxWidth: "100%", overflowWrap: "anywhere", textAlign: "center" },
  note: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, textAlign: "center" },
});

export interface StepIndicatorProps {
  step: StepIndex;
  issuesPerStep: readonly number[];
  /** Steps the user has left with Next or visited: a step without issues there shows a check. */
  visited: ReadonlySet<StepIndex>;
  onSelect: (step: StepIndex) => void;
}

/** Four steps; each says in text and icon, not colour alone, whether it has issues. */
export function StepIndicator({ step, issuesPerStep, visited, onSelect }: StepIndicatorProps): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  return (
    <nav className={styles.nav} aria-label={t.wizard.stepsLabel}>
      <ol className={styles.list}>
        {STEPS.map((id, i) => {
          const title = t.wizard.stepTitles[i];
          const index = i as StepIndex;
          const issues = index === 3 ? 0 : issuesPerStep[i];
          const done = issues === 0 && visited.has(index) && index !== 3;
          const status = issues > 0 ? t.wizard.issueCount(issues) : done ? t.wizard.stepComplete : "";
          return (
            <li key={id} className={styles.item}>
              <button
                type="button"
                className={mergeClasses(styles.step, index === step && styles.current)}
                aria-current={index === step ? "step" : undefined}
                aria-label={t.wizard.stepAria(title, i + 1, STEPS.length, status)}
                onClick={() => onSelect(index)}
              >
                {issues > 0 ? (
                  <WarningIcon className={mergeClasses(styles.marker, styles.iconMarker, styles.problem)} />
                ) : done ? (
                  <CheckIcon className={mergeClasses(styles.marker, styles.iconMarker)} />
                ) : (
                  <span className={styles.marker} aria-hidden="true">
                    {i + 1}
                  </span>
                )}
                <span className={styles.title}>{title}</span>
                {issues > 0 && <span className={styles.note}>{t.wizard.issueCount(issues)}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
