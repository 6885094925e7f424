// Types <consent-banner> in JSX. React 19 sets `manager` as a property and adds `onconsent-change`
// as a listener for the `consent-change` event.
import type { ConsentBannerElement, ConsentChangeEvent, ConsentReadyEvent, ResolvedConfig } from 'consent-banner';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'consent-banner': DetailedHTMLProps<HTMLAttributes<ConsentBannerElement>, ConsentBannerElement> & {
        manager?: ConsentBannerElement['manager'];
        layout?: ResolvedConfig['layout'];
        theme?: ResolvedConfig['theme'];
        'onconsent-ready'?: (event: ConsentReadyEvent) => void;
        'onconsent-change'?: (event: ConsentChangeEvent) => void;
      };
    }
  }
}
