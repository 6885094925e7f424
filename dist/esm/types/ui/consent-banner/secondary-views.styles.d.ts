/** Styles of the preferences dialog and the notices, adopted when their chunk arrives (see consent-banner.styles.ts for the rest). */
export declare const secondaryViewStyles: import("lit").CSSResult[];
