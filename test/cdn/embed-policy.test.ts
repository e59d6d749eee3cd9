// The embed pages' Content-Security-Policy and the one setting that widens it (EMBED_CONTENT_ORIGINS).
import { expect } from '@open-wc/testing';
import { contentOrigins, embedPolicy } from '../../src/embed/embed-policy.js';

const connectSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('connect-src'));

describe('embed page policy', () => {
  it('lets the built pages fetch content from their own origin only, by default', async () => {
    expect(connectSrc(embedPolicy(contentOrigins(undefined)))).to.equal("connect-src 'self'");
    for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist']) {
      const page = new DOMParser().parseFromString(await (await fetch(`/dist/embed/${tag}.html`)).text(), 'text/html');
      const meta = page.head.firstElementChild?.nextElementSibling;
      expect(meta?.getAttribute('http-equiv'), `${tag}: the policy comes before anything loads`).to.equal('Content-Security-Policy');
      expect(meta!.getAttribute('content')).to.equal(embedPolicy([]));
    }
  });

  it('adds the origins the hosting site lists, and nothing else changes', () => {
    const origins = contentOrigins(' https://wiki.example.com  https://docs.example.com:8443\nhttp://localhost:8080 ');
    expect(origins).to.deep.equal(['https://wiki.example.com', 'https://docs.example.com:8443', 'http://localhost:8080']);
    expect(connectSrc(embedPolicy(origins))).to.equal("connect-src 'self' https://wiki.example.com https://docs.example.com:8443 http://localhost:8080");
    expect(embedPolicy(origins).replace(/connect-src[^;]*/, '')).to.equal(embedPolicy([]).replace(/connect-src[^;]*/, ''));
  });

  for (const setting of ['*', 'https:', 'data:', 'wiki.example.com', 'http://wiki.example.com', 'https://wiki.example.com/content/', "https://a.example 'unsafe-inline'"]) {
    it(`refuses ${JSON.stringify(setting)}, naming the setting and the bad value`, () => {
      expect(() => contentOrigins(setting)).to.throw(/^EMBED_CONTENT_ORIGINS: ".+" is not an origin/);
    });
  }
});
