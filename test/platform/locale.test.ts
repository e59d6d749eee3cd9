import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang, toLocale } from '../../src/platform/locale.js';

describe('toLocale', () => {
  it('maps Taiwan, Hong Kong, Macao and Hant tags to Traditional Chinese', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-hant-hk', 'ZH_tw', ' zh-MO ']) expect(toLocale(tag), tag).to.equal('zh-Hant');
  });

  it('maps every other Chinese tag to Simplified Chinese and the rest to English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-hans-cn', 'zh-Hans-TW', 'ZH_cn', 'zh-TWN', 'zh-hantx']) expect(toLocale(tag), tag).to.equal('zh-CN');
    for (const tag of ['en', 'en-GB', 'en-TW', 'fr', '', null, undefined, 'zhx']) expect(toLocale(tag), String(tag)).to.equal('en');
  });
});

describe('resolveLang', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('prefers the element, then the closest ancestor, then the document', async () => {
    const tree = await fixture(html`<div lang="zh-CN"><p><span id="inner"></span><span id="own" lang="en-GB"></span></p></div>`);
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('zh-CN');
    expect(resolveLang(tree.querySelector('#own')!)).to.equal('en-GB');
    const loose = await fixture(html`<span></span>`);
    document.documentElement.lang = 'zh';
    expect(resolveLang(loose)).to.equal('zh');
  });

  it('crosses shadow roots to find the host page language', async () => {
    const outer = await fixture(html`<div lang="zh-Hans"><div id="host"></div></div>`);
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('zh-Hans');
  });
});
