// Serves the demo site and the built widget from the repository root, and
// logs what the demo's sample trackers send, so a person can watch requests
// start after a grant and stop after a withdrawal.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { createRecordReceiver } from '../examples/record-receiver/receiver.mjs';

const port = Number(process.env.PORT ?? 8000);

/** The demo trackers' endpoint: answers 204 and prints one line per request. */
async function collect(context, next) {
  if (context.path !== '/collect') return next();
  const tracker = context.query.tracker ?? 'unknown';
  console.log(`[collect] ${new Date().toISOString()} ${tracker} ${context.querystring}`);
  context.status = 204;
}

/** The shop's own endpoints: consent records (the reference receiver) and unsubscribes from the e-mail link. */
const recordsFile = join(tmpdir(), 'consent-banner-demo-records.jsonl');
const receiveRecord = await createRecordReceiver({ file: recordsFile });
async function siteEndpoints(context, next) {
  if (context.method !== 'POST') return next();
  if (context.path === '/consent-records') {
    context.respond = false;
    await receiveRecord(context.req, context.res);
    console.log(`[records] ${context.res.statusCode === 204 ? 'stored in' : `refused (${context.res.statusCode}), not stored in`} ${recordsFile}`);
    return;
  }
  if (context.path === '/unsubscribe') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    console.log(`[unsubscribe] ${body}`);
    context.status = 204;
    return;
  }
  return next();
}

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', middleware: [collect, siteEndpoints], watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const url = `http://localhost:${server.config.port}/demo/`;
console.log(`\nconsent-banner demo: ${url}\n(English: ${url}?lang=en)  Press Ctrl+C to stop.\n`);
