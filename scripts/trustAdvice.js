/* eslint-disable no-undef */
/**
 * What to tell someone whose development certificate authority could not be added to the system's
 * trust store (office-addin-dev-certs asks for it with sudo on Linux): why, in their situation, and
 * how to trust it in the browser they use, without which the pane does not load in Excel on the web.
 */
function trustAdvice({ caPath, reason, isRoot, hasSudo }) {
  const why = isRoot
    ? hasSudo
      ? `you are root, so no admin rights are missing: the trust store update itself failed (${reason})`
      : `you are root, but the tool runs \`sudo\`, which is not installed here (${reason})`
    : `that needs admin rights: run \`sudo npx office-addin-dev-certs install\` once, or trust it in your browser (${reason})`;
  return [
    `The development certificate authority is not trusted yet: ${why}.`,
    `Trust ${caPath} in the browser you open Excel on the web with, then reload the page:`,
    `  Chrome or Edge: Settings → Privacy and security → Security → Manage certificates → Authorities`,
    `    (Windows/macOS: the system's certificate manager, Trusted Root Certification Authorities / System keychain,`,
    `    set to "Always Trust") → Import this file → trust it for identifying websites.`,
    `    Linux, from a terminal: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${caPath}`,
    `    (certutil is in Debian's libnss3-tools).`,
    `  Firefox: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import`,
    `    → this file → "Trust this CA to identify websites".`,
  ];
}

module.exports = { trustAdvice };
