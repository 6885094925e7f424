// The network for test/e2e/pasted-tags.test.ts: vendors' real host names served from this machine over
// HTTPS, as a site owner's page sees them. Started by web-test-runner.config.mjs.
//
// - A proxy, which every test browser is given: it tunnels `*.test` and the vendors' hosts on port 443 to
//   the HTTPS server below, sends the other test hosts to 127.0.0.1 on their own port (as
//   --host-resolver-rules and network.dns.localDomains do), and answers 502 for anything else, so no
//   request leaves the machine. Loopback addresses are not proxied by the browsers.
// - An HTTPS server with a self-signed certificate made here with openssl (the browsers are told to
//   accept it): the shop at https://www.<run>.test/ (files from dist/ and test/e2e/fixtures/), and
//   stand-in scripts in place of the vendors' (test/e2e/fixtures/pasted-tags/vendors/). Every request
//   to a vendor host is recorded for the run named by the page's host (its Referer), so the tests see
//   what reached the "vendors": script loads, beacons, embeds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const STAND_INS = join(ROOT, 'test/e2e/fixtures/pasted-tags/vendors');

/** Where each vendor's published snippet loads from, and the stand-in that answers. */
const ROUTES = [
  ['www.googletagmanager.com', '/gtm.js', 'gtm.js'],
  ['www.googletagmanager.com', '/gtag/js', 'gtag.js'],
  ['connect.facebook.net', '/en_US/fbevents.js', 'fbevents.js'],
  ['www.clarity.ms', '/tag/', 'clarity.js'],
  ['static.hotjar.com', '/c/hotjar-', 'hotjar.js'],
  ['d.line-scdn.net', '/n/line_tag/public/release/v1/lt.js', 'lt.js'],
  ['s.yimg.jp', '/images/listing/tool/cv/ytag.js', 'ytag.js'],
  ['www.youtube.com', '/embed/', 'embed.html'],
  ['www.google.com', '/maps/embed', 'embed.html'],
];

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/** A self-signed certificate for the test hosts; the browsers are told to accept it. */
function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'consent-banner-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const names = ['*.test', ...new Set(ROUTES.map(([host]) => host)), '*.google-analytics.com', '*.doubleclick.net', '*.facebook.com', '*.clarity.ms', '*.hotjar.com', '*.hotjar.io', 'tr.line.me', '*.yahoo.co.jp'];
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '7', '-subj', '/CN=consent-banner test hosts',
      '-keyout', key, '-out', cert, '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
    ], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`The pasted-tags tests need openssl to make a local certificate (Debian package openssl): ${error.message}`);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const isLoopback = (host) => host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
const isShop = (host) => host.endsWith('.test');

/** The run a request belongs to: the first label after www. of the shop page that made it. */
function runOf(req) {
  try {
    const host = new URL(req.headers.referer ?? req.headers.origin ?? '').hostname;
    return isShop(host) ? host.split('.').at(-2) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Starts the proxy and the HTTPS server (on free ports unless `ports` says). `recordHit(run, hit)` hears
 * every request to a vendor host, as "host/path" (with gtag.js's id, which says whose tag it is).
 * `testHosts` go to 127.0.0.1.
 */
export async function startPastedTagsNetwork({ recordHit, testHosts = [], ports = { proxy: 0, https: 0 } }) {
  const mapped = new Set(testHosts);
  const https = createHttpsServer(makeCertificate(), async (req, res) => {
    const url = new URL(req.url, `https://${req.headers.host}`);
    const host = url.hostname;
    if (isShop(host)) {
      // The shop: the widget's files and the fixtures, nothing else.
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
      if (!/^(dist|test\/e2e\/fixtures)\//.test(path) || path.includes('..')) return res.writeHead(404).end();
      const body = await readFile(join(ROOT, path)).catch(() => null);
      if (!body) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    }
    const id = url.searchParams.get('id');
    recordHit(runOf(req), `${host}${url.pathname}${url.pathname.startsWith('/gtag/') && id ? `?id=${id.replace(/-.*/, '-')}` : ''}`);
    const route = ROUTES.find(([h, prefix]) => h === host && url.pathname.startsWith(prefix));
    if (!route) return res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    const file = route[2];
    res.writeHead(200, { 'content-type': TYPES[extname(file)], 'cache-control': 'no-store' }).end(await readFile(join(STAND_INS, file)));
  });
  await new Promise((resolve) => https.listen(ports.https, '127.0.0.1', resolve));
  const httpsPort = https.address().port;

  const proxy = createHttpServer((req, res) => {
    // Plain http through the proxy: only the existing test hosts (the test runner's own server).
    let url;
    try {
      url = new URL(req.url);
    } catch {
      return res.writeHead(400).end();
    }
    const name = url.hostname.toLowerCase();
    const address = mapped.has(name) ? '127.0.0.1' : isLoopback(name) ? name : undefined;
    if (!address) return res.writeHead(502, { 'content-type': 'text/plain' }).end(`not a test host: ${url.host}`);
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host: address, port: url.port || 80, method: req.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    const { hostname, port } = new URL(`http://${req.url}`);
    const name = hostname.toLowerCase();
    // https on 443: the shop and the vendors, all served here. Other ports: the test hosts' own servers.
    const [address, targetPort] =
      (Number(port) || 443) === 443 && !mapped.has(name) && !isLoopback(name)
        ? ['127.0.0.1', httpsPort]
        : mapped.has(name) || isLoopback(name)
          ? ['127.0.0.1', Number(port)]
          : [];
    if (!address) return socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = connect(targetPort, address, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((resolve) => proxy.listen(ports.proxy, '127.0.0.1', resolve));
  for (const server of [https, proxy]) server.unref();
  return { proxy: `127.0.0.1:${proxy.address().port}` };
}
