// A small static file server for build/site: the right MIME types (application/wasm above all),
// the site's Content-Security-Policy as a header, loopback only. Used by `scripts/serve` and the tests.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;

/**
 * Serves `root`, gzipped when the client accepts it; resolves to the listening http.Server.
 * Answers revalidations with 304 (ETag). `headers` are added to every answer; `overrides` maps a
 * path to the bytes to serve instead of the file (tests use it to stand in for a new build);
 * `server.sent` lists { path, bytes } of every body sent.
 */
export function serveStatic({ root, host = '127.0.0.1', port = 0, headers = {}, overrides = new Map() }) {
  const base = path.resolve(root);
  const sent = [];
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, 'http://localhost');
      let file = path.resolve(base, `.${decodeURIComponent(pathname)}`);
      if (file !== base && !file.startsWith(base + path.sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      let body = overrides.get(pathname) ?? await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const common = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...headers };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, common);
        response.end();
        return;
      }
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) body = gzipSync(body, { level: 9 });
      sent.push({ path: pathname, bytes: body.length });
      response.writeHead(200, {
        'Content-Type': type,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...common,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Not found\n' : 'Server error\n');
    }
  });
  server.sent = sent;
  server.overrides = overrides;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

// node scripts/static-server.mjs <root> [port]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build/site', port = '8080'] = process.argv.slice(2);
  const server = await serveStatic({ root, port: Number(port) });
  const { address, port: bound } = server.address();
  console.log(`Serving ${path.resolve(root)} at http://${address}:${bound}/ (Ctrl+C to stop)`);
}
