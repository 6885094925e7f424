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
