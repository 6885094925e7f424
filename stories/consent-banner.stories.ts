import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createConsentManager } from '../src/core/consent-manager.js';
import { createMemoryStorage } from '../src/core/storage.js';
import '../src/define.js';

interface StoryArgs {
  lang: 'ja' | 'en';
  view: 'banner' | 'preferences';
  /** Categories granted before the preferences open (a returning visitor). */
  granted: string[];
  policyUrl: string;
}

/** Each story builds its own manager with memory storage: stories never touch a real cookie. */
function renderWidget({ lang, view, granted, policyUrl }: StoryArgs) {
  const manager = createConsentManager(
    {
      policyUrl,
      categories: {
        personalization: {
          title: { ja: 'おすすめ表示', en: 'Recommendations' },
          description: { ja: '閲覧履歴に基づいて、おすすめの商品を表示します。', en: 'Shows products picked from what you have viewed.' },
        },
      },
    },
    { storage: createMemoryStorage() },
  );
  if (granted.length) manager.set(Object.fromEntries(granted.map((id) => [id, true])), 'api');
  manager.start();
  manager[view === 'preferences' ? 'showPreferences' : 'showBanner']();
  const element = document.createElement('consent-banner');
  element.setAttribute('lang', lang);
  element.manager = manager;
  return element;
}

const meta: Meta<StoryArgs> = {
  title: 'consent-banner',
  render: renderWidget,
  args: { lang: 'ja', view: 'banner', granted: [], policyUrl: '/privacy' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ja', 'en'] },
    view: { control: 'inline-radio', options: ['banner', 'preferences'] },
    granted: { control: 'check', options: ['analytics', 'marketing', 'personalization'] },
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const BannerJapanese: Story = { name: 'Banner (日本語)' };
export const BannerEnglish: Story = { name: 'Banner (English)', args: { lang: 'en' } };
export const PreferencesJapanese: Story = { name: 'Preferences (日本語)', args: { view: 'preferences' } };
export const PreferencesEnglish: Story = { name: 'Preferences (English)', args: { lang: 'en', view: 'preferences' } };
export const PreferencesReturningVisitor: Story = {
  name: 'Preferences, analytics granted earlier',
  args: { view: 'preferences', granted: ['analytics'] },
};
