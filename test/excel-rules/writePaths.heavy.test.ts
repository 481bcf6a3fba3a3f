/*
 * writePaths.test.ts with a failure injected at every sync of every write path (n = 1..N, N the
 * syncs a clean write takes), as GeneralException on the web and on Windows 1.12, and as
 * UndoNotSupported where the write is grouped. `npm run test:heavy`.
 */
import { writePathSuite } from "./writePathsSuite";

writePathSuite((total) => Array.from({ length: total }, (_, i) => i + 1));
