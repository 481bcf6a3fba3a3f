import { makeStyles, tokens } from "@fluentui/react-components";

export const useCycleStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  touch: { minHeight: "44px", minWidth: "44px" },
  flush: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /**
   * A finding that selects its cell: read as text (left, wrapping), acts as a link; at least 24 px
   * tall (WCAG 2.2 target size, which axe checks: a one-line link alone is 16 px).
   */
  finding: {
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    display: "inline-block",
    boxSizing: "border-box",
    minHeight: "24px",
    paddingTop: "4px",
    paddingBottom: "4px",
  },
  /** A fingerprint: 64 hex digits, broken anywhere so a narrow pane does not scroll sideways. */
  fingerprint: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", wordBreak: "break-all" },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  confirmHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});
