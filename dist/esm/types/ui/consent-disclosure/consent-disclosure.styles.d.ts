export declare const consentDisclosureStyles: import("lit").CSSResult[];
