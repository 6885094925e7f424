import { expect } from '@open-wc/testing';
import { VENDOR_CATALOGUE, catalogueVendor, type CatalogueVendor } from '../../src/catalogue/vendors.js';
import { resolveConfig } from '../../src/core/config.js';
import { matchVendor, splitDomainEntry } from '../../src/core/vendor-match.js';
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
  // Issue 18: the services Japanese shops use most.
  'microsoft-uet',
  'google-adsense',
  'criteo',
  'a8net',
  'valuecommerce',
  'moshimo',
  'rakuten-affiliate',
  'karte',
  'ptengine',
  'user-heat',
  'mieruca-heatmap',
  'instagram-embed',
  'x-embed',
];
/** Entries whose privacy policy address could not be confirmed from the vendor's own pages (see the catalogue). */
const WITHOUT_POLICY = ['mieruca-heatmap'];

const entries = Object.entries(VENDOR_CATALOGUE);
const vendors = Object.values(VENDOR_CATALOGUE);
const idOf = (address: string) => matchVendor(address, vendors)?.id;

function expectBilingual(text: CatalogueVendor['name'] | undefined, where: string): void {
  expect(text, where).to.be.an('object');
  const { ja, en } = text as Record<string, string>;
  expect(ja, `${where}.ja`).to.be.a('string').and.not.equal('');
  expect(en, `${where}.en`).to.be.a('string').and.not.equal('');
  // Each language written in its own script: Japanese text has kana or kanji, English none.
  expect(en, `${where}.en`).to.not.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
}

describe('vendor catalogue', () => {
  it('has at least 25 entries, every required vendor, each under its own id', () => {
    expect(entries.length).to.be.at.least(25);
    expect(Object.keys(VENDOR_CATALOGUE)).to.include.members(REQUIRED_IDS);
    for (const [key, vendor] of entries) expect(vendor.id, key).to.equal(key);
  });

  it('passes the config validation without a word and keeps every vendor and opt-out page', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/p', vendors }, log);
    expect(log.all()).to.equal('');
    expect(config.vendors.map((v) => v.id)).to.deep.equal(Object.keys(VENDOR_CATALOGUE));
    expect(config.vendors.find((v) => v.id === 'yahoo-ads')?.optOutUrl).to.equal(VENDOR_CATALOGUE['yahoo-ads'].optOutUrl);
  });

  it('names the recipient, the data and the purpose in Japanese and English', () => {
    for (const [id, vendor] of entries) {
      expectBilingual(vendor.name, `${id}.name`);
      expectBilingual(vendor.data, `${id}.data`);
      expectBilingual(vendor.purpose, `${id}.purpose`);
      // The recipient is a legal person: "Company（service）" in both languages.
      const { ja, en } = vendor.name as Record<string, string>;
      expect(ja, `${id}.name.ja`).to.match(/^.+（.+）$/);
      expect(en, `${id}.name.en`).to.match(/^.+ \(.+\)$/);
    }
  });

  it('uses a built-in optional category and links an https privacy policy', () => {
    for (const [id, vendor] of entries) {
      expect(['analytics', 'marketing'], id).to.include(vendor.category);
      if (WITHOUT_POLICY.includes(id)) expect(vendor.policyUrl, id).to.equal(undefined);
      else expect(new URL(vendor.policyUrl ?? '').protocol, id).to.equal('https:');
    }
  });

  it('links the vendor’s own opt-out page as an https address where it has one, and LINEヤフー’s ad opt-out', () => {
    const withOptOut = entries.filter(([, vendor]) => vendor.optOutUrl !== undefined);
    expect(withOptOut.length).to.be.at.least(5);
    for (const [id, vendor] of withOptOut) {
      const url = new URL(vendor.optOutUrl!);
      expect(url.protocol, id).to.equal('https:');
      expect(url.href, id).to.not.equal(vendor.policyUrl);
    }
    // Required by LINEヤフー's 広告データ利用基準 for sites that send it data through the Yahoo!広告 tags.
    expect(VENDOR_CATALOGUE['yahoo-ads'].optOutUrl).to.equal('https://btoptout.yahoo.co.jp/optout/index.html');
    expect(VENDOR_CATALOGUE.ga4.optOutUrl).to.equal('https://tools.google.com/dlpage/gaoptout');
  });

  it('writes each domain as a host, optionally followed by a path-and-query prefix', () => {
    for (const [id, vendor] of entries) {
      expect(vendor.domains, id).to.not.be.empty;
      for (const entry of vendor.domains) {
        const { host, prefix } = splitDomainEntry(entry);
        expect(host, `${id}: ${entry}`).to.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(prefix, `${id}: ${entry}`).to.match(/^(?:[/?][^\s#]*)?$/);
      }
    }
  });

  it('gives no two vendors the same entry, so every entry matches its own vendor', () => {
    const owner = new Map<string, string>();
    for (const [id, vendor] of entries) {
      for (const entry of vendor.domains) {
        expect(owner.get(entry.toLowerCase()), `${entry} is listed by ${owner.get(entry)} and ${id}`).to.equal(undefined);
        owner.set(entry.toLowerCase(), id);
        // An address made from the entry itself goes to this vendor, whatever else is listed.
        const { host, prefix } = splitDomainEntry(entry);
        expect(idOf(`https://${host}${prefix.startsWith('?') ? '/' : ''}${prefix || '/'}x`), entry).to.equal(id);
        expect(idOf(`https://sub.${host}${prefix || '/'}`), `sub.${entry}`).to.equal(id);
      }
    }
  });

  it('files gtag.js by its id, the GTM container under gtm, and the usual Maps embed under google-maps', () => {
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).to.equal('ga4');
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=AW-123456789')).to.equal('google-ads');
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=DC-1234567')).to.equal('google-ads');
    expect(idOf('https://www.googletagmanager.com/gtm.js?id=GTM-ABCD')).to.equal('gtm');
    expect(VENDOR_CATALOGUE['google-ads'].category).to.equal('marketing');
    expect(idOf('https://www.google.com/maps/embed?pb=!1m18!1m12')).to.equal('google-maps');
    // reCAPTCHA and search on the same host belong to no catalogue vendor.
    expect(idOf('https://www.google.com/recaptcha/api.js')).to.equal(undefined);
    expect(idOf('https://www.google.com/search?q=maps')).to.equal(undefined);
  });

  it('matches the tags and embeds as the vendors publish them', () => {
    const published: Record<string, string> = {
      'https://bat.bing.com/bat.js': 'microsoft-uet',
      'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234': 'google-adsense',
      'https://static.criteo.net/js/ld/ld.js': 'criteo',
      'https://statics.a8.net/a8sales/a8sales.js': 'a8net',
      'https://px.a8.net/svt/ejp?a8mat=ABC': 'a8net',
      'https://aml.valuecommerce.com/vcdal.js': 'valuecommerce',
      'https://dn.msmstatic.com/site/cardlink/bundle.js?20220329': 'moshimo',
      'https://af.moshimo.com/af/c/click?a_id=1': 'moshimo',
      'https://hb.afl.rakuten.co.jp/hgc/1234/': 'rakuten-affiliate',
      'https://xml.affiliate.rakuten.co.jp/widget/js/rakuten_widget.js': 'rakuten-affiliate',
      'https://cdn-edge.karte.io/0123abcd/edge.js': 'karte',
      'https://js.ptengine.jp/abc123.js': 'ptengine',
      'https://uh.nakanohito.jp/uhj2/uh.js': 'user-heat',
      'https://hm.mieru-ca.com/service/js/mieruca-hm.js?v=1': 'mieruca-heatmap',
      'https://www.instagram.com/embed.js': 'instagram-embed',
      'https://www.instagram.com/p/ABC/embed': 'instagram-embed',
      'https://platform.twitter.com/widgets.js': 'x-embed',
      'https://static.ads-twitter.com/uwt.js': 'x-pixel',
      'https://www.youtube.com/embed/abc': 'youtube',
    };
    for (const [address, id] of Object.entries(published)) expect(idOf(address), address).to.equal(id);
    // The shop an affiliate link leads to is not the affiliate network.
    expect(idOf('https://item.rakuten.co.jp/shop/item/')).to.equal(undefined);
  });

  it('writes cookie and storage patterns as names with at most a trailing *', () => {
    for (const [id, vendor] of entries) {
      for (const name of [...(vendor.cookies ?? []), ...(vendor.storage ?? [])]) {
        expect(name, id).to.match(/^[A-Za-z0-9_.-]+\*?$/);
      }
    }
  });

  it('knows the documented first-party cookies, and lists none where the site cannot delete them', () => {
    expect(VENDOR_CATALOGUE.ga4.cookies).to.include.members(['_ga', '_ga_*']);
    expect(VENDOR_CATALOGUE['microsoft-uet'].cookies).to.include.members(['_uetvid', '_uetsid']);
    expect(VENDOR_CATALOGUE['google-adsense'].cookies).to.include.members(['__gads', '__gpi']);
    expect(VENDOR_CATALOGUE.karte.cookies).to.deep.equal(['krt.vis']);
    for (const id of ['gtm', 'youtube', 'google-maps', 'instagram-embed', 'x-embed']) expect(VENDOR_CATALOGUE[id].cookies, id).to.deep.equal([]);
  });

  it('looks an entry up by id and nothing else', () => {
    expect(catalogueVendor('meta-pixel')).to.equal(VENDOR_CATALOGUE['meta-pixel']);
    expect(catalogueVendor('nope')).to.equal(undefined);
    expect(catalogueVendor('toString')).to.equal(undefined);
    expect(catalogueVendor('__proto__')).to.equal(undefined);
  });
});
