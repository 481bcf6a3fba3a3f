/* eslint-disable no-undef */
// Builds dist/ (production) first when it is missing or older than its sources; see harness.ensureBuilt.
const { ensureBuilt } = require("./harness");

module.exports = async function globalSetup() {
  ensureBuilt();
};
