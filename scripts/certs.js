// HTTPS certificates for the dev server, made without sudo into .certs/ (git-ignored).
// office-addin-dev-certs' `install` would also trust the CA system-wide through sudo; we only
// generate, so a browser must be told to trust .certs/ca.crt (or, in tests, ignore HTTPS errors).
"use strict";
const { X509Certificate } = require("crypto");
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const files = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
// A year, so that a CA a person has told the browser to trust stays the same for a whole report season.
const VALID_DAYS = 365;
const RENEW_DAYS_BEFORE = 30;

function readCertificates() {
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

/** Certificates are reused until a month before they expire; only then is a new CA made (and must be trusted again). */
function fresh() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) return false;
  const expires = Date.parse(new X509Certificate(fs.readFileSync(files.cert)).validTo);
  return (expires - Date.now()) / 86400000 > RENEW_DAYS_BEFORE;
}

/** The dev server's HTTPS options ({ ca, cert, key }), generating the files when needed. */
async function ensureCertificates() {
  if (!fresh()) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    // It writes nothing while a CA file exists, so an expiring set must be removed first.
    for (const file of Object.values(files)) fs.rmSync(file, { force: true });
    await generateCertificates(files.ca, files.cert, files.key, VALID_DAYS, ["localhost", "127.0.0.1"]);
  }
  return readCertificates();
}

module.exports = { ensureCertificates, CERT_FILES: files };

if (require.main === module) {
  ensureCertificates().then(
    () => console.log(`证书已生成 / certificates ready: ${CERT_DIR}`),
    (error) => {
      console.error(`无法生成 HTTPS 证书 / cannot generate HTTPS certificates: ${error.message}`);
      process.exit(1);
    },
  );
}
