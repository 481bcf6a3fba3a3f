/* eslint-disable no-undef */
/*
 * The order the e2e files start in on jest's two workers: the longest first (the payout-cycle walk,
 * one file a language, several minutes each), so the two languages run side by side while the
 * shorter files fill in around them. jest's own order needs timings from an earlier run, which a
 * fresh clone (CI) does not have; without them it starts the largest file first, and the walk's
 * two files are the smallest (the walk itself is cycleWalk.js).
 */
const Sequencer = require("@jest/test-sequencer").default;

const LONGEST_FIRST = [/cycle(\.zh)?\.e2e\.test\.js$/];

class E2eSequencer extends Sequencer {
  async sort(tests) {
    const rank = (t) => {
      const i = LONGEST_FIRST.findIndex((re) => re.test(t.path));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return [...(await super.sort(tests))].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = E2eSequencer;
