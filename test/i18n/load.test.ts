import { expect } from '@open-wc/testing';
import { en, getStrings, ja } from '../../src/i18n/index.js';
import { loadedStrings, loadStrings } from '../../src/i18n/load.js';

describe('loading one language', () => {
  // First in this file: the tables are loaded once per page. (What the built files fetch: test/e2e/script-tag.test.ts.)
  it('loads the first layer\'s texts alone, the rest only when every text is asked for, and reports the site\'s texts once', async () => {
    const first = await loadStrings('ja', 'first');
    expect(first.acceptAll).to.equal(ja.acceptAll);
    expect(first.categories.analytics).to.deep.equal({ title: ja.categories.analytics.title, purpose: ja.categories.analytics.purpose });
    expect(first).not.to.have.property('preferencesIntro');
    expect(loadedStrings('ja'), 'not every text is here yet').to.equal(undefined);

    const warnings: string[] = [];
    const log = { warn: (message: string) => warnings.push(message), error: () => {} };
    const overrides = { ja: { bannerTitle: 'クッキーについて', save: '保存する', bannerTitel: 'typo', acceptAll: 1 } };
    expect(loadedStrings('ja', overrides, log, 'first')!.bannerTitle).to.equal('クッキーについて');
    expect(warnings, 'only the first layer\'s own texts are checked so far').to.deep.equal(['texts.ja.acceptAll must be a string; it is ignored.']);

    await loadStrings('ja');
    const all = loadedStrings('ja', overrides, log)!;
    expect(all.save).to.equal('保存する');
    expect(all.categories.analytics).to.deep.equal(ja.categories.analytics);
    expect(loadedStrings('ja', overrides, log, 'first'), 'the whole table serves the first layer from now on').to.equal(all);
    expect(warnings, 'each problem once').to.deep.equal([
      'texts.ja.acceptAll must be a string; it is ignored.',
      'texts.ja.bannerTitel is not a text of the widget; it is ignored. Category texts go in categories.<id>.',
    ]);
  });

  it('gives the table the language needs once loaded: Japanese, or English for English and added languages', async () => {
    expect(await loadStrings('ja')).to.deep.equal(ja);
    expect(loadedStrings('ja')).to.deep.equal(ja);
    expect(await loadStrings('ko')).to.deep.equal(en);
    expect(loadedStrings('en')).to.deep.equal(en);
  });

  it('applies the site\'s texts the same way getStrings does', async () => {
    await loadStrings('ko');
    const overrides = { ko: { bannerTitle: '쿠키 안내' } };
    expect(loadedStrings('ko', overrides)!.bannerTitle).to.equal('쿠키 안내');
    expect(loadedStrings('ko', overrides)).to.deep.equal(getStrings('ko', overrides));
    expect(loadedStrings('ko', overrides)!.acceptAll, 'English under the site\'s own strings').to.equal(en.acceptAll);
  });
});
