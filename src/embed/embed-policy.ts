/**
 * The Content-Security-Policy of the static embed pages (dist/embed/). Anyone can link to an embed
 * page with `?content=<url>`, so the page may fetch content only from its own origin, plus the
 * origins the site hosting the pages allows when it builds them (EMBED_CONTENT_ORIGINS, a
 * space-separated list; see README, "Hosts that run no scripts"). Otherwise the policy is the
 * strict one the README promises the elements work under.
 */

/** The origins in the build setting, each checked to be a bare https origin (http only for localhost). */
export function contentOrigins(setting: string | undefined): string[] {
  const origins = (setting ?? '').split(/\s+/).filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    const local = url?.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!url || url.origin !== origin || !(url.protocol === 'https:' || local)) {
      throw new Error(`EMBED_CONTENT_ORIGINS: "${origin}" is not an origin like https://wiki.example.com (scheme and host, no path)`);
    }
  }
  return origins;
}

export function embedPolicy(origins: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...origins].join(' '),
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}
