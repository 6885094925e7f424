import { type GateManager } from './script-gate.js';
/** Iframes, images and media whose real address waits in `data-src` until consent. */
export declare const GATED_EMBEDS = ":is(iframe,img,video,audio,source,embed)[data-src]:is([data-consent],[data-consent-refused])";
/**
 * Loads `<iframe data-consent="marketing" data-src="…">` (and img, video,
 * audio) once allowed, and unloads it again when consent is withdrawn, so a
 * withdrawn embed stops sending anything. Placeholders are the UI's job; this
 * reports whether any embed is waiting, so the boot script knows to load it.
 */
export declare function createEmbedGate(manager: GateManager, doc: Document, onBlocked?: () => void): {
    scan: () => void;
    disconnect: () => void;
};
