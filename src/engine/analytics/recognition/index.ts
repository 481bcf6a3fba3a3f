// Recognition: top performers, most improved since the last closed period, new tiers reached.
export * from "./standing";
export * from "./standings";
export * from "./topPerformers";
export * from "./mostImproved";
export * from "./newTiers";
export * from "./recognitionNote";
