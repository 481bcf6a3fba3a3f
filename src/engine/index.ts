// The incentive engine: pure TypeScript, no Office, no DOM. Everything else stands on it.
export * from "./errors";
export * from "./language";
export * from "./messages";
export * from "./cell";
export * from "./methods";
export * from "./tierTable";
export * from "./lookup";
export * from "./payout";
export * from "./attainment";
export * from "./bonus";
export * from "./score";
export * from "./ontime";
export * from "./price";
export * from "./explain";
export * from "./program";
export * from "./analytics";
export * from "./cycle";
