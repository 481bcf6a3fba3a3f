// Jest transform for text assets (CSV): the module's default export is the file's text, as with
// webpack's asset/source rule.
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
