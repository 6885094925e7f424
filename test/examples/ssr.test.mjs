// Server rendering of the React, Vue and Svelte examples in plain Node (no window, no document):
// importing them and rendering must work, and the campaign must not be rendered before the visitor's
// choice is known in the browser. Needs `node examples/build.mjs`. Run: node --test test/examples/ssr.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';

for (const name of ['react', 'vue', 'svelte']) {
  test(`${name} example renders on the server without the campaign`, async () => {
    assert.equal(typeof window, 'undefined');
    assert.equal(typeof document, 'undefined');
    const { renderApp } = await import(`../../examples/${name}/dist/server.js`);
    const html = await renderApp();
    assert.match(html, /<h1>Coffee roastery<\/h1>/);
    assert.match(html, /<consent-banner><\/consent-banner>/);
    assert.match(html, />Cookie settings</);
    assert.doesNotMatch(html, /campaign|consent-choices/);
  });
}
