// A small static file server for build/site: the right MIME types (application/wasm above all),
// the site's Content-Security-Policy as a header, loopback only. Used by `scripts/serve` and the tests.
//
// Any path works (spaces, non-ASCII, a symlinked folder), but no file outside the root is ever
// served, not through a symlink either, nor a file asked for as a folder (/index.html/). Only GET
// and HEAD are answered (405 otherwise); a path that does not decode, or holds a NUL, is a 400.
// Every answer, errors too, carries nosniff and the CSP. A single byte range is honoured (206),
// one past the end refused (416), as RFC 9110 says. A client that takes more than 5 s to send
// its headers is cut off. Each file is gzipped once and kept while it is unchanged, so many
// requests for the .wasm cost one compression.
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
const METHODS = ['GET', 'HEAD'];
const HEADERS_TIMEOUT_MS = 5000;
// Sent with every answer, errors included.
const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

class HttpError extends Error {
  constructor(status, text) {
    super(text);
    this.status = status;
  }
}

function requestedPath(url) {
  const raw = url.split('?')[0].split('#')[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'Bad request: the path is not valid percent-encoding\n');
  }
  if (decoded.includes('\0')) throw new HttpError(400, 'Bad request: the path holds a NUL character\n');
  // Only a path in its plain form names a file: no "." or ".." segment, no doubled slash.
  if (path.posix.normalize(decoded) !== decoded) throw new HttpError(404, 'Not found\n');
  return decoded;
}

/**
 * The one byte range `header` asks for in a body of `size` bytes: { start, end } (inclusive),
 * 'unsatisfiable', or null to send it all (no range, several ranges or a form not understood,
 * which RFC 9110 lets a server ignore).
 */
function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1], match[2]].map((n) => (n === '' ? null : Number(n)));
  if (first === null) return last === 0 ? 'unsatisfiable' : { start: Math.max(0, size - last), end: size - 1 };
  if (last !== null && last < first) return null;
  if (first >= size) return 'unsatisfiable';
  return { start: first, end: Math.min(last ?? size - 1, size - 1) };
}

const inside = (root, file) => file === root || file.startsWith(root + path.sep);

/**
 * Serves `root`, gzipped when the client accepts it; resolves to the listening http.Server.
 * Answers revalidations with 304 (ETag). `headers` are added to every answer; `overrides` maps a
 * path to the bytes to serve instead of the file (tests use it to stand in for a new build);
 * `server.sent` lists { path, bytes } of every body sent; `server.compressions` counts gzip runs.
 */
export function serveStatic({ root, host = '127.0.0.1', port = 0, headers = {}, overrides = new Map() }) {
  const base = realpathSync(path.resolve(root));
  const sent = [];
  const cache = new Map(); // real path → { mtimeMs, size, body, etag, gzipped }

  // Requests that arrive together share one read (and so one compression) of the file.
  async function load(file) {
    const info = await stat(file);
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
      entry = { mtimeMs: info.mtimeMs, size: info.size, gzipped: null };
      entry.ready = readFile(file).then((body) => Object.assign(entry, { body, etag: etagOf(body) }));
      cache.set(file, entry);
    }
    return entry.ready;
  }

  async function resolveFile(pathname) {
    let file = path.resolve(base, `.${pathname}`);
    if (!inside(base, file)) throw new HttpError(404, 'Not found\n');
    file = await realpath(file); // a symlink may lead out of the root: judge where it really goes
    if (!inside(base, file)) throw new HttpError(404, 'Not found\n');
    if ((await stat(file)).isDirectory()) file = await realpath(path.join(file, 'index.html'));
    else if (pathname.endsWith('/')) throw new HttpError(404, 'Not found\n'); // a file is no folder
    if (!inside(base, file)) throw new HttpError(404, 'Not found\n');
    return file;
  }

  // Headers are checked each second for the 5 s limit (Node's default is 60 s, checked each 30 s).
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
    async (request, response) => {
      try {
        if (!METHODS.includes(request.method)) {
          response.writeHead(405, {
            Allow: METHODS.join(', '),
            'Content-Type': 'text/plain; charset=utf-8',
            ...SECURITY,
          });
          response.end('Method not allowed\n');
          return;
        }
        const pathname = requestedPath(request.url);
        const override = overrides.get(pathname);
        const file = override ? null : await resolveFile(pathname);
        const entry = override ? { body: override, etag: etagOf(override), gzipped: null } : await load(file);
        const served = file ?? (pathname.endsWith('/') ? `${pathname}index.html` : pathname); // an override of a folder is its page
        const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
        const common = {
          ETag: entry.etag,
          'Cache-Control': 'no-cache',
          ...SECURITY,
          ...headers,
        };
        if (request.headers['if-none-match'] === entry.etag) {
          response.writeHead(304, common);
          response.end();
          return;
        }
        // A range of the file as it is (not of its gzip); If-Range that names another version asks for all.
        const ifRange = request.headers['if-range'];
        const range =
          ifRange === undefined || ifRange === entry.etag ? byteRange(request.headers.range, entry.body.length) : null;
        if (range === 'unsatisfiable') {
          response.writeHead(416, { 'Content-Range': `bytes */${entry.body.length}`, ...common });
          response.end();
          return;
        }
        if (range) {
          const part = entry.body.subarray(range.start, range.end + 1);
          sent.push({ path: pathname, bytes: part.length });
          response.writeHead(206, {
            'Content-Type': type,
            'Content-Length': part.length,
            'Content-Range': `bytes ${range.start}-${range.end}/${entry.body.length}`,
            ...common,
          });
          response.end(request.method === 'HEAD' ? undefined : part);
          return;
        }
        const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        if (gzip && !entry.gzipped) {
          entry.gzipped = gzipSync(entry.body, { level: 9 });
          server.compressions += 1;
        }
        const body = gzip ? entry.gzipped : entry.body;
        sent.push({ path: pathname, bytes: body.length });
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Length': body.length,
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
          Vary: 'Accept-Encoding',
          'Accept-Ranges': 'bytes',
          ...common,
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch (error) {
        const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ELOOP';
        const status = error instanceof HttpError ? error.status : missing ? 404 : 500;
        response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY, ...headers });
        response.end(error instanceof HttpError ? error.message : missing ? 'Not found\n' : 'Server error\n');
      }
    },
  );
  server.sent = sent;
  server.overrides = overrides;
  server.compressions = 0;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

function etagOf(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Why `folder` cannot be served, or null: it must be a folder with an index.html. */
export function folderProblem(folder) {
  let info;
  try {
    info = statSync(folder);
  } catch {
    return `${folder} does not exist. Build the site first (cmake --build --preset wasm).`;
  }
  if (!info.isDirectory()) return `${folder} is not a folder.`;
  if (readdirSync(folder).length === 0)
    return `${folder} is empty. Build the site first (cmake --build --preset wasm).`;
  try {
    statSync(path.join(folder, 'index.html'));
  } catch {
    return `${folder} has no index.html: it does not look like a built site.`;
  }
  return null;
}

// node scripts/static-server.mjs <root> [port]. Compared as real paths, so that the script
// starts from any path: spaces, non-ASCII characters, a symlink.
const invokedAsScript =
  process.argv[1] !== undefined &&
  realpathSync(fileURLToPath(import.meta.url)) ===
    (() => {
      try {
        return realpathSync(process.argv[1]);
      } catch {
        return null;
      }
    })();
if (invokedAsScript) {
  const [root = 'build/site', port = '8080'] = process.argv.slice(2);
  const problem = folderProblem(path.resolve(root));
  if (problem) {
    console.error(`static-server: ${problem}`);
    process.exit(1);
  }
  const server = await serveStatic({ root, port: Number(port) });
  const { address, port: bound } = server.address();
  console.log(`Serving ${path.resolve(root)} at http://${address}:${bound}/ (Ctrl+C to stop)`);
}
