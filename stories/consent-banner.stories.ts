import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypes, defaultArgs, renderBannerStory, type StoryArgs } from './story-helpers.js';

/**
 * Every state `<consent-banner>` can show. `lang`, `theme` and `layout` set the
 * element's attributes; the other controls are the site's config, and
 * `scenario` is what the visitor's situation is (see story-helpers.ts).
 */
const meta: Meta<StoryArgs> = {
  title: 'consent-banner',
  component: 'consent-banner',
  render: renderBannerStory,
  args: defaultArgs,
  argTypes,
};
export default meta;

type Story = StoryObj<StoryArgs>;

// The first layer in each layout, light and dark.
export const BarLight: Story = { name: 'Banner: bottom bar' };
export const BarDark: Story = { name: 'Banner: bottom bar, dark', args: { theme: 'dark' } };
export const BarTopLight: Story = { name: 'Banner: top bar', args: { layout: 'bar-top' } };
export const BarTopDark: Story = { name: 'Banner: top bar, dark', args: { layout: 'bar-top', theme: 'dark' } };
export const BoxLight: Story = { name: 'Banner: corner box', args: { layout: 'box' } };
export const BoxDark: Story = { name: 'Banner: corner box, dark', args: { layout: 'box', theme: 'dark' } };
export const ModalLight: Story = { name: 'Banner: modal', args: { layout: 'modal' } };
export const ModalDark: Story = { name: 'Banner: modal, dark', args: { layout: 'modal', theme: 'dark' } };
export const BarEnglish: Story = { name: 'Banner: bottom bar (English)', args: { lang: 'en' } };
export const BarEnglishDark: Story = { name: 'Banner: bottom bar (English), dark', args: { lang: 'en', theme: 'dark' } };
export const BrandColours: Story = { name: 'Banner: site colours (--consent-*)', args: { layout: 'box', brand: true } };

// The preferences.
export const PreferencesFirstVisit: Story = { name: 'Preferences: first visit', args: { scenario: 'preferences' } };
export const PreferencesFirstVisitEnglish: Story = {
  name: 'Preferences: first visit (English)',
  args: { scenario: 'preferences', lang: 'en' },
};
export const PreferencesReturningVisitor: Story = {
  name: 'Preferences: returning visitor, with consent id',
  args: { scenario: 'returning-preferences', granted: ['analytics', 'personalization'] },
};
export const PreferencesVendorsAndWhenOff: Story = {
  name: 'Preferences: recipients and “when off” texts',
  args: { scenario: 'preferences', vendors: true, whenOff: true },
};
export const PreferencesVendorsAndWhenOffEnglishDark: Story = {
  name: 'Preferences: recipients and “when off” texts (English), dark',
  args: { scenario: 'preferences', vendors: true, whenOff: true, lang: 'en', theme: 'dark' },
};

// The unsubscribe confirmation after the e-mail link, per answer of the site's endpoint.
export const UnsubscribeNoEndpoint: Story = { name: 'Unsubscribe confirmation: no endpoint', args: { scenario: 'opt-out' } };
export const UnsubscribePending: Story = { name: 'Unsubscribe confirmation: recording…', args: { scenario: 'opt-out', delivery: 'pending' } };
export const UnsubscribeSent: Story = { name: 'Unsubscribe confirmation: recorded', args: { scenario: 'opt-out', delivery: 'sent' } };
export const UnsubscribeFailed: Story = { name: 'Unsubscribe confirmation: not recorded', args: { scenario: 'opt-out', delivery: 'failed' } };

// Asked again, or told something.
export const PolicyRevision: Story = {
  name: 'Banner again: policy revised',
  args: { scenario: 'revision', granted: ['analytics'] },
};
export const Expired: Story = { name: 'Banner again: decision expired', args: { scenario: 'expired', granted: ['analytics'] } };
export const GlobalPrivacyControl: Story = { name: 'Banner: Global Privacy Control', args: { scenario: 'gpc' } };
export const CookiesUnavailable: Story = { name: 'Banner: cookies disabled', args: { scenario: 'storage-unavailable' } };
export const CookiesUnavailableNotice: Story = {
  name: 'Notice: the cookie was not kept',
  args: { scenario: 'storage-unavailable-notice' },
};
export const MinorRevisionNotice: Story = {
  name: 'Notice: minor policy revision',
  args: { scenario: 'minor-revision', granted: ['analytics'] },
};
export const FloatingButton: Story = {
  name: 'Floating settings button',
  args: { scenario: 'floating-button', floatingButton: 'bottom-right', granted: ['analytics'] },
};
