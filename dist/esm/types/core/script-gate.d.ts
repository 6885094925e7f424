import type { ConsentManager } from './consent-manager.js';
export declare function categoriesOf(element: Element, attribute?: string): string[];
/**
 * Runs `<script type="text/plain" data-consent="analytics">` once every
 * category it names is granted, in document order, each at most once:
 * on this page view's decision, on a restored one, and for scripts added later.
 */
export declare function createScriptGate(manager: Pick<ConsentManager, 'isGranted' | 'onChange'>, doc: Document): {
    scan: () => void;
    disconnect(): void;
};
