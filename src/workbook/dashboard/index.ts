/* Dashboards and partner statements: pure descriptions and the calls the task pane makes. */
export { describeDashboard } from "./describeDashboard";
export { leaderboardFormula, largestPayoutsFormula } from "./topLists";
export { scoreBands } from "./scoreBands";
export type { DashboardOptions } from "./describeDashboard";
export { describeStatements } from "./describeStatements";
export type { StatementsOptions } from "./describeStatements";
export { describeValuesOnlyStatement } from "./valuesOnlyStatement";
export type { ValuesOnlyOptions } from "./valuesOnlyStatement";
export { generateDashboard, generateStatements, generateValuesOnlyStatements } from "./generate";
export { readPartnerInputs } from "./programInWorkbook";
