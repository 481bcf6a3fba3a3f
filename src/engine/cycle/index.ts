// The payout cycle (SPEC §8): periods, snapshots and their fingerprints, adjustments and balances, the change log.
export * from "./sha256";
export * from "./canonical";
export * from "./period";
export * from "./snapshot";
export * from "./adjustments";
export * from "./changeLog";
