export interface CategoryStrings {
  title: string;
  /** How the purpose reads inside the banner's sentence ("analytics", "アクセス解析"). */
  purpose: string;
  description: string;
}

/**
 * Every visible string of the widget. Each language file must satisfy this
 * type, so a missing key fails the build.
 */
export interface Strings {
  bannerTitle: string;
  /** The first-layer text; `purposes` is the list of purposes already joined for the language. */
  bannerText: (purposes: string) => string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  preferencesTitle: string;
  preferencesIntro: string;
  save: string;
  close: string;
  on: string;
  off: string;
  alwaysOn: string;
  /** Why the `service` switch cannot be turned off. */
  serviceLocked: string;
  /** One sentence in the banner when the browser sends Global Privacy Control; `purposes` as in bannerText. */
  gpcNotice: (purposes: string) => string;
  /** In place of an embed that waits for consent; `purposes` names the categories it needs. */
  placeholderText: (purposes: string) => string;
  placeholderAllow: string;
  placeholderSettings: string;
  /** Names an embed whose page gave it no `title`. */
  placeholderDefaultTitle: string;
  categories: {
    service: CategoryStrings;
    analytics: CategoryStrings;
    marketing: CategoryStrings;
  };
}

export type Language = 'ja' | 'en';
