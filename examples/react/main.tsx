// The browser entry, bundled to dist/main.js by `node examples/build.mjs`.
import 'consent-banner/define';
import { createConsentManager, createCookieStorage, type ConsentChangeDetail, type ConsentManager } from 'consent-banner/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

export interface MountOptions {
  /** Defaults to a manager that keeps the choice in a cookie. */
  manager?: ConsentManager;
  onConsentChange?: (detail: ConsentChangeDetail) => void;
}

/** Renders the app into `container`. Returns unmount. */
export function mountApp(container: Element, { manager, onConsentChange }: MountOptions = {}): () => void {
  manager ??= createConsentManager({ policyUrl: '/privacy' }, { storage: createCookieStorage({ name: 'consent_banner' }) });
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App manager={manager} onConsentChange={onConsentChange} />
    </StrictMode>,
  );
  return () => root.unmount();
}
