// Server rendering, bundled to dist/server.js: no window, no document, no visitor's choice yet.
import { render } from 'svelte/server';
import App from './App.svelte';

export function renderApp(): string {
  return render(App, { props: { manager: null } }).body;
}
