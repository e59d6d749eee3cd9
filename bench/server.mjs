// A tiny static file server for the benchmark, on loopback only. It serves the repository root,
// so bench/blog.html loads ../dist/cdn/ml-transition-kit.js by the same relative URL a blogger
// would use against a CDN.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** `aliases` maps a URL prefix to another folder: { '/dist/cdn/': '/tmp/snapshot' }. */
export async function serve(root, aliases = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://host').pathname));
    const [prefix, dir] = Object.entries(aliases).find(([p]) => path.startsWith(p)) ?? ['/', root];
    const file = join(dir, path.slice(prefix.length));
    if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      // no-store: every load is a reader's first visit, with nothing cached from the last one.
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
