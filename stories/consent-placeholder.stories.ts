import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypes, defaultArgs, renderPlaceholderStory, type StoryArgs } from './story-helpers.js';

type PlaceholderArgs = StoryArgs & {
  /** The iframe's `data-consent`: the categories it needs. */
  consent: string;
  /** The iframe's `title`, which the placeholder shows. */
  embedTitle: string;
  /** The visitor has decided (granting `granted`); otherwise the banner shows too. */
  decided: boolean;
};

/**
 * `<consent-placeholder>` in front of an `<iframe data-consent="marketing"
 * data-src="about:blank">` placed in the story. 「同意して表示する」 grants
 * the categories, the placeholder goes and the iframe loads.
 */
const meta: Meta<PlaceholderArgs> = {
  title: 'consent-placeholder',
  component: 'consent-placeholder',
  render: renderPlaceholderStory,
  args: { ...defaultArgs, consent: 'marketing', embedTitle: '店舗紹介動画（YouTube）', decided: true },
  argTypes: {
    lang: argTypes.lang,
    theme: argTypes.theme,
    consent: { control: 'inline-radio', options: ['marketing', 'analytics', 'analytics marketing', 'personalization'] },
    embedTitle: { control: 'text' },
    decided: { control: 'boolean' },
    granted: argTypes.granted,
    policyUrl: argTypes.policyUrl,
    siteCategory: argTypes.siteCategory,
  },
};
export default meta;

type Story = StoryObj<PlaceholderArgs>;

export const Video: Story = { name: 'Video embed, marketing refused' };
export const VideoDark: Story = { name: 'Video embed, marketing refused, dark', args: { theme: 'dark' } };
export const VideoEnglish: Story = {
  name: 'Video embed, marketing refused (English)',
  args: { lang: 'en', embedTitle: 'Shop tour video (YouTube)' },
};
export const TwoCategories: Story = {
  name: 'Embed needing two categories',
  args: { consent: 'analytics marketing', embedTitle: '地図（Google マップ）' },
};
export const FirstVisit: Story = { name: 'Embed on a first visit (banner too)', args: { decided: false } };
