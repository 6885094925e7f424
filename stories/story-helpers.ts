/**
 * Shared pieces of the stories: one config built from the story's controls, a
 * memory storage (stories never touch a real cookie), a fixed clock (dates in
 * the preferences and screenshots do not change from run to run) and a sample
 * page behind each widget, in the story's language and theme.
 *
 * Every render function returns one container element; test/stories/ renders
 * the same stories and checks them with axe and a click or two.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { LAYOUTS, THEMES, type ConsentConfigInput, type Layout, type Theme as ConfigTheme, type VendorInput } from '../src/core/config-types.js';
import { createConsentManager, type ConsentManager, type ConsentManagerOptions } from '../src/core/consent-manager.js';
import { formatConsentCookie } from '../src/core/cookie-format.js';
import { createMemoryStorage, type ConsentStorage } from '../src/core/storage.js';
import { defineConsentBanner } from '../src/ui/consent-banner/consent-banner.js';
import { defineConsentDisclosure } from '../src/ui/consent-disclosure/consent-disclosure.js';
import { defineConsentPlaceholder } from '../src/ui/consent-placeholder/consent-placeholder.js';

// Called, not `import '../src/define.js'`: package.json's "sideEffects" names only dist/ files, so
// Storybook's production build drops a bare side-effect import of src/define.ts and no element is defined.
defineConsentBanner();
defineConsentPlaceholder();
defineConsentDisclosure();

export type Lang = 'ja' | 'en';
/** The stories show each theme as the visitor sees it: `auto` is one of these two. */
export type Theme = Exclude<ConfigTheme, 'auto'>;
export type { Layout };
const STORY_THEMES = THEMES.filter((theme): theme is Theme => theme !== 'auto');
export type Delivery = 'none' | 'pending' | 'sent' | 'failed';

/**
 * What `<consent-banner>` is showing when the story opens:
 * - `first-visit`: the first layer, nothing decided yet;
 * - `preferences`: the preferences opened on a first visit;
 * - `returning-preferences`: the preferences of a visitor who decided earlier (`granted`), with their consent id;
 * - `revision`: the banner again after a policy revision (the stored cookie is for an older revision);
 * - `expired`: the banner again because the last decision is older than its lifetime;
 * - `gpc`: the first layer while the browser sends Global Privacy Control;
 * - `storage-unavailable`: the first layer when cookies are disabled;
 * - `storage-unavailable-notice`: the note shown after deciding when the browser did not keep the cookie;
 * - `opt-out`: the unsubscribe confirmation after the e-mail link (`delivery` says what the server answered);
 * - `minor-revision`: the notice of a policy revision marked minor;
 * - `floating-button`: a decided visitor, with only the corner button that reopens the settings.
 */
export type Scenario =
  | 'first-visit'
  | 'preferences'
  | 'returning-preferences'
  | 'revision'
  | 'expired'
  | 'gpc'
  | 'storage-unavailable'
  | 'storage-unavailable-notice'
  | 'opt-out'
  | 'minor-revision'
  | 'floating-button';

export const SCENARIOS: Scenario[] = [
  'first-visit',
  'preferences',
  'returning-preferences',
  'revision',
  'expired',
  'gpc',
  'storage-unavailable',
  'storage-unavailable-notice',
  'opt-out',
  'minor-revision',
  'floating-button',
];

export interface StoryArgs {
  /** Sets the element's `lang` attribute (and the sample page's). */
  lang: Lang;
  /** Sets the element's `theme` attribute. */
  theme: Theme;
  /** Sets `<consent-banner>`'s `layout` attribute. */
  layout: Layout;
  scenario: Scenario;
  policyUrl: string;
  disclosureUrl: string;
  /** Config `floatingButton`: the corner button shown after a decision. */
  floatingButton: false | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
  /** Adds a site-defined category (おすすめ表示 / Recommendations) after the built-in ones. */
  siteCategory: boolean;
  /** Config `whenOff` texts: what stops working while a category is off. */
  whenOff: boolean;
  /** Config `vendors`: recipients listed under each category and in `<consent-disclosure>`. */
  vendors: boolean;
  /** Categories a returning visitor granted earlier (stored in the memory cookie). */
  granted: string[];
  /** Unsubscribe confirmation: whether the site's endpoint recorded it. */
  delivery: Delivery;
  /** A site's own colours, set with the `--consent-*` custom properties. */
  brand: boolean;
}

export const defaultArgs: StoryArgs = {
  lang: 'ja',
  theme: 'light',
  layout: 'bar',
  scenario: 'first-visit',
  policyUrl: '/privacy',
  disclosureUrl: '/external-transmission',
  floatingButton: false,
  siteCategory: true,
  whenOff: false,
  vendors: false,
  granted: [],
  delivery: 'none',
  brand: false,
};

export const argTypes: Partial<ArgTypes<StoryArgs>> = {
  lang: { control: 'inline-radio', options: ['ja', 'en'] },
  theme: { control: 'inline-radio', options: STORY_THEMES },
  layout: { control: 'inline-radio', options: [...LAYOUTS] },
  scenario: { control: 'select', options: SCENARIOS },
  policyUrl: { control: 'text' },
  disclosureUrl: { control: 'text' },
  floatingButton: { control: 'select', options: [false, 'bottom-left', 'bottom-right', 'top-left', 'top-right'] },
  siteCategory: { control: 'boolean' },
  whenOff: { control: 'boolean' },
  vendors: { control: 'boolean' },
  granted: { control: 'check', options: ['analytics', 'marketing', 'personalization'] },
  delivery: { control: 'inline-radio', options: ['none', 'pending', 'sent', 'failed'] },
  brand: { control: 'boolean' },
};

/** 2026-11-30 10:00 in Tokyo: every story's "now". */
export const STORY_NOW = Date.UTC(2026, 10, 30, 1, 0);
const DAY = 86_400_000;
export const CURRENT_REVISION = '2026-11';
export const OLDER_REVISION = '2026-04';
export const RETURNING_CONSENT_ID = 'k3j9f0a2x1c8q7zm';

export const sampleVendors: VendorInput[] = [
  {
    id: 'ga4',
    name: { ja: 'Google LLC（Google アナリティクス 4）', en: 'Google LLC (Google Analytics 4)' },
    category: 'analytics',
    data: { ja: '閲覧したページのURL、閲覧日時、Cookie ID、端末・ブラウザの情報', en: 'Pages viewed and when, cookie ID, device and browser details' },
    purpose: { ja: 'アクセス状況の分析とサイトの改善', en: 'Analysing how the site is used, to improve it' },
    policyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  },
  {
    id: 'meta-pixel',
    name: { ja: 'Meta Platforms, Inc.（Meta ピクセル）', en: 'Meta Platforms, Inc. (Meta Pixel)' },
    category: 'marketing',
    data: { ja: '閲覧したページのURL、購入などの行動、Cookie ID', en: 'Pages viewed, actions such as purchases, cookie ID' },
    purpose: { ja: '広告の配信と効果測定', en: 'Showing ads and measuring their effect' },
    policyUrl: 'https://www.facebook.com/privacy/policy/',
  },
  {
    id: 'line-tag',
    name: { ja: 'LINEヤフー株式会社（LINE Tag）', en: 'LY Corporation (LINE Tag)' },
    category: 'marketing',
    data: { ja: '閲覧したページのURL、Cookie ID', en: 'Pages viewed, cookie ID' },
    purpose: { ja: 'LINE広告の配信と効果測定', en: 'Showing LINE ads and measuring their effect' },
    policyUrl: 'https://www.lycorp.co.jp/ja/company/privacypolicy/',
  },
  {
    id: 'recommend',
    name: { ja: '株式会社サンプルレコメンド', en: 'Sample Recommend K.K.' },
    category: 'personalization',
    data: { ja: '閲覧した商品、Cookie ID', en: 'Products viewed, cookie ID' },
    purpose: { ja: 'おすすめ商品の表示', en: 'Showing recommended products' },
  },
];

/** The config the story's controls describe. */
export function storyConfig(args: StoryArgs, extra: ConsentConfigInput = {}): ConsentConfigInput {
  const whenOff = (ja: string, en: string) => (args.whenOff ? { whenOff: { ja, en } } : {});
  const categories: ConsentConfigInput['categories'] = {
    analytics: whenOff('アクセス状況をもとにしたサイトの改善に、あなたの閲覧が反映されなくなります。', 'Your visits no longer help us improve the site.'),
    marketing: whenOff(
      'あなたの興味に合わせた広告やキャンペーンのお知らせが表示されなくなります（広告の数は減りません）。',
      'Ads and campaign news are no longer matched to your interests (you will not see fewer ads).',
    ),
  };
  if (args.siteCategory) {
    categories.personalization = {
      title: { ja: 'おすすめ表示', en: 'Recommendations' },
      description: { ja: '閲覧履歴に基づいて、おすすめの商品を表示します。', en: 'Shows products picked from what you have viewed.' },
      ...whenOff('「あなたへのおすすめ」欄に、人気の商品が表示されます。', 'The “For you” section shows popular products instead.'),
    };
  }
  const vendors = args.vendors ? sampleVendors.filter((v) => v.category !== 'personalization' || args.siteCategory) : [];
  return {
    policyUrl: args.policyUrl,
    disclosureUrl: args.disclosureUrl || undefined,
    revision: CURRENT_REVISION,
    floatingButton: args.floatingButton,
    categories,
    vendors,
    ...extra,
  };
}

/** A memory "cookie" holding a decision made `daysAgo` days before STORY_NOW. */
export function storedDecision({
  granted = [] as string[],
  revision = CURRENT_REVISION,
  daysAgo = 3,
} = {}): ConsentStorage {
  return createMemoryStorage(formatConsentCookie({ revision, time: STORY_NOW - daysAgo * DAY, consentId: RETURNING_CONSENT_ID, granted }));
}

/** Storage that never keeps what is written, like a browser with cookies disabled (still touches no cookie). */
export function refusingStorage(): ConsentStorage {
  return { read: () => undefined, write: () => false, clear: () => {} };
}

/** A manager on memory storage with the story clock; GPC off unless the story says so. */
export function storyManager(config: ConsentConfigInput, options: ConsentManagerOptions = {}): ConsentManager {
  let ids = 0;
  return createConsentManager(config, {
    storage: createMemoryStorage(),
    gpc: false,
    now: () => STORY_NOW,
    createConsentId: () => `story${String(++ids).padStart(11, '0')}`,
    ...options,
  });
}

const BRAND = {
  light: { '--consent-accent': '#7a4a1e', '--consent-choice-bg': '#2b2118', '--consent-choice-fg': '#ffffff', '--consent-radius': '4px' },
  dark: {
    '--consent-accent': '#e6b98c',
    '--consent-accent-fg': '#2b2118',
    '--consent-choice-bg': '#f3e6d8',
    '--consent-choice-fg': '#2b2118',
    '--consent-bg': '#2b2118',
    '--consent-radius': '4px',
  },
} as const;

/**
 * `<consent-placeholder>` and `<consent-disclosure>` have light colours only and
 * ignore `theme`: on a dark page the site sets the custom properties, as here.
 * (Without them the disclosure's "no recipients" line is dark grey on the dark page.)
 */
const DARK_SITE_COLOURS = {
  '--consent-bg': '#1f2328',
  '--consent-fg': '#eceef1',
  '--consent-border': '#59616b',
  '--consent-accent': '#8ab4f8',
  '--consent-accent-fg': '#0b1220',
  '--consent-focus': '#8ab4f8',
  '--consent-switch-off': '#8b939c',
  '--consent-header-bg': '#2a2f36',
  '--consent-placeholder-bg': '#2a2f36',
} as const;

/** Sets the attributes the controls stand for, and the brand colours if asked. */
export function applyAttributes(element: HTMLElement, args: Pick<StoryArgs, 'lang' | 'theme' | 'brand' | 'layout'>, withLayout = false) {
  element.setAttribute('lang', args.lang);
  element.setAttribute('theme', args.theme);
  if (withLayout) element.setAttribute('layout', args.layout);
  const colours: Record<string, string> = args.brand ? BRAND[args.theme] : element.localName !== 'consent-banner' && args.theme === 'dark' ? DARK_SITE_COLOURS : {};
  for (const [name, value] of Object.entries(colours)) element.style.setProperty(name, value);
}

const PAGE_STYLE_ID = 'consent-story-page-style';
const PAGE_CSS = `
  .story-page { box-sizing: border-box; min-height: 100vh; margin: 0; padding: 0 0 240px;
    font: 16px/1.7 system-ui, 'Noto Sans JP', sans-serif; background: #f6f7f9; color: #1b1f24; }
  .story-page[data-theme='dark'] { background: #14171b; color: #e6e8eb; }
  .story-page header { display: flex; flex-wrap: wrap; gap: 4px 24px; align-items: baseline; padding: 16px 32px;
    border-bottom: 1px solid #c9ced6; background: #ffffff; }
  .story-page[data-theme='dark'] header { background: #1f2328; border-color: #3a4048; }
  .story-page .site-name { margin: 0; font-size: 20px; font-weight: 700; }
  .story-page nav { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 14px; white-space: nowrap; }
  .story-page a { color: #0a58c2; }
  .story-page[data-theme='dark'] a { color: #8ab4f8; }
  .story-page .content { max-width: 760px; margin: 0 auto; padding: 24px 32px; }
  @media (max-width: 560px) { .story-page header, .story-page .content { padding-inline: 16px; } .story-page h1 { font-size: 22px; } }
  .story-page h1 { margin: 8px 0 12px; font-size: 28px; line-height: 1.4; }
  .story-page p { margin: 0 0 12px; }
`;

const PAGE_TEXT = {
  ja: {
    site: '山田珈琲店 オンラインショップ',
    nav: ['新着のコーヒー豆', 'ギフト', '店舗案内'],
    heading: '秋の限定ブレンド、はじめました',
    body: [
      '焙煎士が季節ごとに選ぶ限定ブレンド。今季は、熟した果実のような甘さとチョコレートのような余韻が特徴です。',
      '5,000円以上のご注文で送料無料。ご注文から2営業日以内に発送します。',
    ],
  },
  en: {
    site: 'Yamada Coffee online shop',
    nav: ['New beans', 'Gifts', 'Our shops'],
    heading: 'Our autumn blend is here',
    body: [
      'Each season our roaster picks a limited blend. This one is sweet like ripe fruit, with a long chocolate finish.',
      'Free delivery on orders over ¥5,000. We ship within two working days.',
    ],
  },
} as const;

/**
 * The sample page behind a widget: a container in the story's language and
 * theme, with the widget elements appended after the page content (or placed
 * in it by `fill`). This container is what the render functions return.
 */
export function samplePage(args: Pick<StoryArgs, 'lang' | 'theme'>, fill?: (content: HTMLElement) => void): HTMLElement {
  if (!document.getElementById(PAGE_STYLE_ID)) {
    const style = document.createElement('style');
    style.id = PAGE_STYLE_ID;
    style.textContent = PAGE_CSS;
    document.head.append(style);
  }
  const text = PAGE_TEXT[args.lang];
  const page = document.createElement('div');
  page.className = 'story-page';
  page.lang = args.lang;
  page.dataset.theme = args.theme;
  const header = document.createElement('header');
  const name = document.createElement('p');
  name.className = 'site-name';
  name.textContent = text.site;
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', args.lang === 'ja' ? 'メニュー' : 'Menu');
  for (const label of text.nav) {
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = label;
    nav.append(link);
  }
  header.append(name, nav);
  const content = document.createElement('div');
  content.className = 'content';
  const heading = document.createElement('h1');
  heading.textContent = text.heading;
  content.append(heading, ...text.body.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  fill?.(content);
  page.append(header, content);
  return page;
}

/** `<consent-banner>` for the given manager, with the story's attributes. */
export function bannerElement(manager: ConsentManager, args: StoryArgs): HTMLElement {
  const element = document.createElement('consent-banner');
  applyAttributes(element, args, true);
  element.manager = manager;
  return element;
}

/** Builds the manager for a scenario and puts it in the state the scenario names. */
export function scenarioManager(args: StoryArgs): ConsentManager {
  const config = storyConfig(args);
  const returning = () => storedDecision({ granted: args.granted });
  switch (args.scenario) {
    case 'first-visit':
    case 'preferences': {
      const manager = storyManager(config);
      manager.start();
      if (args.scenario === 'preferences') manager.showPreferences();
      return manager;
    }
    case 'returning-preferences': {
      const manager = storyManager(config, { storage: returning() });
      manager.start();
      manager.showPreferences();
      return manager;
    }
    case 'revision': {
      const manager = storyManager(config, { storage: storedDecision({ granted: args.granted, revision: OLDER_REVISION }) });
      manager.start();
      return manager;
    }
    case 'expired': {
      const manager = storyManager(config, { storage: storedDecision({ granted: args.granted, daysAgo: 400 }) });
      manager.start();
      return manager;
    }
    case 'gpc': {
      const manager = storyManager(config, { gpc: true });
      manager.start();
      return manager;
    }
    case 'storage-unavailable': {
      const manager = storyManager(config, { storageUnavailable: true });
      manager.start();
      return manager;
    }
    case 'storage-unavailable-notice': {
      // The visitor decided, and the browser did not keep the cookie.
      const manager = storyManager(config, { storage: refusingStorage(), log: { warn: () => {}, error: console.error } });
      manager.start();
      manager.rejectAll('banner');
      return manager;
    }
    case 'opt-out': {
      // A visitor who had granted marketing opens the unsubscribe link of an e-mail.
      const manager = storyManager(config, { storage: storedDecision({ granted: ['analytics', 'marketing'] }) });
      manager.set({ marketing: false }, 'link', { token: 't' });
      manager.showNotice({
        type: 'opt-out',
        category: 'marketing',
        token: 't',
        previous: true,
        delivery: args.delivery,
        // As the real link does: grant again, and close the confirmation.
        undo: () => {
          manager.set({ marketing: true }, 'link', { token: 't' });
          manager.dismissNotice();
        },
      });
      manager.start();
      return manager;
    }
    case 'minor-revision': {
      const manager = storyManager(
        { ...config, revisionMinor: true },
        { storage: storedDecision({ granted: args.granted, revision: OLDER_REVISION }) },
      );
      manager.start();
      return manager;
    }
    case 'floating-button': {
      const manager = storyManager({ ...config, floatingButton: args.floatingButton || 'bottom-right' }, { storage: returning() });
      manager.start();
      return manager;
    }
  }
}

/** meta.render of consent-banner.stories.ts: the sample page with the banner in the scenario's state. */
export function renderBannerStory(args: StoryArgs): HTMLElement {
  const page = samplePage(args);
  page.append(bannerElement(scenarioManager(args), args));
  return page;
}

/**
 * `<consent-placeholder>` standing in for an iframe placed in the story, as
 * the script tag does it: the iframe stays hidden until its categories are
 * granted, then loads and the placeholder goes. A `<consent-banner>` on the
 * same manager opens the settings from the placeholder's link.
 */
export function renderPlaceholderStory(args: StoryArgs & { consent: string; embedTitle: string; decided: boolean }): HTMLElement {
  const manager = storyManager(storyConfig(args), args.decided ? { storage: storedDecision({ granted: args.granted }) } : {});
  const page = samplePage(args, (content) => {
    const iframe = document.createElement('iframe');
    iframe.dataset.consent = args.consent;
    iframe.dataset.src = 'about:blank';
    iframe.title = args.embedTitle;
    iframe.width = '560';
    iframe.height = '315';
    iframe.style.cssText = 'max-width: 100%; border: 0; background: #000';
    iframe.hidden = true;
    const placeholder = document.createElement('consent-placeholder');
    // The embed's footprint, as the script tag gives it, so nothing shifts when it loads.
    placeholder.style.cssText = 'width: 560px; height: 315px; max-width: 100%';
    applyAttributes(placeholder, args);
    placeholder.manager = manager;
    placeholder.target = iframe;
    const needs = args.consent.split(/\s+/).filter(Boolean);
    const showWhenAllowed = () => {
      if (!placeholder.isConnected || !needs.every((id) => manager.isGranted(id))) return;
      placeholder.remove();
      iframe.hidden = false;
      iframe.src = iframe.dataset.src!;
    };
    manager.onChange(showWhenAllowed);
    content.append(placeholder, iframe);
  });
  page.append(bannerElement(manager, args));
  manager.start();
  return page;
}

/** `<consent-disclosure>` as on a site's 外部送信ポリシー page. */
export function renderDisclosureStory(args: StoryArgs): HTMLElement {
  const manager = storyManager(storyConfig(args), { storage: storedDecision({ granted: args.granted }) });
  manager.start();
  const page = samplePage(args, (content) => {
    const heading = document.createElement('h1');
    heading.textContent = args.lang === 'ja' ? '外部送信ポリシー' : 'External transmission policy';
    const intro = document.createElement('p');
    intro.textContent =
      args.lang === 'ja'
        ? '当サイトでは、以下の事業者に利用者の情報を送信しています。各項目のスイッチで、いつでも送信を止められます。'
        : 'This site sends information about you to the companies below. Use the switches to stop it at any time.';
    const disclosure = document.createElement('consent-disclosure');
    applyAttributes(disclosure, args);
    disclosure.manager = manager;
    content.replaceChildren(heading, intro, disclosure);
  });
  return page;
}
