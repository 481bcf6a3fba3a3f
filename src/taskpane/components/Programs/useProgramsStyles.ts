import { makeStyles, tokens } from "@fluentui/react-components";

export const useProgramsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  heading: { margin: 0 },
  touch: { minHeight: "44px", minWidth: "44px" },
  /** The card's More actions menu: never wider than a 270 px pane (Fluent's is up to 300 px); items wrap. */
  menu: { maxWidth: "calc(100vw - 16px)", boxSizing: "border-box", "& .fui-MenuItem": { maxWidth: "100%" } },
  /** A Select of partners: as wide as the card, the longest name cut rather than the pane widened. */
  selectRoot: { minWidth: 0 },
  select: { minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  detail: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  confirmHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  confirmActions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** A program's actions: stacked full width in a narrow pane, side by side where there is room. */
  programActions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    "& > button": { flexGrow: 1, flexBasis: "10rem", maxWidth: "100%", whiteSpace: "normal" },
  },
  /** The generated sheets' languages: side by side in a wide pane, stacked in a narrow one (their options stay readable). */
  languages: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(11rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  status: { minWidth: 0, overflowWrap: "anywhere" },
  sheetList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  flush: { margin: 0 },
});
