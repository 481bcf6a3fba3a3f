import { makeStyles, tokens } from "@fluentui/react-components";

export const usePayoutChartStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  frame: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  bound: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    strokeDasharray: "3 3",
    "@media (forced-colors: active)": { stroke: "GrayText" },
  },
  curve: {
    fill: "none",
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2.5,
    strokeLinejoin: "round",
    vectorEffect: "non-scaling-stroke",
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  point: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: 2,
    "@media (forced-colors: active)": { stroke: "Highlight", fill: "Canvas" },
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
});
