/* eslint-disable no-undef */
/**
 * Rewrites every occurrence of the development URL in a manifest to the production URL (all of
 * them, not only the first), and refuses a production URL that is not https.
 */
function rewriteManifestUrls(xml, devUrl, prodUrl) {
  const target = prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`;
  if (!/^https:\/\/[^/\s"'<>]+\//.test(target)) {
    throw new Error(`The production URL must be an https URL, got "${prodUrl}".`);
  }
  return xml.split(devUrl).join(target);
}

module.exports = { rewriteManifestUrls };
