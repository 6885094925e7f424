// The shared suite of the React, Vue and Svelte examples: each builds to examples/<name>/dist/main.js
// (`node examples/build.mjs`) with the same mountApp() and the same page.
import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentChangeDetail, type ConsentManager, type ConsentState } from 'consent-banner/core';
import { waitUntil } from '../helpers.js';

/** What every framework example's browser bundle exports. */
interface ExampleBundle {
  mountApp(container: Element, options?: { manager?: ConsentManager; onConsentChange?: (detail: ConsentChangeDetail) => void }): () => void;
}

/** Loads the built bundle by URL, as the example's index.html does. */
async function loadBundle(name: string): Promise<ExampleBundle> {
  const url = new URL(`../../examples/${name}/dist/main.js`, import.meta.url).href;
  try {
    return (await import(url)) as ExampleBundle;
  } catch (error) {
    throw new Error(`Could not load ${url}; run \`node examples/build.mjs\` first. (${error})`);
  }
}

export function describeFrameworkExample(name: 'react' | 'vue' | 'svelte'): void {
  describe(`${name} example`, () => {
    let bundle: ExampleBundle;
    let manager: ConsentManager;
    let container: HTMLElement;
    let unmount: () => void;
    let changes: ConsentChangeDetail[];

    before(async () => {
      bundle = await loadBundle(name);
    });

    beforeEach(() => {
      manager = createConsentManager({ policyUrl: '/p' });
      changes = [];
      container = document.createElement('div');
      document.body.append(container);
      unmount = bundle.mountApp(container, { manager, onConsentChange: (detail) => changes.push(detail) });
    });

    afterEach(() => {
      unmount();
      container.remove();
    });

    const campaign = () => container.querySelector('aside.campaign');
    /** The choices the page lists in its footer, from the hook / composable / rune state. */
    const listedChoices = (): ConsentState =>
      Object.fromEntries(
        Array.from(container.querySelectorAll('.consent-choices li'), (item) => {
          const [id, value] = (item.textContent ?? '').split(':').map((part) => part.trim());
          return [id, value === 'on'];
        }),
      );
    const bannerButton = (part: string) =>
      container.querySelector('consent-banner')?.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`) ?? null;

    it('shows the banner and no campaign before the visitor decides', async () => {
      await waitUntil(() => bannerButton('button-accept'), 'the banner did not appear');
      await waitUntil(() => container.querySelector('.consent-choices'), 'the choices were not listed');
      expect(campaign()).to.equal(null);
      expect(listedChoices()).to.deep.equal(manager.getState());
      expect(listedChoices()).to.deep.equal({ service: true, analytics: false, marketing: false });
    });

    it('shows the campaign once marketing is granted, without a reload, and removes it on withdrawal', async () => {
      await waitUntil(() => container.querySelector('.consent-choices'), 'the choices were not listed');
      manager.set({ marketing: true });
      await waitUntil(() => campaign(), 'the campaign did not appear');
      expect(listedChoices()).to.deep.equal(manager.getState());
      expect(listedChoices().marketing).to.equal(true);

      manager.set({ marketing: false });
      await waitUntil(() => !campaign(), 'the campaign stayed after withdrawal');
      expect(listedChoices()).to.deep.equal(manager.getState());
      expect(listedChoices().marketing).to.equal(false);
    });

    it('hears consent-change from the element: Accept all in the banner, Reject all in the preferences', async () => {
      await waitUntil(() => bannerButton('button-accept'), 'the banner did not appear');
      bannerButton('button-accept')!.click();
      await waitUntil(() => campaign(), 'the campaign did not appear after Accept all');
      expect(listedChoices()).to.deep.equal({ service: true, analytics: true, marketing: true });
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ source: 'banner', changed: ['analytics', 'marketing'] });

      Array.from(container.querySelectorAll('button')).find((button) => button.textContent === 'Cookie settings')!.click();
      await waitUntil(() => bannerButton('button-reject'), 'the preferences did not open');
      bannerButton('button-reject')!.click();
      await waitUntil(() => !campaign(), 'the campaign stayed after Reject all');
      expect(listedChoices()).to.deep.equal(manager.getState());
      expect(changes.at(-1)).to.deep.include({ source: 'preferences', changed: ['analytics', 'marketing'] });
    });

    it('leaves the page alone once unmounted', async () => {
      await waitUntil(() => bannerButton('button-accept'), 'the banner did not appear');
      unmount();
      unmount = () => {};
      manager.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(container.innerHTML).to.equal('');
      expect(changes).to.deep.equal([]);
    });
  });
}
