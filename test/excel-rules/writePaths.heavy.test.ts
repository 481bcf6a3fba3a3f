/*
 * writePaths.test.ts with a failure injected at every sync of every write path (n = 1..N, N the
 * syncs a clean write takes), as GeneralException on the web, Windows 1.12 and Mac 1.19 (after the
 * sync's calls and midway through them), and as UndoNotSupported where the write is grouped (after
 * the calls and midway). `npm run test:heavy`.
 */
import { MORE_SWEEPS, writePathSuite } from "./writePathsSuite";

writePathSuite((total) => Array.from({ length: total }, (_, i) => i + 1), MORE_SWEEPS);
