import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { findBrowser } from './scripts/browsers.mjs';

// Host names for the parent-domain cookie tests: shop.consent.test and consent.test point here.
const TEST_HOSTS = ['shop.consent.test', 'consent.test'];

// Quiet, offline Chromium: background services would only hit the closed network.
const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
];

// Sample trackers in test/e2e report here; tests read what reached the "server" per run id.
const trackerHits = new Map();
async function recordTrackerHits(context, next) {
  if (context.path === '/tracker-hit') {
    const run = context.query.run;
    trackerHits.set(run, [...(trackerHits.get(run) ?? []), context.query.tracker]);
    context.status = 204;
    return;
  }
  if (context.path === '/tracker-log') {
    context.body = JSON.stringify(trackerHits.get(context.query.run) ?? []);
    context.type = 'application/json';
    return;
  }
  return next();
}

const only = process.env.WTR_BROWSERS?.split(',');
const browsers = [
  chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), args: chromiumArgs } }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: { 'network.dns.localDomains': TEST_HOSTS.join(',') },
    },
  }),
].filter((launcher) => !only || only.some((name) => launcher.name.toLowerCase().includes(name)));

export default {
  files: ['test/**/*.test.ts'],
  // Production builds of Lit: no dev-mode banner in every test's log.
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 120_000,
  browsers,
  middleware: [recordTrackerHits],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
};
