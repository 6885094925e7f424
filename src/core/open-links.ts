import type { ConsentManager } from './consent-manager.js';

export const OPEN_ATTRIBUTE = 'data-consent-open';

/**
 * Any element with `data-consent-open` (a footer "Cookie設定" link, say)
 * opens the preferences. One delegated listener covers elements added later.
 * Returns a function that removes it.
 */
export function installOpenLinks(doc: Document, manager: Pick<ConsentManager, 'showPreferences'>): () => void {
  const onClick = (event: MouseEvent) => {
    const opener = (event.target as Element | null)?.closest?.(`[${OPEN_ATTRIBUTE}]`);
    if (!opener) return;
    event.preventDefault();
    manager.showPreferences();
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
