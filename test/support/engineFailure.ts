import { IncentiveError } from "../../src/engine";

/** The IncentiveError `read` throws; fails the test when it throws nothing or something else. */
export function failure(read: () => unknown): IncentiveError {
  try {
    read();
  } catch (e) {
    if (e instanceof IncentiveError) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}
