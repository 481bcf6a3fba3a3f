// Programs: what the wizard collects, the plan tables hold, and the sheet formulas compute.
export * from "./types";
export * from "./validate";
export * from "./evaluate";
export * from "./arithmetic";
export * from "./templates";
export * from "./changes";
