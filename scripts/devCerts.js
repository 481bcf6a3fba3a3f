/* eslint-disable no-undef */
/**
 * HTTPS options for the dev server from office-addin-dev-certs. The tool makes the localhost
 * certificates first, then adds its CA to the system's trust store, which needs admin rights
 * (sudo) on Linux. When only that last step fails, the certificates are still good to serve
 * with: `trusted: false` says the browser must be told to trust the CA, and `reason` says why.
 */
const fs = require("fs");

async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const paths = require("office-addin-dev-certs/lib/defaults");
  // npm start has made them already: asking the tool again would make new ones (it regenerates
  // every time its CA is not trusted), and the page would no longer match the CA start checked.
  if (process.env.ADDIN_DEV_CERTS_READY === "1") return readCertificates(paths, false, "");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ...options, trusted: true, caPath: paths.caCertificatePath };
  } catch (e) {
    const files = [paths.caCertificatePath, paths.localhostCertificatePath, paths.localhostKeyPath];
    if (!files.every((f) => fs.existsSync(f))) throw e;
    return readCertificates(paths, false, e.message);
  }
}

function readCertificates(paths, trusted, reason) {
  return {
    ca: fs.readFileSync(paths.caCertificatePath),
    cert: fs.readFileSync(paths.localhostCertificatePath),
    key: fs.readFileSync(paths.localhostKeyPath),
    trusted,
    reason,
    caPath: paths.caCertificatePath,
  };
}

module.exports = { devHttpsOptions };
