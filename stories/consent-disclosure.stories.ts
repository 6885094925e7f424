import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypes, defaultArgs, renderDisclosureStory, type StoryArgs } from './story-helpers.js';

/** `<consent-disclosure>`: the 外部送信 table, with a switch per recipient that changes its category. */
const meta: Meta<StoryArgs> = {
  title: 'consent-disclosure',
  component: 'consent-disclosure',
  render: renderDisclosureStory,
  args: { ...defaultArgs, vendors: true, granted: ['analytics'] },
  argTypes: {
    lang: argTypes.lang,
    theme: argTypes.theme,
    vendors: argTypes.vendors,
    granted: argTypes.granted,
    siteCategory: argTypes.siteCategory,
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Table: Story = { name: 'Recipients (analytics granted)' };
export const TableDark: Story = { name: 'Recipients, dark', args: { theme: 'dark' } };
export const TableEnglish: Story = { name: 'Recipients (English)', args: { lang: 'en' } };
export const NoRecipients: Story = { name: 'No recipients', args: { vendors: false } };
