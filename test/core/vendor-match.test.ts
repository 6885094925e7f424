import { expect } from '@open-wc/testing';
import { matchVendor, splitDomainEntry } from '../../src/core/vendor-match.js';

const vendors = [
  { id: 'gtm', domains: ['googletagmanager.com'] },
  { id: 'ga4', domains: ['google-analytics.com', 'googletagmanager.com/gtag/js?id=G-'] },
  { id: 'google-ads', domains: ['doubleclick.net', 'googletagmanager.com/gtag/js?id=AW-', 'googletagmanager.com/gtag/js?id=DC-'] },
  { id: 'google-maps', domains: ['maps.googleapis.com', 'www.google.com/maps/embed'] },
];
const idOf = (address: string, base?: string) => matchVendor(address, vendors, base)?.id;

describe('matchVendor', () => {
  it('matches a host suffix on the host itself and its subdomains, not on look-alike hosts', () => {
    expect(idOf('https://doubleclick.net/x')).to.equal('google-ads');
    expect(idOf('https://stats.g.doubleclick.net/g/collect')).to.equal('google-ads');
    expect(idOf('https://notdoubleclick.net/x')).to.equal(undefined);
    expect(idOf('https://doubleclick.net.evil.example/x')).to.equal(undefined);
    expect(idOf('https://WWW.Google-Analytics.COM./g/collect')).to.equal('ga4');
  });

  it('files gtag.js by its id prefix and leaves the GTM container to gtm', () => {
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).to.equal('ga4');
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=AW-123456789')).to.equal('google-ads');
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=DC-1234567')).to.equal('google-ads');
    expect(idOf('https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).to.equal('gtm');
    // Another id, or gtag.js without one: the host's own entry.
    expect(idOf('https://www.googletagmanager.com/gtag/js?id=GT-XXXX')).to.equal('gtm');
  });

  it('singles out the Maps embed on www.google.com and nothing else there', () => {
    expect(idOf('https://www.google.com/maps/embed?pb=!1m18!1m12')).to.equal('google-maps');
    expect(idOf('https://www.google.com/recaptcha/api.js')).to.equal(undefined);
    expect(idOf('https://www.google.com/maps/place/Tokyo')).to.equal(undefined);
    // The prefix is compared from the start of the path.
    expect(idOf('https://www.google.com/x/maps/embed')).to.equal(undefined);
  });

  it('lets the longest matching entry win whatever order the vendors come in', () => {
    const reversed = [...vendors].reverse();
    expect(matchVendor('https://www.googletagmanager.com/gtag/js?id=AW-1', reversed)?.id).to.equal('google-ads');
    expect(matchVendor('https://www.googletagmanager.com/gtm.js?id=GTM-1', reversed)?.id).to.equal('gtm');
  });

  it('resolves relative and protocol-relative addresses, and ignores what is not http(s)', () => {
    expect(idOf('//maps.googleapis.com/maps/api/js', 'https://shop.example.jp/')).to.equal('google-maps');
    expect(idOf('/gtag/js?id=G-1', 'https://www.googletagmanager.com/')).to.equal('ga4');
    expect(idOf('data:text/javascript,1', 'https://shop.example.jp/')).to.equal(undefined);
    expect(idOf('javascript:void(0)', 'https://doubleclick.net/')).to.equal(undefined);
    expect(idOf('http://[::1', 'https://shop.example.jp/')).to.equal(undefined);
  });

  it('reads an entry as a lower-case host and an exact path-and-query prefix', () => {
    expect(splitDomainEntry('WWW.Google.com/maps/embed')).to.deep.equal({ host: 'www.google.com', prefix: '/maps/embed' });
    expect(splitDomainEntry('googletagmanager.com/gtag/js?id=AW-')).to.deep.equal({ host: 'googletagmanager.com', prefix: '/gtag/js?id=AW-' });
    expect(splitDomainEntry('example.jp?x=1')).to.deep.equal({ host: 'example.jp', prefix: '?x=1' });
    expect(splitDomainEntry('clarity.ms')).to.deep.equal({ host: 'clarity.ms', prefix: '' });
    // An entry without a host matches nothing.
    expect(matchVendor('https://example.jp/maps', [{ domains: ['/maps'] }])).to.equal(undefined);
  });
});
