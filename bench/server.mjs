// A tiny static server for the benchmark, on 127.0.0.1 and a free port.
//   /p/<id>.html   the test page for a widget (template + that widget's tags)
//   /w/<id>/<file> that widget's own files (our dist/, the others' node_modules/…/dist/)
//   /site/<file>   the page's own files (0-byte script, other widgets' config files)
//   /privacy       the policy page the banners link to
// Files are served uncompressed with no-store; transfer size is reported as
// gzip -9 of the served bytes instead (see run.mjs). Each file is read once and
// kept in memory, so a rebuild while the benchmark runs does not mix builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderPage, WIDGET_DIRS } from './widgets.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Resolves `relative` inside `dir`, refusing anything that climbs out of it. */
function inside(dir, relative) {
  const path = normalize(join(dir, relative));
  return path.startsWith(dir + sep) ? path : null;
}

export async function startServer({ root, pages }) {
  const pagesDir = join(root, 'bench', 'pages');
  const template = readFileSync(join(pagesDir, 'template.html'), 'utf8');
  const html = new Map(pages.map((w) => [`/p/${w.id}.html`, renderPage(template, w)]));

  /** URL path → file on disk (or null), also used by run.mjs to size what a page loaded. */
  function fileFor(pathname) {
    let match = /^\/w\/([^/]+)\/(.+)$/.exec(pathname);
    if (match && WIDGET_DIRS[match[1]]) return inside(resolve(root, WIDGET_DIRS[match[1]]), match[2]);
    match = /^\/site\/(.+)$/.exec(pathname);
    if (match) return inside(pagesDir, match[1]);
    if (pathname === '/privacy') return join(pagesDir, 'privacy.html');
    return null;
  }

  /** path on disk → { body, raw, gzip }, read on first use. */
  const snapshots = new Map();
  function snapshot(file) {
    if (!snapshots.has(file)) {
      const body = readFileSync(file);
      snapshots.set(file, { body, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    return snapshots.get(file);
  }

  /** Size of what the server sent for `pathname` (null if it is not a file it serves). */
  function sizeOf(pathname) {
    const file = fileFor(pathname);
    if (!file || !existsSync(file)) return null;
    const { raw, gzip } = snapshot(file);
    return { file, raw, gzip };
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    let body = html.get(pathname);
    let type = TYPES['.html'];
    if (body === undefined) {
      const file = fileFor(pathname);
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
        return;
      }
      body = snapshot(file).body;
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    sizeOf,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
