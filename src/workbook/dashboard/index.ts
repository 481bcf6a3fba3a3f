/* Dashboards and partner statements: pure descriptions and the calls the task pane makes. */
export { describeDashboard, leaderboardFormula, largestPayoutsFormula, scoreBands } from "./describeDashboard";
export type { DashboardOptions } from "./describeDashboard";
export { describeStatements } from "./describeStatements";
export type { StatementsOptions } from "./describeStatements";
export { describeValuesOnlyStatement } from "./valuesOnlyStatement";
export type { ValuesOnlyOptions } from "./valuesOnlyStatement";
export { generateDashboard, generateStatements, generateValuesOnlyStatements, readPartnerInputs } from "./generate";
