/**
 * A reactive controller: while a bar covers the page's top or bottom edge, the page scrolls focused
 * elements clear of it (WCAG 2.4.11 Focus Not Obscured): scroll padding on the page as tall as the bar,
 * kept up to date while it shows. Under a bottom bar, the page also gets as much room after its end, so
 * that its last links (a footer) can scroll clear of the bar when focused. (Room at the top, for bar-top,
 * would push the page down as the bar appears: a layout shift; that layout stays an overlay.) A factory
 * rather than a class: closures minify, fields do not.
 */
function keepClear(host, 
/** The bar at the page's edge, if one shows. */
findBar) {
    /** Which bar is kept clear of, in which layout, the room added after the page, and how to undo it all. */
    let kept;
    const controller = {
        hostUpdated() {
            if (!host.isConnected)
                return;
            const bar = findBar();
            const layout = host.getAttribute('layout');
            const edge = bar && (layout === 'bar' || layout === 'bar-top') ? bar : null;
            const before = kept;
            // Kept as is while the same bar shows in the same layout; redone when either changes.
            if (edge === (before?.bar ?? null) && (!before || layout === before.layout))
                return;
            controller.hostDisconnected();
            if (!edge || !layout)
                return;
            const root = document.documentElement.style;
            const property = layout === 'bar' ? 'scrollPaddingBottom' : 'scrollPaddingTop';
            const padding = root[property];
            const room = layout === 'bar' ? document.createElement('div') : null;
            if (room) {
                room.setAttribute('aria-hidden', 'true');
                room.setAttribute('data-consent-banner-room', '');
                room.style.cssText = 'display:block;flex:none;margin:0';
                document.body.append(room);
            }
            const fit = () => {
                root[property] = `${edge.offsetHeight}px`;
                if (room)
                    room.style.height = root[property];
            };
            // When the notice replaces the banner, the old room went just now: sized at once, the new one keeps a
            // page scrolled to its end in place. (On a first show the observer sizes it, with no forced layout.)
            if (room && before?.room)
                fit();
            const observer = new ResizeObserver(fit);
            observer.observe(edge);
            kept = {
                bar: edge,
                layout,
                room,
                stop: () => {
                    observer.disconnect();
                    room?.remove();
                    root[property] = padding;
                },
            };
        },
        hostDisconnected() {
            kept?.stop();
            kept = undefined;
        },
    };
    host.addController(controller);
    return controller;
}

export { keepClear };
