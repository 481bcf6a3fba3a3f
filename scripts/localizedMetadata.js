/* eslint-disable no-undef */
/**
 * Makes a localized copy of the generated functions.json: same ids, names and parameters (so
 * =INCENTIVE.PAYOUT works in every language and formulas travel between offices), with the
 * descriptions Excel shows in autocomplete taken from a translation file. Fails the build when a
 * function or parameter has no translation, so a new argument cannot ship half-translated.
 */
function localizeMetadata(metadataJson, translations, locale) {
  const metadata = JSON.parse(metadataJson);
  const missing = [];
  for (const f of metadata.functions) {
    const t = translations[f.id];
    if (!t || !t.description) missing.push(f.id);
    else f.description = t.description;
    for (const p of f.parameters) {
      const d = t && t.parameters && t.parameters[p.name];
      if (!d) missing.push(`${f.id}(${p.name})`);
      else p.description = d;
    }
  }
  if (missing.length > 0) throw new Error(`functions.json: no ${locale} description for ${missing.join(", ")}`);
  return JSON.stringify(metadata, null, 2);
}

/** Webpack plugin: emits functions.<locale>.json next to functions.json. */
class LocalizedMetadataPlugin {
  constructor({ locale, translations }) {
    this.locale = locale;
    this.translations = translations;
  }

  apply(compiler) {
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          const file = `functions.${this.locale.toLowerCase()}.json`;
          try {
            const json = localizeMetadata(source.source.source().toString(), this.translations, this.locale);
            compilation.emitAsset(file, new sources.RawSource(json));
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(e.message));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin };
