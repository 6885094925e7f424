export declare const consentPlaceholderStyles: import("lit").CSSResult[];
