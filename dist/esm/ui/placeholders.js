import { GATED_EMBEDS } from '../core/embed-gate.js';
import { watchDocument, isAllowed } from '../core/script-gate.js';
import { defineConsentPlaceholder } from './consent-placeholder/consent-placeholder.js';
import { CONSENT_PLACEHOLDER_TAG } from './tag-names.js';

/**
 * Keeps a `<consent-placeholder>` in front of every gated embed that is not
 * allowed, the size the embed would have, and hides the embed meanwhile;
 * removes it again once the embed is allowed. Returns a function that stops.
 */
function mountPlaceholders(manager, doc = document) {
    defineConsentPlaceholder(doc.defaultView?.customElements);
    const placeholders = new Map();
    function place(target) {
        const placeholder = doc.createElement(CONSENT_PLACEHOLDER_TAG);
        placeholder.manager = manager;
        placeholder.target = target;
        placeholder.setAttribute('theme', manager.config.theme);
        const width = target.getAttribute('width') || (target.offsetWidth && `${target.offsetWidth}`);
        const height = target.getAttribute('height') || (target.offsetHeight && `${target.offsetHeight}`);
        // Same footprint as the embed, so nothing shifts when it loads (CLS 0).
        if (width)
            placeholder.style.width = /^\d+$/.test(width) ? `${width}px` : width;
        if (height)
            placeholder.style.height = /^\d+$/.test(height) ? `${height}px` : height;
        target.before(placeholder);
        target.hidden = true;
        placeholders.set(target, placeholder);
    }
    function scan() {
        for (const target of Array.from(doc.querySelectorAll(GATED_EMBEDS))) {
            if (target.localName === 'source')
                continue;
            const allowed = isAllowed(target, manager);
            if (!allowed && !placeholders.has(target))
                place(target);
            if (allowed && placeholders.has(target)) {
                placeholders.get(target).remove();
                placeholders.delete(target);
                target.hidden = false;
            }
        }
    }
    return watchDocument(doc, manager, scan);
}

export { mountPlaceholders };
