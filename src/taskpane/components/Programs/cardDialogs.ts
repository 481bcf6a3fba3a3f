/*
 * The confirmations a program card opens (generate a dashboard or statements, send one partner's
 * statement): one chunk, fetched when the first of them is opened (ProgramItem), so their fields,
 * language picker and statement-file code are not on the first screen.
 */
export { GenerateDialog } from "./GenerateDialog";
export { PartnerStatement } from "./PartnerStatement";
