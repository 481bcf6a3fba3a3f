import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles several screens share. */
export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  /** Touch-size target (44 × 44 CSS px). */
  touch: { minHeight: "44px", minWidth: "44px" },
  /** An input that may shrink to its grid cell. */
  fill: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});
