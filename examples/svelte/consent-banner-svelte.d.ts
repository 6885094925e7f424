// Types <consent-banner> in Svelte markup (svelte-check): `manager` is set as a property and
// `onconsent-change` listens for the `consent-change` event.
import type { ConsentBannerElement, ConsentChangeEvent, ConsentReadyEvent, ResolvedConfig } from 'consent-banner';
import type { HTMLAttributes } from 'svelte/elements';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'consent-banner': HTMLAttributes<ConsentBannerElement> & {
      manager?: ConsentBannerElement['manager'] | null;
      layout?: ResolvedConfig['layout'];
      theme?: ResolvedConfig['theme'];
      'onconsent-ready'?: (event: ConsentReadyEvent) => void;
      'onconsent-change'?: (event: ConsentChangeEvent) => void;
    };
  }
}
