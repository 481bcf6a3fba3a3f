/*
 * The payout laws of properties.laws.ts at 1,000 generated cases each (`npm run test:heavy`, run
 * by CI): about 12 s of CPU on this 2-core machine, so `npm test` runs them at 150 cases
 * (properties.test.ts).
 */
import { payoutLaws } from "./properties.laws";

payoutLaws({ numRuns: 1000 });
