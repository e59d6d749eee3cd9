// The kit writes out how its languages join a list rather than loading the browser's list data on
// every page (src/core/format.ts); these hold the table to what Intl.ListFormat says, and fast-check
// to the rule that items are kept as they are, templates included.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { listOf, sentenceOf } from '../../src/core/format.js';

describe('listOf', () => {
  for (const locale of ['en', 'zh-CN', 'zh-Hant']) {
    it(`joins 1 to 6 items as Intl.ListFormat does in ${locale}`, () => {
      const names = ['Backend', 'Frontend', 'Mobile', 'DevOps / SRE', '数据工程', 'Embedded'];
      for (let n = 1; n <= names.length; n++) {
        const items = names.slice(0, n);
        expect(sentenceOf(items, locale)).to.equal(new Intl.ListFormat(locale).format(items));
      }
    });
  }

  it('keeps every item, in order, as the same value', () => {
    fc.assert(
      fc.property(fc.array(fc.object(), { maxLength: 8 }), fc.constantFrom('en', 'zh-CN'), (items, locale) => {
        const listed = listOf(items, locale);
        expect(listed.filter((part) => typeof part !== 'string')).to.deep.equal(items);
        expect(listed.filter((_, index) => index % 2 === 0)).to.have.ordered.members(items);
      }),
    );
  });
});
