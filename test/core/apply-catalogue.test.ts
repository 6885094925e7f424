import { expect } from '@open-wc/testing';
import { VENDOR_CATALOGUE } from '../../src/catalogue/vendors.js';
import { applyCatalogue } from '../../src/core/apply-catalogue.js';
import { resolveConfig } from '../../src/core/config.js';
import { recordingLogger } from '../helpers.js';

describe('vendors from the catalogue', () => {
  it('completes ids from the catalogue and lets the site override any field', () => {
    const log = recordingLogger();
    const config = resolveConfig(
      {
        policyUrl: '/p',
        vendors: ['ga4', { id: 'meta-pixel', purpose: { ja: 'リターゲティング広告', en: 'Retargeting ads' } }, { id: 'own', name: 'Own CDN', category: 'service' }],
      },
      log,
    );
    expect(config.vendors.map((v) => v.id)).to.deep.equal(['own']);
    applyCatalogue(config, VENDOR_CATALOGUE, log);
    expect(config.vendors.map((v) => v.id)).to.deep.equal(['own', 'ga4', 'meta-pixel']);
    const meta = config.vendors.find((v) => v.id === 'meta-pixel')!;
    expect(meta.purpose).to.deep.equal({ ja: 'リターゲティング広告', en: 'Retargeting ads' });
    expect(meta.cookies).to.include('_fbp');
    expect(log.all()).to.equal('');
  });

  it('names a vendor by its place in the site\'s own list, catalogue ids and site entries mixed', () => {
    const log = recordingLogger();
    const config = resolveConfig(
      {
        policyUrl: '/p',
        vendors: ['ga5', { id: 'own', name: 'Own CDN', category: 'cdn' }, 'ga4', { id: 'meta-pixel', category: 'ads' }],
      },
      log,
    );
    applyCatalogue(config, VENDOR_CATALOGUE, log);
    expect(config.vendors.map((v) => v.id)).to.deep.equal(['ga4']);
    expect(log.errors.find((m) => m.includes('"own"'))).to.contain('vendors[1]');
    expect(log.errors.find((m) => m.includes('"meta-pixel"'))).to.contain('vendors[3]');
  });

  it('names an unknown catalogue id and leaves it out', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/p', vendors: ['ga5'] }, log);
    applyCatalogue(config, VENDOR_CATALOGUE, log);
    expect(config.vendors).to.deep.equal([]);
    expect(log.errors[0]).to.contain('"ga5"').and.contain('ga4');
  });
});
