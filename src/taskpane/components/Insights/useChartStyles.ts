import { makeStyles, tokens } from "@fluentui/react-components";

export const useChartStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "120px" },
  frame: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  bar: {
    fill: tokens.colorBrandBackground,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  /** The second bar of a pair: a lighter fill and an outline, and its label says which it is. */
  barAlt: {
    fill: tokens.colorBrandBackground2,
    stroke: tokens.colorBrandStroke1,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  threshold: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    strokeDasharray: "3 3",
    "@media (forced-colors: active)": { stroke: "GrayText" },
  },
  axis: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    overflowWrap: "anywhere",
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 5.5em) minmax(0, 1fr) minmax(0, auto)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  rowSvg: { display: "block", width: "100%", height: "18px" },
  value: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  cell: { textAlign: "start" },
});
