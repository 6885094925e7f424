import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { createEmbedGate } from '../../src/core/embed-gate.js';
import { waitUntil } from '../helpers.js';

describe('embed gate', () => {
  let container: HTMLDivElement;
  let gate: ReturnType<typeof createEmbedGate> | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    gate?.disconnect();
    container.remove();
  });

  it('keeps an iframe empty until granted, loads it on grant and unloads it on withdrawal', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    container.innerHTML = `<iframe data-consent="marketing" data-src="${new URL('./fixtures/embed.html', import.meta.url).href}" title="Video"></iframe>`;
    const frame = container.querySelector('iframe')!;
    let blockedReports = 0;
    gate = createEmbedGate(manager, document, () => blockedReports++);
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(blockedReports).to.be.greaterThan(0);

    manager.set({ marketing: true });
    await waitUntil(() => frame.contentDocument?.body?.textContent?.includes('embedded'), 'iframe did not load');

    manager.set({ marketing: false });
    expect(frame.getAttribute('src')).to.equal('about:blank');
    await waitUntil(() => !frame.contentDocument?.body?.textContent?.includes('embedded'), 'iframe was not unloaded');
  });

  it('loads an image with data-src and data-srcset once granted, and one added later too', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    manager.set({ analytics: true });
    gate = createEmbedGate(manager, document);
    const pixel = new URL('./fixtures/pixel.gif', import.meta.url).pathname;
    container.innerHTML = `<img data-consent="analytics" data-src="${pixel}?a" data-srcset="${pixel}?b 2x" alt="">`;
    const img = container.querySelector('img')!;
    await waitUntil(() => img.getAttribute('src') === `${pixel}?a`);
    expect(img.getAttribute('srcset')).to.equal(`${pixel}?b 2x`);
  });
});
