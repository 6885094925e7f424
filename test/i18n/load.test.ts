import { expect } from '@open-wc/testing';
import { en, getStrings, ja } from '../../src/i18n/index.js';
import { loadedStrings, loadStrings } from '../../src/i18n/load.js';

describe('loading one language', () => {
  it('gives the table the language needs once loaded: Japanese, or English for English and added languages', async () => {
    expect(await loadStrings('ja')).to.equal(ja);
    expect(loadedStrings('ja')).to.equal(ja);
    expect(await loadStrings('ko')).to.equal(en);
    expect(loadedStrings('en')).to.equal(en);
  });

  it('applies the site\'s texts the same way getStrings does', async () => {
    await loadStrings('ko');
    const overrides = { ko: { bannerTitle: '쿠키 안내' } };
    expect(loadedStrings('ko', overrides)!.bannerTitle).to.equal('쿠키 안내');
    expect(loadedStrings('ko', overrides)).to.deep.equal(getStrings('ko', overrides));
    expect(loadedStrings('ko', overrides)!.acceptAll, 'English under the site\'s own strings').to.equal(en.acceptAll);
  });
});
