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
  /** In the banner when the policy changed since the last decision. */
  revisionNotice: string;
  /** In the banner when the last decision has expired. */
  expiredNotice: string;
  /** In the banner when the browser refuses cookies. */
  cannotRemember: string;
  /** Link to the external transmission policy (外部送信ポリシー). */
  disclosureLink: string;
  /** Before a category's "what stops working" text in the preferences. */
  whenOffLabel: string;
  /** Before the list of a category's recipients in the preferences. */
  vendorsLabel: string;
  /** The visitor's consent id and when it was saved, for disclosure or 利用停止 requests. */
  consentIdLabel: (id: string, savedAt: string) => string;
  /** Confirmation after the unsubscribe link. */
  optOutTitle: string;
  optOutMarketing: string;
  optOutCategory: (title: string) => string;
  /** Transactional mail continues (特定電子メール法). */
  optOutImportant: string;
  optOutPending: string;
  optOutSent: string;
  optOutFailed: string;
  undo: string;
  openSettings: string;
  /** A minor policy revision: informed, not asked again (its notice's title, then its text). */
  policyUpdatedTitle: string;
  policyUpdated: string;
  /**
   * Title of the external transmission table's columns (送信先 / 送信される情報 / 利用目的 / カテゴリ / 送信の許可（オプトアウト）,
   * and the recipient's own opt-out page, shown only when a vendor has one).
   */
  disclosureColumns: { recipient: string; data: string; purpose: string; category: string; optOut: string; vendorOptOut: string };
  /** The link to a recipient's own opt-out page, in its row; and the cell of a recipient without one. */
  disclosureVendorOptOutLink: string;
  disclosureNoVendorOptOut: string;
  /** Under the table: its switches act per category, not per recipient. */
  disclosureNote: string;
  /** Names the table's scrollable region for screen readers. */
  disclosureTableLabel: string;
  disclosureEmpty: string;
  /** Announced to screen readers after a decision. */
  saved: string;
  categories: {
    service: CategoryStrings;
    analytics: CategoryStrings;
    marketing: CategoryStrings;
  };
}

/** The texts the first layer shows: the banner, the floating button, the announcement after a choice. */
export type FirstLayerKey =
  | 'bannerTitle'
  | 'bannerText'
  | 'policyLink'
  | 'disclosureLink'
  | 'acceptAll'
  | 'rejectAll'
  | 'customize'
  | 'preferencesTitle'
  | 'gpcNotice'
  | 'revisionNotice'
  | 'expiredNotice'
  | 'cannotRemember'
  | 'saved';

type CategoryTexts<K extends keyof CategoryStrings> = { [id in keyof Strings['categories']]: Pick<CategoryStrings, K> };

/**
 * A language's first-layer texts, a file of their own in the script-tag build (consent-banner-ui-<language>.js),
 * so a first visit downloads only what the banner shows; categories' titles and purposes, for its sentence.
 */
export type FirstLayerStrings = Pick<Strings, FirstLayerKey> & { categories: CategoryTexts<'title' | 'purpose'> };

/** The rest (consent-banner-ui-<language>-more.js), fetched when the preferences, a notice, a placeholder or a disclosure table needs it. */
export type MoreStrings = Omit<Strings, FirstLayerKey | 'categories'> & { categories: CategoryTexts<'description'> };

export type { Language } from '../core/language.js';
