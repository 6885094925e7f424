import type { ConsentManager } from './consent-manager.js';
import type { ReportProblem } from './boot-problems.js';
/** Set on a gated element once it is handled, so nothing runs twice. */
export declare const STATE_ATTRIBUTE = "data-consent-state";
export type GateManager = Pick<ConsentManager, 'isGranted' | 'isDecided' | 'onChange'>;
export declare function categoriesOf(element: Element, attribute?: string): string[];
/**
 * `data-consent="a b"` needs every category granted; `data-consent-refused="a"`
 * needs the visitor to have decided and every named category refused (a
 * cookieless fallback, say). An element may carry both.
 */
export declare function isAllowed(element: Element, manager: GateManager): boolean;
/**
 * Calls `scan` for the document now, for every change of consent, and for
 * elements the parser or a script adds later.
 */
export declare function watchDocument(doc: Document, manager: GateManager, scan: () => void): () => void;
/**
 * Runs `<script type="text/plain" data-consent="analytics">` once every
 * category it names is granted, in document order, each at most once:
 * on this page view's decision, on a restored one, and for scripts added later.
 */
export declare function createScriptGate(manager: GateManager, doc: Document, report: ReportProblem): {
    scan: () => void;
    disconnect: () => void;
};
