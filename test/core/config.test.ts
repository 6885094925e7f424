import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { reportTo } from '../../src/core/boot-problems.js';
import { readConfigSources } from '../../src/core/config-sources.js';
import { recordingLogger } from '../helpers.js';

describe('config', () => {
  it('fills in safe defaults: built-in categories, Japanese, 12 months', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/privacy' }, log);
    expect(config.categories.map((c) => c.id)).to.deep.equal(['service', 'analytics', 'marketing']);
    expect(config.categories.filter((c) => c.required).map((c) => c.id)).to.deep.equal(['service']);
    expect(config).to.include({ lang: 'ja', revision: '1', cookieName: 'consent_banner', cookieLifetimeDays: 365 });
    expect(log.all()).to.equal('');
  });

  it('adds site-defined categories after the built-in ones and can leave a built-in out', () => {
    const log = recordingLogger();
    const config = resolveConfig(
      {
        policyUrl: '/privacy',
        categories: {
          marketing: false,
          personalization: { title: { ja: 'おすすめ表示', en: 'Recommendations' }, description: { ja: '閲覧履歴に基づく表示', en: 'Based on what you viewed' } },
        },
      },
      log,
    );
    expect(config.categories.map((c) => c.id)).to.deep.equal(['service', 'analytics', 'personalization']);
    expect(config.categories[2].title).to.deep.equal({ ja: 'おすすめ表示', en: 'Recommendations' });
    expect(log.all()).to.equal('');
  });

  it('names an unknown option and suggests the right one', () => {
    const log = recordingLogger();
    resolveConfig({ polcyUrl: '/privacy', policyUrl: '/privacy' }, log);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('"polcyUrl"').and.contain('Did you mean "policyUrl"?');
  });

  it('refuses a javascript: policy URL and keeps working without the link', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: 'javascript:alert(1)' }, log);
    expect(config.policyUrl).to.equal(undefined);
    expect(log.errors[0]).to.contain('policyUrl');
  });

  it('keeps service always on even when the config tries to remove it', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/p', categories: { service: false } }, log);
    expect(config.categories[0]).to.include({ id: 'service', required: true });
    expect(log.errors[0]).to.contain('"service"');
  });

  it('validates vendors and leaves out those pointing at unknown categories', () => {
    const log = recordingLogger();
    const config = resolveConfig(
      {
        policyUrl: '/p',
        vendors: [
          { id: 'ga4', name: 'Google Analytics', category: 'analytics', purpose: { ja: 'アクセス解析', en: 'Analytics' }, cookies: ['_ga', '_ga_*'] },
          { id: 'x', name: 'X', category: 'ads' },
        ],
      },
      log,
    );
    expect(config.vendors.map((v) => v.id)).to.deep.equal(['ga4']);
    expect(config.vendors[0].cookies).to.deep.equal(['_ga', '_ga_*']);
    expect(log.errors[0]).to.contain('vendors[1]').and.contain('"ads"');
  });

  it("keeps a vendor's https opt-out page, and names a bad one without dropping the vendor", () => {
    const log = recordingLogger();
    const vendor = (id: string, optOutUrl: unknown) => ({ id, name: id, category: 'marketing', optOutUrl });
    const config = resolveConfig(
      {
        policyUrl: '/p',
        vendors: [
          vendor('good', 'https://optout.example/'),
          vendor('script', 'javascript:alert(1)'),
          vendor('relative', '/opt-out'),
          vendor('number', 42),
          { id: 'none', name: 'None', category: 'analytics' },
        ],
      },
      log,
    );
    expect(config.vendors.map((v) => [v.id, v.optOutUrl])).to.deep.equal([
      ['good', 'https://optout.example/'],
      ['script', undefined],
      ['relative', undefined],
      ['number', undefined],
      ['none', undefined],
    ]);
    expect(log.errors).to.have.length(3);
    expect(log.errors[0]).to.contain('vendors[1].optOutUrl').and.contain('javascript:alert(1)').and.contain('absolute http(s) URL');
    expect(log.errors[1]).to.contain('vendors[2].optOutUrl').and.contain('/opt-out');
    expect(log.errors[2]).to.contain('vendors[3].optOutUrl').and.contain('42');
  });

  it('reports bad numbers and revisions and uses the defaults', () => {
    const log = recordingLogger();
    const config = resolveConfig({ policyUrl: '/p', cookieLifetimeDays: 'forever', revision: 'v 2!' }, log);
    expect(config.cookieLifetimeDays).to.equal(365);
    expect(config.revision).to.equal('1');
    expect(log.errors).to.have.length(2);
  });

  describe('sources', () => {
    afterEach(() => {
      document.getElementById('consent-banner-config')?.remove();
      delete window.consentBannerConfig;
    });

    it('prefers data attributes, then the JSON block, then window.consentBannerConfig', () => {
      window.consentBannerConfig = { lang: 'en', revision: 'global', cookieName: 'from_global', policyUrl: '/global' };
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'consent-banner-config';
      block.textContent = JSON.stringify({ revision: 'block', policyUrl: '/block' });
      document.body.append(block);
      const script = document.createElement('script');
      script.dataset.policyUrl = '/attribute';

      const log = recordingLogger();
      const config = resolveConfig(readConfigSources({ script, document, window, report: reportTo(log) }), log);
      expect(config).to.include({ policyUrl: '/attribute', revision: 'block', cookieName: 'from_global', lang: 'en' });
      expect(log.all()).to.equal('');
    });

    it('says which block is broken JSON and carries on', () => {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'consent-banner-config';
      block.textContent = '{ lang: en }';
      document.body.append(block);
      const log = recordingLogger();
      expect(readConfigSources({ script: null, document, window, report: reportTo(log) })).to.deep.equal({});
      expect(log.errors[0]).to.contain('consent-banner-config').and.contain('not valid JSON');
    });
  });
});
