// A tiny static file server for measuring the built site (scripts/lighthouse.mjs). It behaves like
// the static host + CDN the site is meant for, because Lighthouse judges the transport too: a
// server without compression or caching would show up as page faults that no deployment has.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', // declaration files: served as text, never as a script
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serve(root) {
  root = resolve(root);
  // Files don't change during a run, so each encoded body is made once (brotli at quality 11 is
  // what a CDN stores; re-encoding per request would only add server time to the measurement).
  const encoded = new Map();

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) {
        // Relative URLs in index pages need the trailing slash, as on any static host.
        if (!path.endsWith('/')) return send(res, 301, '', { location: `${path}/` });
        file = join(file, 'index.html');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers = {
        'content-type': type,
        // dist/ is the CDN part: versioned files cached for a year. Pages and the site's CSS get
        // a short cache, as static hosts (e.g. GitHub Pages, 10 minutes) give them.
        'cache-control': path.startsWith('/dist/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
      };
      if (COMPRESSIBLE.test(type)) {
        headers.vary = 'Accept-Encoding';
        const accept = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
        if (encoding) {
          const key = `${encoding}:${file}`;
          if (!encoded.has(key)) {
            encoded.set(
              key,
              encoding === 'br'
                ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
                : gzipSync(body, { level: 9 }),
            );
          }
          body = encoded.get(key);
          headers['content-encoding'] = encoding;
        }
      }
      send(res, 200, req.method === 'HEAD' ? null : body, headers, body.length);
    } catch {
      send(res, 404, 'not found');
    }
  });

  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections(); // Chrome's keep-alive sockets would hold close() open
      }),
  };
}

function send(res, status, body, headers = {}, length) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    ...headers,
    'content-length': length ?? Buffer.byteLength(body ?? ''),
  });
  res.end(body ?? undefined);
}
