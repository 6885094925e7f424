// Server rendering, bundled to dist/server.js: no window, no document, no visitor's choice yet.
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export function renderApp(): string {
  return renderToString(<App manager={null} />);
}
