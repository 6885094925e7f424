// `node bench/trace.mjs [--widget consent-banner] [--mode desktop] [--runs 3]`: loads one widget's first-visit
// page (and the empty page) with Chrome's tracing on and prints, per load, what ran on the page's main thread
// before its first contentful paint: each task over 1 ms, with the scripts it evaluated or called. It answers
// "what delays the host page's first paint" where the bench only says by how much. Builds nothing: run
// `npm run build` first.
import puppeteer from 'puppeteer-core';
import { findBrowser, QUIET_CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { startServer } from './server.mjs';
import { FLOOR, WIDGETS } from './widgets.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const widget = WIDGETS.find((w) => w.id === arg('widget', 'consent-banner'));
const cpu = arg('mode', 'desktop') === 'desktop' ? 1 : 4;
const runs = Number(arg('runs', '3'));

const server = await startServer({ root: ROOT, pages: [FLOOR, ...WIDGETS] });
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, args: QUIET_CHROMIUM_ARGS, defaultViewport: { width: 1366, height: 768 } });
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

async function traceOnce(page_) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.emulateCPUThrottling(cpu > 1 ? cpu : null);
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(`${server.origin}/p/${page_.id}.html`, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 500 * cpu));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
  await context.close();
  const events = trace.traceEvents;
  const rendererMain = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((f) => f.pid === e.pid && f.name === 'firstContentfulPaint'));
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === rendererMain?.pid);
  const navStart = events.find((e) => e.name === 'navigationStart' && e.pid === rendererMain?.pid && e.args?.data?.isLoadingMainFrame);
  if (!fcpEvent || !navStart) return { error: 'no FCP or navigationStart in the trace' };
  const onMain = events.filter((e) => e.pid === rendererMain.pid && e.tid === rendererMain.tid);
  const t = (ts) => ((ts - navStart.ts) / 1000).toFixed(1);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts < fcpEvent.ts && e.ts >= navStart.ts && e.dur > 1000);
  const lines = tasks.map((task) => {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e.ph === 'X' && e !== task);
    const what = inside
      .filter((e) => ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'ScheduleStyleRecalculation', 'HitTest', 'PrePaint', 'Commit'].includes(e.name) && e.dur > 300)
      .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(server.origin, '')}` : e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${(e.dur / 1000).toFixed(1)}`)
      .slice(0, 8);
    return `  ${t(task.ts)}–${t(task.ts + task.dur)} ms (${(task.dur / 1000).toFixed(1)}): ${what.join('; ')}`;
  });
  const marks = onMain
    .filter((e) => ['ResourceReceiveResponse', 'ResourceFinish'].includes(e.name) && e.ts < fcpEvent.ts)
    .map((e) => `${e.name.replace('Resource', '')}@${t(e.ts)}`);
  const sends = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.pid === rendererMain.pid && e.ts < fcpEvent.ts + 200_000)
    .map((e) => `${(e.args.data.url ?? '').replace(server.origin, '')}@${t(e.ts)}${e.args.data.priority ? ` ${e.args.data.priority}` : ''}`);
  // Inside the widget's own parser-blocking script: what its evaluation spent time on.
  const evaluations = onMain.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.includes('/w/'));
  for (const evaluation of evaluations) {
    const inside = events
      .filter((e) => e.pid === rendererMain.pid && e.tid === rendererMain.tid && e.ph === 'X' && e.ts >= evaluation.ts && e.ts + (e.dur ?? 0) <= evaluation.ts + evaluation.dur && e !== evaluation && e.dur > 200)
      .map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`);
    lines.push(`  inside EvaluateScript ${evaluation.args.data.url.replace(server.origin, '')} (${(evaluation.dur / 1000).toFixed(1)} ms): ${inside.join('; ')}`);
  }
  return { fcp: t(fcpEvent.ts), lines, marks, sends, evaluationMs: evaluations.map((e) => e.dur / 1000) };
}

try {
  const median = (values) => values.sort((x, y) => x - y)[values.length >> 1];
  for (const target of [FLOOR, widget]) {
    const fcps = [];
    const evaluations = [];
    for (let i = 0; i < runs; i++) {
      const result = await traceOnce(target);
      if (result.fcp) fcps.push(Number(result.fcp));
      if (result.evaluationMs?.length) evaluations.push(result.evaluationMs[0]);
      console.log(`\n${target.id} run ${i + 1}: FCP ${result.fcp} ms${result.error ? ` (${result.error})` : ''}`);
      console.log(`  requests: ${result.sends?.join(', ')}`);
      if (!process.argv.includes('--summary')) console.log((result.lines ?? []).join('\n'));
    }
    console.log(`${target.id}: median FCP ${median(fcps)} ms over ${fcps.length} loads${evaluations.length ? `; its first script evaluated in ${median(evaluations).toFixed(1)} ms (median)` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
