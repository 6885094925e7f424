import { watchDocument, STATE_ATTRIBUTE, isAllowed } from './script-gate.js';

/** Iframes, images and media whose real address waits in `data-src` until consent. */
const GATED_EMBEDS = ':is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])';
/**
 * Loads `<iframe data-consent="marketing" data-src="…">` (and img, video,
 * audio) once allowed, and unloads it again when consent is withdrawn, so a
 * withdrawn embed stops sending anything. Placeholders are the UI's job; this
 * reports whether any embed is waiting, so the boot script knows to load it.
 */
function createEmbedGate(manager, doc, onBlocked = () => { }) {
    function scan() {
        let blocked = false;
        for (const element of Array.from(doc.querySelectorAll(GATED_EMBEDS))) {
            const loaded = element.getAttribute(STATE_ATTRIBUTE) === 'run';
            const allowed = isAllowed(element, manager);
            if (allowed && !loaded) {
                element.setAttribute(STATE_ATTRIBUTE, 'run');
                if (element.dataset.srcset)
                    element.setAttribute('srcset', element.dataset.srcset);
                element.setAttribute('src', element.dataset.src);
            }
            else if (!allowed && loaded) {
                element.removeAttribute(STATE_ATTRIBUTE);
                element.removeAttribute('srcset');
                element.removeAttribute('src');
                // An iframe keeps its document until navigated away; a blank page ends its scripts and requests.
                if (element instanceof HTMLIFrameElement)
                    element.src = 'about:blank';
            }
            if (!allowed)
                blocked = true;
        }
        if (blocked)
            onBlocked();
    }
    return { scan, disconnect: watchDocument(doc, manager, scan) };
}

export { GATED_EMBEDS, createEmbedGate };
