import { expect } from '@open-wc/testing';
import { en, ja, resolveLanguage } from '../../src/i18n/index.js';

describe('language', () => {
  it('follows the page: Japanese for ja*, English for any other language', () => {
    expect(resolveLanguage('ja')).to.equal('ja');
    expect(resolveLanguage('ja-JP', 'en')).to.equal('ja');
    expect(resolveLanguage('en-GB', 'ja')).to.equal('en');
    expect(resolveLanguage('fr', 'ja')).to.equal('en');
  });

  it('uses the configured language, Japanese by default, when the page declares none', () => {
    expect(resolveLanguage('', 'en')).to.equal('en');
    expect(resolveLanguage(null)).to.equal('ja');
  });

  it('has the same keys in both tables', () => {
    const keys = (table: object): string[] =>
      Object.entries(table).flatMap(([key, value]) => (value && typeof value === 'object' ? keys(value).map((k) => `${key}.${k}`) : [key]));
    expect(keys(en)).to.deep.equal(keys(ja));
  });
});
