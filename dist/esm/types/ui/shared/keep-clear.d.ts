import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * A reactive controller: while a bar covers the page's top or bottom edge, the page scrolls focused
 * elements clear of it (WCAG 2.4.11 Focus Not Obscured): scroll padding on the page as tall as the bar,
 * kept up to date while it shows. Under a bottom bar, the page also gets as much room after its end, so
 * that its last links (a footer) can scroll clear of the bar when focused. (Room at the top, for bar-top,
 * would push the page down as the bar appears: a layout shift; that layout stays an overlay.) A factory
 * rather than a class: closures minify, fields do not.
 */
export declare function keepClear(host: ReactiveControllerHost & Element, 
/** The bar at the page's edge, if one shows. */
findBar: () => HTMLElement | null): ReactiveController;
