// Insights: plan cost and distribution, what-if, suggested targets, program impact.
export * from "./planCost";
export * from "./whatIf";
export * from "./targets";
export * from "./impact";
export * from "./scenarioDiff";
export * from "./health";
export * from "./recognition";
