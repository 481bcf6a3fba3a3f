/*
 * Every write path of the add-in on the strict Excel model, through the pane's services: on Excel on
 * the web at ExcelApi 1.20 (one undo group), on older hosts (no grouping), and with a failure
 * injected at the first, a middle and the last sync of each write (GeneralException; Excel's
 * UndoNotSupported where the write is grouped). Every sync: writePaths.heavy.test.ts
 * (`npm run test:heavy`). The table: writePaths.ts.
 */
import { sampled } from "./writePaths";
import { writePathSuite } from "./writePathsSuite";

writePathSuite(sampled);
