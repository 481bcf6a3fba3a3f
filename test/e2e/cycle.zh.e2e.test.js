/* eslint-disable no-undef */
/* The payout cycle walked end to end in Chinese: Office's display language zh-CN (cycleWalk.js). */
const { walkCycle } = require("./cycleWalk");

walkCycle("zh", { displayLanguage: "zh-CN" });
