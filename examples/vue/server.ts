// Server rendering, bundled to dist/server.js: no window, no document, no visitor's choice yet.
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { App } from './App.js';

export function renderApp(): Promise<string> {
  return renderToString(createSSRApp(App, { manager: null }));
}
