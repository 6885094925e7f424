export declare const consentBannerStyles: import("lit").CSSResult[];
