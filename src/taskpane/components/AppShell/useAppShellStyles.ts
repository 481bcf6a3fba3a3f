import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppShellStyles = makeStyles({
  root: {
    position: "relative",
    height: "100%",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  // In the narrowest panes (Excel on Mac: 270 px) the title stays on one line beside the language
  // switch, and the three tabs on one row, with a smaller title, switch and tab padding.
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    minWidth: 0,
    "@media (max-width: 300px)": { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  },
  language: { flexShrink: 0, width: "112px", "@media (max-width: 300px)": { width: "96px" } },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    "@media (max-width: 300px)": {
      paddingLeft: 0,
      "& .fui-Tab": { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
    },
  },
  main: { flexGrow: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  panel: {
    // Contains absolutely positioned descendants (visually hidden text), so they never make the page itself scroll.
    position: "relative",
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    overflowX: "hidden",
  },
  scrolling: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
  },
  hidden: { display: "none" },
  loading: { padding: tokens.spacingHorizontalL },
});
