import type { CategoryId, ConsentState } from './categories.js';
/** Where a decision came from. */
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'link' | 'gpc' | 'sync' | 'placeholder';
export interface ConsentReadyDetail {
    state: ConsentState;
    /** False on a first visit (or when the stored decision no longer counts). */
    decided: boolean;
    /** The browser sends Global Privacy Control: `sellOrShare` categories start refused. */
    gpc: boolean;
}
export interface ConsentChangeDetail {
    state: ConsentState;
    /** Category ids whose value changed with this decision (may be empty). */
    changed: CategoryId[];
    source: ConsentSource;
    /** With `source: 'link'`: the opaque token from the unsubscribe link, for the site's server. */
    token?: string;
}
/** The only place event names are spelled. */
export declare const CONSENT_READY = "consent-ready";
export declare const CONSENT_CHANGE = "consent-change";
/** Each event the widget dispatches, by name, with its `detail`: dispatching and listening follow from the name. */
export interface ConsentEventMap {
    [CONSENT_READY]: ConsentReadyDetail;
    [CONSENT_CHANGE]: ConsentChangeDetail;
}
export type ConsentEventName = keyof ConsentEventMap;
export type ConsentReadyEvent = CustomEvent<ConsentReadyDetail>;
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;
declare global {
    interface GlobalEventHandlersEventMap {
        'consent-ready': ConsentReadyEvent;
        'consent-change': ConsentChangeEvent;
    }
    interface DocumentEventMap {
        'consent-ready': ConsentReadyEvent;
        'consent-change': ConsentChangeEvent;
    }
}
/** Bubbling and composed, so one listener on `document` hears it from inside any shadow root. */
export declare function dispatchConsentEvent<Name extends ConsentEventName>(target: EventTarget, type: Name, detail: ConsentEventMap[Name]): void;
