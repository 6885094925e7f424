// The fixture site for the scanner tests, served in-process by node:http.
// The site is loaded as http://localhost:PORT/ and its "third-party" tag comes
// from http://127.0.0.1:PORT/: the same server, but another site to the browser.
// `node test/scanner/fixture-server.mjs` serves it until interrupted.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const siteDir = new URL('./fixture-site/', import.meta.url);
const distDir = new URL('../../dist/', import.meta.url);
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export async function startFixtureServer() {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://fixture.invalid');
    const thirdParty = `http://127.0.0.1:${server.address().port}`;
    const firstParty = (request.headers.host ?? '').startsWith('localhost:');
    try {
      if (pathname === '/collect') {
        response.writeHead(204).end();
        return;
      }
      let file;
      if (pathname.startsWith('/dist/')) file = new URL(pathname.slice('/dist/'.length), distDir);
      else if (/^\/(?:[a-z-]+\.(?:html|js))?$/.test(pathname)) file = new URL(pathname === '/' ? 'index.html' : pathname.slice(1), siteDir);
      else {
        response.writeHead(404).end('not found');
        return;
      }
      const type = TYPES[file.pathname.split('.').pop()];
      let body = await readFile(file, 'utf8');
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (type === TYPES.html) {
        body = body.replaceAll('{{THIRD_PARTY}}', thirdParty);
        // A server-side session cookie the page's scripts cannot see.
        if (firstParty) headers['set-cookie'] = 'fixture_session=s1; Path=/; HttpOnly; SameSite=Lax';
      } else if (pathname === '/tracker.js') {
        // A cookie on the third party's own domain (Chromium accepts SameSite=None; Secure on 127.0.0.1).
        headers['set-cookie'] = 'tp_id=t1; Path=/; Max-Age=3600; SameSite=None; Secure';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://localhost:${port}/`,
    thirdPartyHost: '127.0.0.1',
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startFixtureServer();
  console.log(`Fixture site: ${url}`);
}
