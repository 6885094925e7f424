// Serves the demo site and the built widget from the repository root, and
// logs what the demo's sample trackers send, so a person can watch requests
// start after a grant and stop after a withdrawal.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);

/** The demo trackers' endpoint: answers 204 and prints one line per request. */
async function collect(context, next) {
  if (context.path !== '/collect') return next();
  const tracker = context.query.tracker ?? 'unknown';
  console.log(`[collect] ${new Date().toISOString()} ${tracker} ${context.querystring}`);
  context.status = 204;
}

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', middleware: [collect], watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const url = `http://localhost:${server.config.port}/demo/`;
console.log(`\nconsent-banner demo: ${url}\n(English: ${url}?lang=en)  Press Ctrl+C to stop.\n`);
