import { expect } from '@open-wc/testing';
import { joinList } from '../../src/ui/shared/category-text.js';

describe('purpose lists in a sentence', () => {
  it('joins Japanese and English exactly as Intl.ListFormat does, for any number of items', () => {
    const items = ['アクセス解析', '広告・マーケティング', 'サポート', 'Survey'];
    for (const lang of ['ja', 'en']) {
      for (let n = 0; n <= items.length; n++) {
        const expected = new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.slice(0, n));
        expect(joinList(items.slice(0, n), lang), `${lang}, ${n} items`).to.equal(expected);
      }
    }
  });

  it('leaves other languages to Intl.ListFormat', () => {
    expect(joinList(['A', 'B', 'C'], 'de')).to.equal(new Intl.ListFormat('de', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});
