/**
 * Every story is a test: rendered as Storybook would (meta.args + story.args,
 * story.render or meta.render), in its own language and theme and in the
 * other combinations of ja/en × light/dark, then checked with axe and used
 * the way a visitor would: a click, and what they would see change.
 */
import { expect } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ConsentManager } from '../../src/core/consent-manager.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { Strings } from '../../src/i18n/types.js';
import * as bannerStories from '../../stories/consent-banner.stories.js';
import * as disclosureStories from '../../stories/consent-disclosure.stories.js';
import * as placeholderStories from '../../stories/consent-placeholder.stories.js';
import { RETURNING_CONSENT_ID, sampleVendors, type StoryArgs } from '../../stories/story-helpers.js';
import { waitUntil } from '../helpers.js';

type AnyArgs = StoryArgs & Record<string, unknown>;
type StoriesModule = { default: Meta<AnyArgs> } & Record<string, unknown>;

const STRINGS: Record<string, Strings> = { ja, en };
const modules = [bannerStories, placeholderStories, disclosureStories] as unknown as StoriesModule[];

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rect = (el: Element) => el.getBoundingClientRect();

/** Relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until no Lit element in the container (or in their shadow roots) has an update pending. */
async function settled(container: Element) {
  for (let round = 0; round < 5; round++) {
    const elements = [...container.querySelectorAll('*')].filter(
      (el): el is HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean } => 'updateComplete' in el,
    );
    await Promise.all(elements.map((el) => el.updateComplete));
    if (!elements.some((el) => el.isUpdatePending)) return;
  }
}

function click(target: Element | null | undefined, what: string) {
  expect(target, `${what} is on screen`).to.exist;
  (target as HTMLElement).click();
}

let container: HTMLElement | undefined;

function cleanUp() {
  if (!container) return;
  for (const host of container.querySelectorAll('*')) {
    for (const dialog of host.shadowRoot?.querySelectorAll('dialog') ?? []) if (dialog.open) dialog.close();
  }
  container.remove();
  container = undefined;
}

async function renderStory(meta: Meta<AnyArgs>, story: StoryObj<AnyArgs>, args: AnyArgs) {
  const render = (story.render ?? meta.render)!;
  const result = render(args, { args, id: 'test', name: story.name ?? '' } as never);
  expect(result instanceof HTMLElement, 'the story renders an element').to.equal(true);
  container = result as HTMLElement;
  document.body.append(container);
  await settled(container);
  return container;
}

// ---------------------------------------------------------------------------------------------
// What a visitor sees and does, per component.

async function checkBanner(page: HTMLElement, args: AnyArgs) {
  const strings = STRINGS[args.lang];
  const el = page.querySelector('consent-banner')!;
  const root = el.shadowRoot!;
  const manager = el.manager as ConsentManager;
  const surface = () =>
    root.querySelector<HTMLElement>('dialog[open], [part~="notice"], [part~="banner"], [part~="floating-button"]');
  expect(el.getAttribute('lang')).to.equal(args.lang);
  expect(el.getAttribute('theme')).to.equal(args.theme);
  expect(el.getAttribute('layout')).to.equal(args.layout);
  const background = luminance(getComputedStyle(surface()!).backgroundColor);
  if (args.theme === 'dark') expect(background, 'dark surface').to.be.below(0.2);
  else expect(background, 'light surface').to.be.above(0.7);

  switch (args.scenario) {
    case 'first-visit':
    case 'revision':
    case 'expired':
    case 'gpc':
    case 'storage-unavailable': {
      const banner = root.querySelector<HTMLElement>('[part~="banner"]');
      expect(banner, 'the banner shows').to.exist;
      expect(text(banner!.querySelector('h2'))).to.equal(strings.bannerTitle);
      expect(banner!.getAttribute('lang')).to.equal(args.lang);
      const box = rect(banner!);
      if (args.layout === 'bar') expect(Math.round(box.bottom), 'at the bottom edge').to.equal(innerHeight);
      if (args.layout === 'bar-top') expect(Math.round(box.top), 'at the top edge').to.equal(0);
      if (args.layout === 'box') {
        expect(box.width, 'a box, not a bar').to.be.at.most(420);
        expect(Math.round(innerWidth - box.right), 'in the corner').to.be.within(8, 32);
      }
      if (args.layout === 'modal') {
        const dialog = root.querySelector<HTMLDialogElement>('dialog.banner-dialog')!;
        expect(dialog.open && dialog.matches(':modal'), 'a modal dialog').to.equal(true);
      }
      const extra = {
        'first-visit': ['', ''],
        revision: ['reason', strings.revisionNotice],
        expired: ['reason', strings.expiredNotice],
        gpc: ['gpc-notice', args.lang === 'ja' ? 'グローバル・プライバシー・コントロール（GPC）' : 'Global Privacy Control'],
        'storage-unavailable': ['storage-notice', strings.cannotRemember],
      }[args.scenario];
      if (extra[0]) expect(text(root.querySelector(`[part~="${extra[0]}"]`))).to.contain(extra[1]);
      else expect(root.querySelector('[part~="reason"], [part~="gpc-notice"], [part~="storage-notice"]') === null, 'no extra note').to.equal(true);
      await expect(page).to.be.accessible();

      const labels = [...banner!.querySelectorAll('button')].map((b) => text(b));
      expect(labels).to.deep.equal([strings.acceptAll, strings.rejectAll, strings.customize]);
      click(banner!.querySelector('[part~="button-accept"]'), strings.acceptAll);
      await settled(page);
      expect(root.querySelector('[part~="banner"]') === null, 'Accept all closes the banner').to.equal(true);
      expect(manager.isGranted('analytics'), 'analytics granted').to.equal(true);
      expect(manager.isGranted('marketing'), 'marketing granted unless GPC').to.equal(args.scenario !== 'gpc');
      // Without cookies, "saved" would be untrue: the live region says the choice lasts for this page.
      // (Announced once the cookie storage has checked the write, a task after the click.)
      await waitUntil(() => text(root.querySelector('[role="status"]')), 'nothing announced');
      expect(text(root.querySelector('[role="status"]'))).to.equal(args.scenario === 'storage-unavailable' ? strings.cannotRemember : strings.saved);
      break;
    }

    case 'preferences':
    case 'returning-preferences': {
      const dialog = root.querySelector<HTMLDialogElement>('dialog[part~="preferences"]')!;
      expect(dialog?.open && dialog.matches(':modal'), 'the preferences are a modal dialog').to.equal(true);
      expect(text(dialog.querySelector('h2'))).to.equal(strings.preferencesTitle);
      const service = dialog.querySelector('[data-category="service"]')!;
      expect(`${service.getAttribute('aria-checked')} ${service.getAttribute('aria-disabled')}`, 'service always on').to.equal('true true');
      const analytics = () => dialog.querySelector('[data-category="analytics"]')!;
      const grantedBefore = args.scenario === 'returning-preferences' && args.granted.includes('analytics');
      expect(analytics().getAttribute('aria-checked')).to.equal(String(grantedBefore));
      if (args.scenario === 'returning-preferences') {
        expect(text(dialog.querySelector('[part~="consent-id"]'))).to.contain(RETURNING_CONSENT_ID);
      } else {
        expect(dialog.querySelector('[part~="consent-id"]') === null, 'no consent id before a decision').to.equal(true);
      }
      expect(dialog.querySelectorAll('.when-off').length > 0, 'whenOff texts').to.equal(args.whenOff);
      if (args.vendors) expect(text(dialog)).to.contain(args.lang === 'ja' ? 'Meta ピクセル' : 'Meta Pixel');
      else expect(dialog.querySelector('.vendors') === null, 'no recipients listed').to.equal(true);
      await expect(page).to.be.accessible();

      click(analytics(), 'the analytics switch');
      await settled(page);
      expect(analytics().getAttribute('aria-checked'), 'the switch turned').to.equal(String(!grantedBefore));
      expect(manager.isGranted('analytics'), 'nothing saved before Save').to.equal(grantedBefore && args.scenario === 'returning-preferences');
      click(dialog.querySelector('[part~="button-save"]'), strings.save);
      await settled(page);
      expect(dialog.isConnected && dialog.open, 'Save closes the preferences').to.equal(false);
      expect(manager.isGranted('analytics'), 'the choice is saved').to.equal(!grantedBefore);
      break;
    }

    case 'opt-out': {
      const notice = root.querySelector('[part~="notice"]');
      expect(text(notice?.querySelector('h2'))).to.equal(strings.optOutTitle);
      expect(text(notice)).to.contain(strings.optOutImportant);
      expect(deepActiveElement()?.id, 'the confirmation takes focus, so it is read out').to.equal('notice-title');
      expect(manager.isGranted('marketing'), 'marketing withdrawn').to.equal(false);
      const delivery = root.querySelector<HTMLElement>('[part~="delivery"]')!;
      const expected = { none: '', pending: strings.optOutPending, sent: strings.optOutSent, failed: strings.optOutFailed }[args.delivery];
      expect(text(delivery)).to.equal(expected);
      expect(delivery.offsetHeight > 0, 'the delivery line shows only when there is something to say').to.equal(args.delivery !== 'none');
      expect(delivery.classList.contains('failed')).to.equal(args.delivery === 'failed');
      await expect(page).to.be.accessible();

      click(root.querySelector('[part~="button-undo"]'), strings.undo);
      await settled(page);
      expect(root.querySelector('[part~="notice"]') === null, 'Undo closes the confirmation').to.equal(true);
      expect(manager.isGranted('marketing'), 'Undo grants marketing again').to.equal(true);
      break;
    }

    case 'storage-unavailable-notice':
    case 'minor-revision': {
      const notice = root.querySelector('[part~="notice"]');
      expect(notice, 'the notice shows').to.exist;
      expect(root.querySelector('[part~="banner"]') === null, 'not the banner').to.equal(true);
      expect(text(notice)).to.contain(args.scenario === 'minor-revision' ? strings.policyUpdated : strings.cannotRemember);
      expect(manager.isDecided(), 'the decision counts').to.equal(true);
      if (args.scenario === 'minor-revision') expect(manager.isGranted('analytics'), 'previous choice kept').to.equal(true);
      await expect(page).to.be.accessible();
      click(root.querySelector('[part~="button-close-notice"]'), strings.close);
      await settled(page);
      expect(root.querySelector('[part~="notice"], [part~="banner"]') === null, 'closed, and no banner follows').to.equal(true);
      break;
    }

    case 'floating-button': {
      const button = root.querySelector<HTMLElement>('[part~="floating-button"]');
      expect(button, 'the floating button shows').to.exist;
      expect(root.querySelector('[part~="banner"]') === null, 'no banner for a decided visitor').to.equal(true);
      expect(button!.getAttribute('aria-label')).to.equal(strings.preferencesTitle);
      const box = rect(button!);
      expect(Math.round(innerWidth - box.right) <= 32 && Math.round(innerHeight - box.bottom) <= 32, 'bottom-right corner').to.equal(true);
      await expect(page).to.be.accessible();
      click(button, 'the floating button');
      await settled(page);
      expect(root.querySelector<HTMLDialogElement>('dialog[part~="preferences"]')?.open, 'it opens the settings').to.equal(true);
      break;
    }

    default:
      throw new Error(`No check for scenario ${String(args.scenario)}`);
  }
}

async function checkPlaceholder(page: HTMLElement, args: AnyArgs) {
  const strings = STRINGS[args.lang];
  const placeholder = page.querySelector('consent-placeholder')!;
  const iframe = page.querySelector('iframe')!;
  const box = placeholder.shadowRoot!.querySelector('[part~="placeholder"]');
  if (args.theme === 'dark') expect(luminance(getComputedStyle(box!).backgroundColor), 'dark site colours').to.be.below(0.2);
  expect(text(box)).to.contain(String(args.embedTitle));
  expect(text(box)).to.contain(strings.placeholderAllow);
  expect(iframe.getClientRects().length, 'the embed waits, out of sight').to.equal(0);
  expect(iframe.hasAttribute('src'), 'and loads nothing').to.equal(false);
  expect(rect(placeholder).height, 'the placeholder keeps the embed’s height').to.equal(315);
  const banner = page.querySelector('consent-banner')!;
  expect(banner.shadowRoot!.querySelector('[part~="banner"]') !== null, 'the banner shows on a first visit only').to.equal(!args.decided);
  await expect(page).to.be.accessible();

  // The settings link opens the preferences of the banner on the same manager.
  click(box!.querySelector('a'), strings.placeholderSettings);
  await settled(page);
  const dialog = banner.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~="preferences"]');
  expect(dialog?.open, 'the settings link opens the preferences').to.equal(true);
  click(dialog!.querySelector('[part~="button-close"]'), strings.close);
  await settled(page);

  click(box!.querySelector('button'), strings.placeholderAllow);
  await settled(page);
  expect(placeholder.isConnected, 'Allow removes the placeholder').to.equal(false);
  expect(rect(iframe).height, 'the embed shows, as large as the placeholder was').to.equal(315);
  expect(iframe.getAttribute('src')).to.equal('about:blank');
  for (const id of String(args.consent).split(' ')) expect((banner.manager as ConsentManager).isGranted(id), id).to.equal(true);
}

async function checkDisclosure(page: HTMLElement, args: AnyArgs) {
  const strings = STRINGS[args.lang];
  const root = page.querySelector('consent-disclosure')!.shadowRoot!;
  await expect(page).to.be.accessible();
  if (!args.vendors) {
    expect(text(root)).to.equal(strings.disclosureEmpty);
    return;
  }
  const listed = sampleVendors.filter((v) => v.category !== 'personalization' || args.siteCategory);
  expect(root.querySelectorAll('tbody tr').length).to.equal(listed.length);
  expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(Object.values(strings.disclosureColumns));
  const toggle = () => root.querySelector('tr[data-vendor="meta-pixel"] [role="switch"]')!;
  const before = args.granted.includes('marketing');
  expect(toggle().getAttribute('aria-checked')).to.equal(String(before));
  click(toggle(), 'the Meta Pixel switch');
  await settled(page);
  expect(toggle().getAttribute('aria-checked'), 'the switch turned').to.equal(String(!before));
  // Every recipient of the category follows.
  expect(root.querySelector('tr[data-vendor="line-tag"] [role="switch"]')!.getAttribute('aria-checked')).to.equal(String(!before));
}

const CHECKS: Record<string, (page: HTMLElement, args: AnyArgs) => Promise<void>> = {
  'consent-banner': checkBanner,
  'consent-placeholder': checkPlaceholder,
  'consent-disclosure': checkDisclosure,
};

// ---------------------------------------------------------------------------------------------

describe('stories', () => {
  afterEach(cleanUp);
  after(() => document.getElementById('consent-story-page-style')?.remove());

  it('every stories module is covered, and every story renders one of the checked components', () => {
    expect(modules.map((m) => m.default.component).sort()).to.deep.equal(Object.keys(CHECKS).sort());
  });

  for (const module of modules) {
    const meta = module.default;
    describe(String(meta.title), () => {
      const seen = new Set<string>();
      for (const [exportName, value] of Object.entries(module)) {
        if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
        const story = value as StoryObj<AnyArgs>;
        const own = { ...meta.args, ...story.args } as AnyArgs;
        // The story as written first, then in the other languages and themes.
        const variants = [own, ...(['ja', 'en'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => ({ ...own, lang, theme })))];
        for (const args of variants) {
          const key = JSON.stringify(args);
          if (seen.has(key)) continue;
          seen.add(key);
          const label = args === own ? `${exportName} (${story.name ?? exportName})` : `${exportName} in ${args.lang}, ${args.theme}`;
          it(label, async () => {
            const page = await renderStory(meta, story, args);
            expect(page.getAttribute('lang')).to.equal(args.lang);
            await CHECKS[String(meta.component)](page, args);
          });
        }
      }
    });
  }
});
