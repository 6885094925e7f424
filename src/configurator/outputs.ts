// What the site owner takes away: the tag, the 外部送信 page, the checklist of trackers to mark, the config.
// Plain functions of the checked config, so the page and the tests produce exactly the same text.
import { CONFIG_BLOCK_ID } from '../core/config-sources.js';
import type { ConsentConfigInput, ResolvedConfig, ResolvedVendor } from '../core/config-types.js';
import { localize } from '../core/localized-text.js';
import { COLOUR_NAMES, type Colours, type Settings, type SiteLanguage } from './state.js';

/** Where the tag loads the script from: the site's own server, or the CDN with its integrity hash. */
export interface ScriptSource {
  src: string;
  integrity?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The config as JSON, safe inside a `<script>` element: no `</script>` can end it early. */
export function configJson(config: ConsentConfigInput, indent = 2): string {
  return JSON.stringify(config, null, indent).replace(/</g, '\\u003c');
}

/** `data-*` attributes for a config of scalar options only (config-sources.ts reads every data attribute); else undefined. */
export function dataAttributes(config: ConsentConfigInput): string[] | undefined {
  const attributes: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (value === true) attributes.push(`data-${kebab(key)}`);
    else if (typeof value === 'string' || typeof value === 'number') attributes.push(`data-${kebab(key)}="${escapeAttribute(String(value))}"`);
    else return undefined;
  }
  return attributes;
}

function scriptElement(source: ScriptSource, attributes: string[]): string {
  const all = [`src="${escapeAttribute(source.src)}"`];
  if (source.integrity) all.push(`integrity="${escapeAttribute(source.integrity)}"`, 'crossorigin="anonymous"');
  all.push(...attributes);
  const oneLine = `<script ${all.join(' ')}></script>`;
  return oneLine.length <= 120 ? oneLine : `<script\n  ${all.join('\n  ')}\n></script>`;
}

/** The custom properties for the chosen colours, on the three elements that take them. */
export function colourStyle(colours: Colours): string {
  const lines = COLOUR_NAMES.map((name) => `    --consent-${name}: ${colours[name]};`);
  return `<style>\n  consent-banner, consent-disclosure, consent-placeholder {\n${lines.join('\n')}\n  }\n</style>`;
}

/**
 * The tag to paste into every page's `<head>`: the config as data attributes or as a JSON block above the
 * script, whichever is shorter; the colours, if any, as a style block before it.
 */
export function scriptTag(config: ConsentConfigInput, source: ScriptSource, colours?: Colours): string {
  const withBlock = `<script type="application/json" id="${CONFIG_BLOCK_ID}">\n${configJson(config)}\n</script>\n${scriptElement(source, [])}`;
  const attributes = dataAttributes(config);
  const withAttributes = attributes ? scriptElement(source, attributes) : undefined;
  const tag = withAttributes !== undefined && withAttributes.length <= withBlock.length ? withAttributes : withBlock;
  return colours ? `${colourStyle(colours)}\n${tag}` : tag;
}

export function scriptSource(settings: Settings, cdn: ScriptSource): ScriptSource {
  return settings.delivery === 'cdn' ? cdn : { src: settings.scriptPath.trim() || '/assets/consent-banner.js' };
}

// ---- The 外部送信 page: an intro in the site's language, then the widget's table.

const SERVICE_PURPOSE: Record<SiteLanguage, Record<string, string>> = {
  ja: { service: 'サービスの提供', analytics: 'アクセス解析', marketing: '広告・マーケティング' },
  en: { service: 'providing the service', analytics: 'analytics', marketing: 'marketing' },
};

function purposes(resolved: ResolvedConfig, lang: SiteLanguage): string[] {
  const used = resolved.categories.filter((category) => resolved.vendors.some((vendor) => vendor.category === category.id));
  return used.map((category) => SERVICE_PURPOSE[lang][category.id] ?? localize(category.title, lang) ?? category.id);
}

function joinList(items: string[], lang: SiteLanguage): string {
  if (lang === 'ja') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The intro paragraph: who receives what, why, and how to stop it (送信先 / 送信される情報 / 利用目的 / opt-out). */
export function disclosureIntro(resolved: ResolvedConfig, lang: SiteLanguage): string {
  const why = purposes(resolved, lang);
  const hasVendorOptOut = resolved.vendors.some((vendor) => vendor.optOutUrl);
  const hasService = resolved.vendors.some((vendor) => vendor.category === 'service');
  if (lang === 'ja') {
    return [
      `当サイトでは、${why.length ? `${joinList(why, lang)}のため、` : ''}利用者の端末から外部の事業者へ情報を送信しています。`,
      '送信先の事業者名、送信される情報、その利用目的は下の表のとおりです。',
      '表のスイッチで、カテゴリごとに送信を止める（オプトアウトする）ことができます。',
      hasService ? 'サービスの提供に必要な送信は止めることができません。' : '',
      hasVendorOptOut ? '送信先の事業者によるオプトアウトの方法は、表の「送信先でのオプトアウト」の欄からご確認ください。' : '',
    ].join('');
  }
  return [
    `This site has your browser send information to the companies listed below${why.length ? `, for ${joinList(why, lang)}` : ''}.`,
    'The table shows who receives it, what is sent and what it is used for.',
    'Use the switches in the table to stop sending it, category by category (opt-out).',
    hasService ? 'What is needed to provide the service cannot be switched off.' : '',
    hasVendorOptOut ? 'Where a recipient offers its own way to opt out, the last column links to it.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function disclosureHtml(resolved: ResolvedConfig, lang: SiteLanguage): string {
  return `<p>${escapeText(disclosureIntro(resolved, lang))}</p>\n<consent-disclosure></consent-disclosure>`;
}

// ---- The checklist: for each recipient, what to do with its tags on the site's pages.

/** Catalogue vendors whose tag is an embed (an iframe in the page), which autoBlock cannot hold reliably. */
const EMBEDS = new Set(['youtube', 'google-maps', 'instagram-embed', 'x-embed']);

export type ChecklistAction = 'nothing' | 'mark-script' | 'mark-embed' | 'auto-block';

export interface ChecklistItem {
  vendorId: string;
  name: string;
  category: string;
  categoryTitle: string;
  action: ChecklistAction;
  hosts: string[];
  seenHosts: string[];
  seenCookies: string[];
  /** What to write, for the actions that need a change to the page. */
  snippet?: string;
}

export function checklist(resolved: ResolvedConfig, settings: Settings, lang: SiteLanguage, categoryTitle: (id: string) => string): ChecklistItem[] {
  // In the order the site owner listed them (the widget puts its own-written vendors before catalogue ones).
  const order = (id: string) => settings.vendors.findIndex((v) => v.id === id);
  const vendors = [...resolved.vendors].sort((a, b) => order(a.id) - order(b.id));
  return vendors.map((vendor: ResolvedVendor) => {
    const choice = settings.vendors.find((v) => v.id === vendor.id);
    const embed = EMBEDS.has(vendor.id);
    const action: ChecklistAction =
      vendor.category === 'service' ? 'nothing' : embed ? 'mark-embed' : settings.autoBlock && vendor.domains.length ? 'auto-block' : 'mark-script';
    const snippet =
      action === 'mark-embed'
        ? `<iframe data-consent="${vendor.category}" data-src="…" title="…"></iframe>`
        : action === 'mark-script' || action === 'auto-block'
          ? `<script type="text/plain" data-consent="${vendor.category}" src="…"></script>`
          : undefined;
    return {
      vendorId: vendor.id,
      name: localize(vendor.name, lang) ?? vendor.id,
      category: vendor.category,
      categoryTitle: categoryTitle(vendor.category),
      action,
      hosts: vendor.domains,
      seenHosts: choice?.seen?.hosts ?? [],
      seenCookies: choice?.seen?.cookies ?? [],
      ...(snippet && { snippet }),
    };
  });
}

/** The checklist's sentences, from the configurator's string tables (i18n.ts). */
export interface ChecklistTexts {
  checklistEmpty: string;
  checklistAction: Record<ChecklistAction, (categoryTitle: string, hosts: string) => string>;
  checklistSeen: (what: string) => string;
}

export function checklistText(items: ChecklistItem[], strings: ChecklistTexts): string {
  if (!items.length) return strings.checklistEmpty;
  return items
    .map((item) => {
      const lines = [`[ ] ${item.name} (${item.categoryTitle})`, `    ${strings.checklistAction[item.action](item.categoryTitle, item.hosts.join(', '))}`];
      if (item.snippet) lines.push(`    ${item.snippet}`);
      if (item.seenHosts.length || item.seenCookies.length) lines.push(`    ${strings.checklistSeen([...item.seenHosts, ...item.seenCookies].join(', '))}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
