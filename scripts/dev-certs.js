/*
 * HTTPS certificates for the development server (https://localhost:3000).
 *
 * Office only loads add-ins over HTTPS. We use the same files as Microsoft's
 * office-addin-dev-certs (~/.office-addin-dev-certs/{localhost.key,localhost.crt,ca.crt}), so a CA
 * the developer already trusted keeps working. When the files are missing, expired or do not match,
 * they are generated again offline with office-addin-dev-certs' generateCertificates(), which
 * only writes files. We deliberately do not call its install()/getHttpsServerOptions(): they try
 * to trust the CA with sudo (absent on many machines) and throw when that fails.
 *
 * Usage:  const { ensureDevCerts } = require("./dev-certs");
 *         const { key, cert, ca } = await ensureDevCerts();   // file paths
 *         node scripts/dev-certs.js                            // same, from the command line
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const DEFAULT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
/** Certificates expiring sooner than this are replaced. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;
const DAYS_VALID = 30;

function certPaths(dir = DEFAULT_DIR) {
  return {
    key: path.join(dir, "localhost.key"),
    cert: path.join(dir, "localhost.crt"),
    ca: path.join(dir, "ca.crt"),
  };
}

/**
 * Why the files in `paths` cannot be used, or null when they can.
 * @param {{key: string, cert: string, ca: string}} paths
 */
function problemWith(paths, now = Date.now()) {
  for (const file of [paths.key, paths.cert, paths.ca]) {
    if (!fs.existsSync(file)) return `${file} is missing`;
  }
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    const ca = new crypto.X509Certificate(fs.readFileSync(paths.ca));
    const key = crypto.createPrivateKey(fs.readFileSync(paths.key));
    for (const [name, c] of [["localhost certificate", cert], ["CA certificate", ca]]) {
      if (Date.parse(c.validTo) - now < MIN_REMAINING_MS) return `the ${name} expires ${c.validTo}`;
      if (Date.parse(c.validFrom) > now) return `the ${name} is not valid before ${c.validFrom}`;
    }
    if (!cert.checkPrivateKey(key)) return "localhost.key does not belong to localhost.crt";
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return "localhost.crt was not issued by ca.crt";
    if (!cert.checkHost("localhost")) return "localhost.crt is not for localhost";
  } catch (err) {
    return `the certificate files cannot be read (${err instanceof Error ? err.message : err})`;
  }
  return null;
}

/**
 * Whether the operating system trusts our CA. true/false, or null when it cannot be told.
 * On Linux there is no desktop Excel; the browser running Excel on the web has its own store.
 */
function isCaTrusted() {
  if (process.platform !== "win32" && process.platform !== "darwin") return null;
  try {
    const { getCaCertificateStatus, CertificateStatus } = require("office-addin-dev-certs");
    const status = getCaCertificateStatus();
    if (status.status === CertificateStatus.Installed) return true;
    if (status.status === CertificateStatus.NotInstalled) return false;
    return null;
  } catch {
    return null;
  }
}

/**
 * Makes sure usable development certificates exist and returns their file paths.
 * @param {{ dir?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ key: string, cert: string, ca: string }>}
 */
async function ensureDevCerts(options = {}) {
  const dir = options.dir || DEFAULT_DIR;
  const log = options.quiet ? () => {} : (msg) => console.log(msg);
  const paths = certPaths(dir);
  const problem = problemWith(paths);
  if (problem) {
    log(`Development certificates: ${problem}; creating new ones in ${dir} ...`);
    // generateCertificates() writes nothing when ca.crt already exists: start from a clean slate.
    for (const file of [paths.key, paths.cert, paths.ca]) fs.rmSync(file, { force: true });
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(paths.ca, paths.cert, paths.key, DAYS_VALID);
    const still = problemWith(paths);
    if (still) throw new Error(`Could not create development certificates: ${still}`);
  }
  const trusted = isCaTrusted();
  if (trusted !== true) {
    log(
      `To make Excel trust https://localhost:3000, trust the development CA once (${paths.ca}): ` +
        "on Windows or Mac run `npx office-addin-dev-certs install`" +
        (process.platform === "linux" ? "; on Linux import ca.crt as an authority in the browser that runs Excel on the web." : "."),
    );
  }
  return paths;
}

module.exports = { ensureDevCerts, certPaths, problemWith, DEFAULT_DIR };

if (require.main === module) {
  ensureDevCerts().then(
    (p) => console.log(`key:  ${p.key}\ncert: ${p.cert}\nca:   ${p.ca}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
