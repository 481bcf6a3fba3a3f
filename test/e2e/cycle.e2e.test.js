/* eslint-disable no-undef */
/* The payout cycle walked end to end in English (issue 16 "Done when"; the walk: cycleWalk.js). */
const { walkCycle } = require("./cycleWalk");

walkCycle("en", {});
