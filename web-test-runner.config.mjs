import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { findBrowser } from './scripts/browsers.mjs';

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
];

const only = process.env.WTR_BROWSERS?.split(',');
const browsers = [
  chromeLauncher({ launchOptions: { executablePath: findBrowser('chromium'), args: chromiumArgs } }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), plainSummaryReporter()],
};
