import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveConfig } from '../../src/core/config.js';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import { catalogueBlockedVendors, readBootConfig, readReturningVisit } from '../../src/core/returning-visit.js';
import { VENDOR_CATALOGUE } from '../../src/catalogue/vendors.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger } from '../helpers.js';

const NOW = Date.UTC(2026, 10, 30);
const DAY = 86_400_000;

/** Configs as site owners write them, right and wrong: every value the boot reads, in plausible and broken forms. */
const config = fc.record(
  {
    cookieName: fc.oneof(fc.constantFrom('consent_banner', 'my-consent', 'bad name', '', 42)),
    revision: fc.oneof(fc.constantFrom('1', '2', '2026-11', 3, 'bad revision!', true, '')),
    cookieLifetimeDays: fc.oneof(fc.constantFrom(365, '30', 0, -1, 'x', ' ', 1e400)),
    refusalLifetimeDays: fc.oneof(fc.constantFrom(182, '10', 0, 'never')),
    categories: fc.oneof(
      fc.constant([]),
      fc.dictionary(
        fc.constantFrom('service', 'analytics', 'marketing', 'support', 'Bad Id', 'ads'),
        fc.oneof(
          fc.boolean(),
          fc.constant('yes'),
          fc.record({ title: fc.constant('T'), sellOrShare: fc.oneof(fc.boolean(), fc.constant('yes')) }, { requiredKeys: ['title'] }),
        ),
      ),
    ),
    googleConsentMode: fc.oneof(
      fc.constantFrom(true, false, '', 'true', 'false', 'yes', 1),
      fc.dictionary(fc.constantFrom('analytics', 'marketing', 'nope'), fc.oneof(fc.constant(['analytics_storage']), fc.constant(['bogus']), fc.constant('ad_storage'))),
    ),
    optOutParam: fc.constantFrom('consent-opt-out', 'unsub', 'bad param!', 7),
    autoBlock: fc.constantFrom(true, false, '', 'false', 'yes'),
    vendors: fc.oneof(
      fc.constant('not a list'),
      fc.array(
        fc.oneof(
          fc.constantFrom('ga4', { id: 'youtube' }, null, 42),
          fc.record(
            {
              id: fc.constantFrom('tracker', '', 7),
              name: fc.constantFrom('Tracker', { ja: 'トラッカー' }, '', {}),
              category: fc.constantFrom('analytics', 'marketing', 'support', 'nope'),
              domains: fc.oneof(fc.constant(['tracker.example']), fc.constant(['a.example', 'b.example']), fc.constant(['', 'x']), fc.constant('tracker.example')),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 4 },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** Stored values: ours for the current or an older revision, old or future, with or without GPC, and foreign ones. */
const storedValue = fc.oneof(
  fc
    .record({
      revision: fc.constantFrom('1', '2', '2026-11', '3'),
      ageDays: fc.integer({ min: -3, max: 400 }),
      granted: fc.subarray(['analytics', 'marketing', 'support', 'ads']),
      gpc: fc.boolean(),
    })
    .map(({ revision, ageDays, granted, gpc }) =>
      formatConsentCookie({ revision, time: NOW - ageDays * DAY, consentId: 'abcdefgh12345678', granted, ...(gpc ? { gpc } : {}) }),
    ),
  fc.constantFrom('foreign-value', '1|1|x|y|z', ''),
);

describe('the boot script reading a returning visit', () => {
  it('reads the same cookie name, revision, categories and Consent Mode mapping as resolveConfig, for any config', () => {
    fc.assert(
      fc.property(config, (input) => {
        const resolved = resolveConfig(input, recordingLogger());
        const boot = readBootConfig(input);
        expect(boot.cookieName).to.equal(resolved.cookieName);
        expect(boot.revision).to.equal(resolved.revision);
        expect(boot.cookieLifetimeDays).to.equal(resolved.cookieLifetimeDays);
        expect(boot.refusalLifetimeDays).to.equal(resolved.refusalLifetimeDays);
        expect(boot.categoryIds).to.deep.equal(resolved.categories.map((c) => c.id));
        expect(boot.sellOrShareIds).to.deep.equal(resolved.categories.filter((c) => c.sellOrShare).map((c) => c.id));
        expect(boot.googleConsentMode).to.deep.equal(resolved.googleConsentMode);
        expect(boot.optOutParam).to.equal(resolved.optOutParam);
        expect(boot.autoBlockVendors).to.deep.equal(
          resolved.autoBlock ? resolved.vendors.map(({ category, domains }) => ({ category, domains })) : null,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('applies a stored decision only when the full manager would apply the same one', () => {
    fc.assert(
      fc.property(config, storedValue, fc.boolean(), (input, value, gpc) => {
        const visit = readReturningVisit(readBootConfig(input), { cookieValues: [value], now: NOW, gpc, search: '' });
        const manager = createConsentManager(resolveConfig(input, recordingLogger()), { storage: createMemoryStorage(value), log: recordingLogger(), now: () => NOW, gpc });
        if (!visit) return;
        expect(manager.isDecided(), `the manager would ask again for ${value}`).to.equal(true);
        expect(visit.state).to.deep.equal(manager.getState());
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to the full manager: no cookie, several, an unsubscribe link, another revision, expiry, the future, GPC over an older grant', () => {
    const boot = readBootConfig({ revision: '2' });
    const value = (revision: string, ageDays: number, granted: string[], gpc = false) =>
      formatConsentCookie({ revision, time: NOW - ageDays * DAY, consentId: 'abcdefgh12345678', granted, ...(gpc ? { gpc } : {}) });
    const read = (cookieValues: string[], { search = '', gpc = false } = {}) => readReturningVisit(boot, { cookieValues, now: NOW, gpc, search });

    expect(read([value('2', 1, ['analytics'])])?.state).to.deep.equal({ service: true, analytics: true, marketing: false });
    expect(read([])).to.equal(null);
    expect(read([value('2', 1, ['analytics']), value('2', 2, [])])).to.equal(null);
    expect(read([value('2', 1, ['analytics'])], { search: '?consent-opt-out=marketing' })).to.equal(null);
    expect(read([value('1', 1, ['analytics'])])).to.equal(null);
    expect(read([value('2', 366, ['analytics'])])).to.equal(null);
    expect(read([value('2', 183, [])])).to.equal(null);
    expect(read([value('2', -2, ['analytics'])])).to.equal(null);
    expect(read([value('2', 1, ['marketing'])], { gpc: true })).to.equal(null);
    expect(read([value('2', 1, ['marketing'], true)], { gpc: true })?.state.marketing).to.equal(true);
    expect(read(['not ours'])).to.equal(null);
  });

  it('asks for the full core where only it can help: the floating button, auto-blocking vendors from the catalogue', () => {
    expect(readBootConfig({}).needsCore).to.equal(false);
    expect(readBootConfig({ autoBlock: '' }).needsCore).to.equal(false);
    expect(readBootConfig({ autoBlock: '', vendors: ['ga4'] }).needsCore).to.equal(true);
    expect(readBootConfig({ vendors: ['ga4'] }).needsCore, 'the catalogue only matters to auto-blocking here').to.equal(false);
    expect(readBootConfig({ floatingButton: 'bottom-right' }).needsCore).to.equal(true);
    expect(readBootConfig({ floatingButton: 'false' }).needsCore).to.equal(false);
  });

  it('gives autoBlock the catalogue\'s domains and categories for vendors named by id, with the site\'s own fields over them', () => {
    const boot = readBootConfig({
      autoBlock: true,
      vendors: ['meta-pixel', { id: 'hotjar', category: 'marketing' }, 'toString', 'no-such-vendor', { id: 'own', name: 'Own', category: 'analytics', domains: ['own.example'] }],
    });
    expect(boot.autoBlockCatalogue).to.have.length(4);
    const vendors = catalogueBlockedVendors(boot.autoBlockCatalogue, VENDOR_CATALOGUE);
    // Unknown ids (and names every object has) are left to the core to report.
    expect(vendors.map((v) => [v.category, v.domains])).to.deep.equal([
      ['marketing', VENDOR_CATALOGUE['meta-pixel'].domains],
      ['marketing', VENDOR_CATALOGUE.hotjar.domains],
    ]);
    // The same vendors as the core completes them.
    const resolved = resolveConfig({ policyUrl: '/p', autoBlock: true, vendors: ['meta-pixel', { id: 'hotjar', category: 'marketing' }] }, recordingLogger());
    expect(resolved.catalogueVendors).to.have.length(2);
    expect(readBootConfig({ vendors: ['ga4'] }).autoBlockCatalogue, 'only autoBlock needs them').to.deep.equal([]);
  });
});
