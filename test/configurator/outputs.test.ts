// The tag in its forms: data attributes when they are shorter, a JSON block otherwise; the CDN form with the
// integrity hash the README records for the built file (scripts/sri.mjs), never a stale copy of it.
import { expect } from '@open-wc/testing';
import { newConfiguratorFrame, type ConfiguratorPage } from './configurator-page.js';

describe('the configurator’s outputs', () => {
  let frame: HTMLIFrameElement;
  let page: ConfiguratorPage;

  beforeEach(async () => {
    ({ frame, page } = newConfiguratorFrame());
    await page.open({ lang: 'en' });
  });
  afterEach(() => frame.remove());

  const output = (key: string) => page.$<HTMLTextAreaElement>(`#output-${key}`).value;

  it('uses data attributes for a config of simple options, a JSON block above the script otherwise', async () => {
    await page.type(page.field('Privacy policy URL'), '/privacy');
    await page.type(page.field('Policy revision'), '2026-11');
    await page.choose(page.$<HTMLInputElement>('#auto-block'));
    expect(output('tag')).to.equal(
      '<script\n  src="/assets/consent-banner.js"\n  data-lang="en"\n  data-policy-url="/privacy"\n  data-revision="2026-11"\n  data-auto-block\n></script>',
    );

    await page.type(page.field('Find in the catalogue'), 'karte');
    await page.press(`Add ${page.text('#catalogue-results li[data-vendor="karte"] .result-name')}`);
    expect(output('tag')).to.equal(
      '<script type="application/json" id="consent-banner-config">\n' +
        '{\n  "lang": "en",\n  "policyUrl": "/privacy",\n  "revision": "2026-11",\n  "vendors": [\n    "karte"\n  ],\n  "autoBlock": true\n}\n' +
        '</script>\n<script src="/assets/consent-banner.js"></script>',
    );
    expect(JSON.parse(output('json'))).to.deep.equal({ lang: 'en', policyUrl: '/privacy', revision: '2026-11', vendors: ['karte'], autoBlock: true });
    // autoBlock covers KARTE's tags: the checklist says so rather than asking for a change.
    expect(output('checklist')).to.contain('autoBlock holds scripts from karte.io until “Marketing” is allowed.');
    expect(output('disclosure')).to.equal(
      '<p>This site has your browser send information to the companies listed below, for marketing. The table shows who receives it, what is sent and what it is used for. ' +
        'Use the switches in the table to stop sending it, category by category (opt-out).</p>\n' +
        '<consent-disclosure></consent-disclosure>',
    );
  });

  it('copies and downloads each output exactly as shown', async () => {
    await page.type(page.field('Privacy policy URL'), '/privacy');
    await page.type(page.field('Find in the catalogue'), 'youtube');
    await page.press(`Add ${page.text('#catalogue-results li[data-vendor="youtube"] .result-name')}`);
    const files: Record<string, string> = {
      tag: 'consent-banner-tag.html',
      disclosure: 'external-transmission.html',
      checklist: 'consent-banner-checklist.txt',
      json: 'consent-banner-config.json',
    };
    for (const [key, fileName] of Object.entries(files)) {
      const title = page.text(`#output-${key}-title`);
      page.button(`Copy: ${title}`).click();
      await page.settle();
      expect(page.copied.at(-1), `copied ${key}`).to.equal(output(key));
      expect(page.$(`[data-output="${key}"] [role="status"]`).textContent).to.equal('Copied');
      expect(await page.download(`Download: ${title}`), `downloaded ${key}`).to.deep.equal({ name: fileName, text: output(key) });
    }
    expect(output('checklist')).to.contain('Change its iframes’ src to data-src and add data-consent.');
  });

  it('files a catalogue vendor under the site’s category when asked, and says when that category is gone', async () => {
    await page.type(page.field('Privacy policy URL'), '/privacy');
    await page.type(page.field('Find in the catalogue'), 'Tag Manager');
    await page.press(`Add ${page.text('#catalogue-results li[data-vendor="gtm"] .result-name')}`);
    const gtm = page.$('#chosen-vendors li[data-vendor="gtm"]');
    expect(page.field<HTMLSelectElement>('Category', gtm).selectedOptions[0].textContent!.trim()).to.equal('Analytics (the catalogue’s)');
    await page.choose(page.field<HTMLSelectElement>('Category', gtm), 'marketing');
    expect(JSON.parse(output('json')).vendors).to.deep.equal([{ id: 'gtm', category: 'marketing' }]);
    expect(output('checklist')).to.contain('They wait for consent to “Marketing”.');

    // Leaving Marketing out strands it: the widget's own message, beside the vendor; no outputs.
    await page.choose(page.$<HTMLInputElement>('#include-marketing'));
    expect(page.$('#chosen-vendors li[data-vendor="gtm"] .problems').textContent).to.contain(
      'vendors[0] ("gtm") has category "marketing", which is not configured (known: service, analytics); it is left out.',
    );
    expect(page.doc.getElementById('outputs-blocked')).to.not.equal(null);
  });

  it('offers the CDN tag with the integrity hash recorded for the built file', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = readme.slice(readme.indexOf('<!-- sri:start -->'), readme.indexOf('<!-- sri:end -->'));
    const src = /src="([^"]+)"/.exec(block)![1];
    const integrity = /integrity="([^"]+)"/.exec(block)![1];

    await page.type(page.field('Privacy policy URL'), '/privacy');
    await page.choose(page.$<HTMLInputElement>('input[name="delivery"][value="cdn"]'));
    expect(output('tag')).to.equal(`<script\n  src="${src}"\n  integrity="${integrity}"\n  crossorigin="anonymous"\n  data-lang="en"\n  data-policy-url="/privacy"\n></script>`);
    // (`npm test` checks first that the README's hash is that of dist/consent-banner.js: scripts/sri.mjs --check.)
  });
});
