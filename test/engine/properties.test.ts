/*
 * The payout laws of properties.laws.ts at 150 generated cases each, in `npm test`: every law and
 * every assertion, at a seventh of the cases. properties.heavy.test.ts runs the same laws at 1,000
 * cases each in `npm run test:heavy` (CI).
 */
import { payoutLaws } from "./properties.laws";

payoutLaws({ numRuns: 150 });
