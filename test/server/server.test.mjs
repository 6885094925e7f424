// Runs in Node (node --test), against the built package entry, as a server would use it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { consentMiddleware, readConsent, writeConsent } from '../../dist/esm/server.js';

const now = Math.floor(Date.now() / 1000) - 60;
const config = { revision: '2026-11', policyUrl: '/privacy' };

test('reads the same state the browser sees from a Cookie header', () => {
  const consent = readConsent(`session=abc; consent_banner=1|2026-11|${now}|k3j9f0a2x1c8q7zm|analytics; other=1`, config);
  assert.deepEqual(consent.state, { service: true, analytics: true, marketing: false });
  assert.equal(consent.decided, true);
  assert.equal(consent.isGranted('marketing'), false);
  assert.equal(consent.decision.consentId, 'k3j9f0a2x1c8q7zm');
});

test('treats a missing, damaged, outdated or foreign cookie as no decision and grants nothing', () => {
  for (const header of [undefined, '', 'consent_banner=garbage', `consent_banner=1|2025-01|${now}|k3j9f0a2x1c8q7zm|analytics`, 'consent_banner={"all":true}']) {
    const consent = readConsent(header, config);
    assert.equal(consent.decided, false, String(header));
    assert.deepEqual(consent.state, { service: true, analytics: false, marketing: false });
  }
});

test('writes a decision, e.g. an unsubscribe handled on the server, keeping the other choices', () => {
  const { consent, setCookie } = writeConsent(`consent_banner=1|2026-11|${now}|k3j9f0a2x1c8q7zm|analytics+marketing`, { marketing: false }, config);
  assert.deepEqual(consent.state, { service: true, analytics: true, marketing: false });
  assert.match(setCookie, /^consent_banner=1\|2026-11\|\d+\|k3j9f0a2x1c8q7zm\|analytics; Path=\/; Max-Age=31536000; SameSite=Lax; Secure$/);
});

test('middleware puts the consent on the request for Node http and Express-style handlers', async () => {
  const middleware = consentMiddleware(config);
  const server = createServer((request, response) =>
    middleware(request, response, () => {
      // Render the marketing block only when the visitor granted marketing.
      response.end(request.consent.isGranted('marketing') ? 'with ads' : 'without ads');
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const granted = await fetch(url, { headers: { cookie: `consent_banner=1|2026-11|${now}|k3j9f0a2x1c8q7zm|marketing` } });
    assert.equal(await granted.text(), 'with ads');
    const none = await fetch(url);
    assert.equal(await none.text(), 'without ads');
  } finally {
    server.close();
  }
});

test('middleware also reads a Fetch API Headers object (edge runtimes)', () => {
  const request = { headers: new Headers({ cookie: `consent_banner=1|2026-11|${now}|k3j9f0a2x1c8q7zm|analytics` }) };
  consentMiddleware(config)(request);
  assert.equal(request.consent.isGranted('analytics'), true);
});
