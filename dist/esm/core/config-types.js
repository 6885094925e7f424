/** The first layer's layouts, the default first: bottom bar, top bar, corner box, centred modal. */
const LAYOUTS = ['bar', 'bar-top', 'box', 'modal'];
/** Colour themes, the default first; `auto` follows the visitor's `prefers-color-scheme`. */
const THEMES = ['auto', 'light', 'dark'];
/** Corners for the floating settings button; `true` means the first. */
const FLOATING_CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

export { FLOATING_CORNERS, LAYOUTS, THEMES };
