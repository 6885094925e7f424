// Installs Chromium, Firefox ESR and WebKit (WebKitGTK's WebDriver and MiniBrowser, with Xvfb for its
// window), and openssl for the pasted-tags tests, from Debian's packages when they are missing, so `npm test` works on a fresh machine.
// Test runners' own browser downloads do not work here, so the system browsers are the only ones used.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browsers.mjs';
import { findWebkitBinary } from './webkit.mjs';

const packages = { chromium: 'chromium', firefox: 'firefox-esr' };
const missing = Object.keys(packages).filter((name) => !existsSync(findBrowser(name)));

// WebKit: webkit2gtk-driver brings WebKitWebDriver and, through libwebkit2gtk-4.1-0, MiniBrowser;
// xvfb is the X display that scripts/webkit.mjs starts when there is no DISPLAY.
const webkitPackages = { driver: 'webkit2gtk-driver', browser: 'webkit2gtk-driver', xvfb: 'xvfb' };
const missingWebkit = Object.keys(webkitPackages).filter((name) => !existsSync(findWebkitBinary(name)));

// openssl makes the local certificate of the pasted-tags tests' HTTPS server (test/e2e/pasted-tags/server.mjs).
const missingTools = existsSync('/usr/bin/openssl') ? [] : ['openssl'];

if (missing.length === 0 && missingWebkit.length === 0 && missingTools.length === 0) process.exit(0);

const names = [
  ...new Set([...missing.map((name) => packages[name]), ...missingWebkit.map((name) => webkitPackages[name]), ...missingTools]),
].join(' ');
if (process.getuid?.() !== 0) {
  console.error(`Missing browsers: ${names}. Install them with: sudo apt-get install -y ${names}`);
  process.exit(1);
}
console.log(`Installing ${names} from Debian's packages…`);
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run('apt-get update -qq');
// With recommends, as on the machines the suite was tried on (they bring the fonts pages render with).
run(`apt-get install -y -qq ${names}`);
