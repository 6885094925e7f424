import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import type { ConsentChangeEvent } from '../../src/core/events.js';
import { mountPlaceholders } from '../../src/ui/placeholders.js';
import { nextEvent, waitUntil } from '../helpers.js';

describe('<consent-placeholder>', () => {
  let container: HTMLDivElement;
  let stop: (() => void) | undefined;
  const originalLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'ja';
    container = document.createElement('div');
    container.innerHTML =
      '<iframe data-consent="marketing" data-src="about:blank" title="商品紹介動画（YouTube）" width="560" height="315"></iframe>';
    document.body.append(container);
  });
  afterEach(() => {
    stop?.();
    container.remove();
    document.documentElement.lang = originalLang;
  });

  it('takes the embed\'s place and size, says what it is and which category it needs', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    stop = mountPlaceholders(manager);
    await waitUntil(() => container.querySelector('consent-placeholder'), 'no placeholder');
    const placeholder = container.querySelector('consent-placeholder')!;
    await placeholder.updateComplete;
    const frame = container.querySelector('iframe')!;
    expect(frame.hidden).to.equal(true);
    const box = placeholder.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([560, 315]);
    const group = placeholder.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.textContent).to.contain('商品紹介動画（YouTube）').and.contain('「広告・マーケティング」');
    expect(placeholder.shadowRoot!.querySelector('button')!.textContent).to.equal('同意して表示する');
    await expect(placeholder).to.be.accessible();
  });

  it('the allow button grants the category with source placeholder and reveals the embed', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    manager.start();
    stop = mountPlaceholders(manager);
    await waitUntil(() => container.querySelector('consent-placeholder'), 'no placeholder');
    const placeholder = container.querySelector('consent-placeholder')!;
    await placeholder.updateComplete;
    const change = nextEvent<ConsentChangeEvent>(document, 'consent-change');
    placeholder.shadowRoot!.querySelector('button')!.click();
    expect((await change).detail).to.deep.include({ changed: ['marketing'], source: 'placeholder' });
    await waitUntil(() => !container.querySelector('consent-placeholder'));
    expect(container.querySelector('iframe')!.hidden).to.equal(false);
  });

  it('comes back when the category is withdrawn, in English on an English page', async () => {
    document.documentElement.lang = 'en';
    const manager = createConsentManager({ policyUrl: '/p' });
    manager.set({ marketing: true });
    stop = mountPlaceholders(manager);
    expect(container.querySelector('consent-placeholder') === null, 'no placeholder while granted').to.equal(true);
    manager.set({ marketing: false });
    await waitUntil(() => container.querySelector('consent-placeholder'));
    const placeholder = container.querySelector('consent-placeholder')!;
    await placeholder.updateComplete;
    expect(placeholder.shadowRoot!.textContent).to.contain('Allow and show').and.contain('marketing');
  });
});
