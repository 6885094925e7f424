// Where Debian puts the browsers the tests drive; scripts/ensure-browsers.mjs installs them.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function findBrowser(name) {
  const fromEnv = process.env[`${name.toUpperCase()}_PATH`];
  if (fromEnv) return fromEnv;
  return candidates[name].find((path) => existsSync(path)) ?? candidates[name][0];
}

/**
 * A quiet, offline headless Chromium: background services would only hit the
 * closed network and add noise. Shared by the tests, the benchmark and the
 * screenshots (the published scanner keeps its own copy: scripts/ is not in
 * the package).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
