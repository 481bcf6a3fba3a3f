/*
 * The English sections the first screen shows (the shell, Programs with Explain and Help, and the
 * words every screen shares), in taskpane.js. The wizard's, Insights' and the payout cycle panel's
 * sections (./screens) come in a chunk of their own with the first of those screens
 * (../englishCatalog.ts).
 */
import { common } from "./common";
import { explain } from "./explain";
import { help } from "./help";
import { onDemand } from "./onDemand";
import { programs } from "./programs";
import { shell } from "./shell";
import { statementFile } from "./statementFile";

export const enFirstScreen = { common, shell, programs, explain, help, onDemand, statementFile };
