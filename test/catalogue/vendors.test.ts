import { expect } from '@open-wc/testing';
import { VENDOR_CATALOGUE, catalogueVendor, type CatalogueVendor } from '../../src/catalogue/vendors.js';
import { resolveConfig } from '../../src/core/config.js';
import { recordingLogger } from '../helpers.js';

const REQUIRED_IDS = [
  'ga4',
  'gtm',
  'google-ads',
  'meta-pixel',
  'yahoo-ads',
  'line-tag',
  'x-pixel',
  'tiktok-pixel',
  'microsoft-clarity',
  'hotjar',
  'youtube',
  'google-maps',
];

const entries = Object.entries(VENDOR_CATALOGUE);

function expectBilingual(text: CatalogueVendor['name'] | undefined, where: string): void {
  expect(text, where).to.be.an('object');
  const { ja, en } = text as Record<string, string>;
  expect(ja, `${where}.ja`).to.be.a('string').and.not.equal('');
  expect(en, `${where}.en`).to.be.a('string').and.not.equal('');
}

describe('vendor catalogue', () => {
  it('has every required vendor, each under its own id', () => {
    expect(Object.keys(VENDOR_CATALOGUE)).to.include.members(REQUIRED_IDS);
    for (const [key, vendor] of entries) expect(vendor.id, key).to.equal(key);
  });

  it('passes the config validation without a word and keeps every vendor', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/p', vendors: Object.values(VENDOR_CATALOGUE) }, log);
    expect(log.all()).to.equal('');
    expect(config.vendors.map((v) => v.id)).to.deep.equal(Object.keys(VENDOR_CATALOGUE));
  });

  it('names the recipient, the data and the purpose in Japanese and English', () => {
    for (const [id, vendor] of entries) {
      expectBilingual(vendor.name, `${id}.name`);
      expectBilingual(vendor.data, `${id}.data`);
      expectBilingual(vendor.purpose, `${id}.purpose`);
    }
  });

  it('uses a built-in optional category and links an https privacy policy', () => {
    for (const [id, vendor] of entries) {
      expect(['analytics', 'marketing'], id).to.include(vendor.category);
      expect(new URL(vendor.policyUrl ?? '').protocol, id).to.equal('https:');
    }
  });

  it('lists at least one bare hostname per vendor', () => {
    for (const [id, vendor] of entries) {
      expect(vendor.domains, id).to.not.be.empty;
      for (const domain of vendor.domains) expect(domain, id).to.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('writes cookie and storage patterns as names with at most a trailing *', () => {
    for (const [id, vendor] of entries) {
      for (const name of [...(vendor.cookies ?? []), ...(vendor.storage ?? [])]) {
        expect(name, id).to.match(/^[A-Za-z0-9_.-]+\*?$/);
      }
    }
  });

  it('knows the GA4 cookies, and lists none where the site cannot delete them', () => {
    expect(VENDOR_CATALOGUE.ga4.cookies).to.include.members(['_ga', '_ga_*']);
    for (const id of ['gtm', 'youtube', 'google-maps']) expect(VENDOR_CATALOGUE[id].cookies, id).to.deep.equal([]);
  });

  it('looks an entry up by id and nothing else', () => {
    expect(catalogueVendor('meta-pixel')).to.equal(VENDOR_CATALOGUE['meta-pixel']);
    expect(catalogueVendor('nope')).to.equal(undefined);
    expect(catalogueVendor('toString')).to.equal(undefined);
    expect(catalogueVendor('__proto__')).to.equal(undefined);
  });
});
