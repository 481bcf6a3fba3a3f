/*
 * What the Insights screen shows, worked out from the engine's analytics: pure functions, no
 * React, no Excel. Words (from the pane's catalogue, `fx.t`) and numbers (Intl for `fx.locale`)
 * only; the components lay them out. One file per section; this index is what the screen imports.
 */
export * from "./insightsWords";
export * from "./costModel";
export * from "./whatIfModel";
export * from "./targetsModel";
export * from "./activityModel";
