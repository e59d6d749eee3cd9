// The kit writes out how its languages join a list and write a day rather than loading the browser's
// data for them on every page (src/core/format.ts); these hold both to what Intl says in the browser
// running them (Chromium and Firefox), and fast-check to the rule that listed items stay as they are.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDay, listOf, sentenceOf } from '../../src/core/format.js';

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

describe('formatDay', () => {
  for (const locale of ['en', 'zh-CN', 'zh-Hant']) {
    it(`writes every day of 2026, and far-off years, as Intl.DateTimeFormat's medium style does in ${locale}`, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      const days = Array.from({ length: 365 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)));
      for (const day of [...days, new Date(Date.UTC(2099, 1, 28)), new Date(Date.UTC(9999, 11, 31))]) {
        expect(formatDay(day, locale)).to.equal(intl.format(day));
      }
    });
  }
});
