import type { ConsentChangeDetail, ConsentManager } from 'consent-banner/core';
import { useEffect } from 'react';
import { useConsent } from './use-consent.js';
import { WhenGranted } from './WhenGranted.js';

export interface AppProps {
  /** The page's consent manager; null on the server, where there is no visitor's choice to read. */
  manager: ConsentManager | null;
  /** Called with every decision, from the banner's `consent-change` event. */
  onConsentChange?: (detail: ConsentChangeDetail) => void;
}

export function App({ manager, onConsentChange }: AppProps) {
  const consent = useConsent(manager);
  // After the first render, so <consent-banner> is in the page to show the banner and send the events.
  useEffect(() => manager?.start(), [manager]);

  return (
    <>
      <main>
        <h1>Coffee roastery</h1>
        <WhenGranted manager={manager} category="marketing">
          <aside className="campaign">Autumn beans: 10% off with the code AUTUMN.</aside>
        </WhenGranted>
      </main>
      <footer>
        {consent && (
          <ul className="consent-choices">
            {Object.entries(consent).map(([id, granted]) => (
              <li key={id}>{`${id}: ${granted ? 'on' : 'off'}`}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => manager?.showPreferences()}>
          Cookie settings
        </button>
      </footer>
      <consent-banner manager={manager ?? undefined} onconsent-change={(event) => onConsentChange?.(event.detail)} />
    </>
  );
}
