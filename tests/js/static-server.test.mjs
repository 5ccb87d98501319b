// scripts/static-server.mjs, the server of `scripts/serve` and of the browser tests, on loopback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { serveStatic } from '../../scripts/static-server.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/static-server.mjs', import.meta.url));

// A site in a folder whose path has a space and non-ASCII letters, with a secret beside it.
function makeSite() {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'iin server ä '));
  const root = path.join(parent, 'site ü');
  mkdirSync(path.join(root, 'sub dir'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(root, 'sub dir', 'файл ñ.js'), `export const x = '${'x'.repeat(5000)}';`);
  writeFileSync(path.join(root, 'module.wasm'), Buffer.alloc(100_000, 7));
  writeFileSync(path.join(parent, 'secret.txt'), 'not for the web');
  symlinkSync(path.join(root, 'sub dir'), path.join(root, 'linked')); // inside the root: fine
  symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'escape.txt')); // out of the root
  symlinkSync(parent, path.join(root, 'up'));
  return { parent, root };
}

function fetchRaw(port, pathname, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function withServer(root, run) {
  const server = await serveStatic({ root });
  try {
    await run(server.address().port, server);
  } finally {
    server.close();
  }
}

test('any path works: spaces, non-ASCII, a symlinked folder inside the root, a root given through a symlink', async () => {
  const { parent, root } = makeSite();
  const viaLink = path.join(parent, 'link to site');
  symlinkSync(root, viaLink);
  for (const served of [root, viaLink]) {
    await withServer(served, async (port) => {
      assert.equal((await fetchRaw(port, '/')).status, 200);
      const file = await fetchRaw(port, `/${encodeURIComponent('sub dir')}/${encodeURIComponent('файл ñ.js')}`);
      assert.equal(file.status, 200);
      assert.match(file.headers['content-type'], /javascript/);
      assert.equal((await fetchRaw(port, `/linked/${encodeURIComponent('файл ñ.js')}`)).status, 200);
    });
  }
});

test('nothing outside the root: not by .., not through a symlink', async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    for (const pathname of [
      '/escape.txt',
      '/up/secret.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/sub%20dir/..%2f..%2fsecret.txt',
    ]) {
      const response = await fetchRaw(port, pathname);
      assert.equal(response.status, 404, pathname);
      assert.doesNotMatch(response.body.toString(), /not for the web/);
    }
  });
});

test('only GET and HEAD: 405 with Allow for the rest; HEAD sends no body', async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const response = await fetchRaw(port, '/index.html', { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.allow, 'GET, HEAD');
    }
    const head = await fetchRaw(port, '/index.html', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });
});

test('a bad escape or a NUL in the path is a 400, never a 500', async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    for (const pathname of ['/%00', '/index.html%00.js', '/%E0%A4%A', '/%', '/%zz']) {
      assert.equal((await fetchRaw(port, pathname)).status, 400, pathname);
    }
  });
});

test("every answer, errors too, says nosniff and carries the site's policy", async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    for (const [pathname, method, status] of [
      ['/', 'GET', 200],
      ['/missing.js', 'GET', 404],
      ['/%ZZ', 'GET', 400],
      ['/', 'POST', 405],
    ]) {
      const { headers } = await fetchRaw(port, pathname, { method });
      assert.equal((await fetchRaw(port, pathname, { method })).status, status, pathname);
      assert.equal(headers['x-content-type-options'], 'nosniff', `${method} ${pathname}`);
      assert.match(headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/, `${method} ${pathname}`);
    }
  });
});

test('a file asked for as a folder, or by a path not in its plain form, is not found', async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    assert.equal((await fetchRaw(port, '/index.html')).status, 200);
    for (const pathname of [
      '/index.html/',
      '/index.html/.',
      '/./index.html',
      '//index.html',
      '/sub%20dir/../index.html',
    ]) {
      assert.equal((await fetchRaw(port, pathname)).status, 404, pathname);
    }
  });
});

test('Range (RFC 9110): one range is honoured with 206, one past the end refused with 416, others ignored', async () => {
  const { root } = makeSite();
  writeFileSync(path.join(root, 'digits.txt'), '0123456789');
  await withServer(root, async (port) => {
    const get = (range, extra = {}) =>
      fetchRaw(port, '/digits.txt', { headers: { ...(range && { range }), 'accept-encoding': 'gzip', ...extra } });
    const whole = await get(undefined);
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    for (const [range, body, contentRange] of [
      ['bytes=2-4', '234', 'bytes 2-4/10'],
      ['bytes=7-', '789', 'bytes 7-9/10'],
      ['bytes=-3', '789', 'bytes 7-9/10'],
      ['bytes=8-100', '89', 'bytes 8-9/10'],
    ]) {
      const part = await get(range);
      assert.equal(part.status, 206, range);
      assert.equal(part.body.toString(), body, range);
      assert.equal(part.headers['content-range'], contentRange, range);
      assert.equal(part.headers['content-encoding'], undefined, `${range}: a range of the file itself`);
    }
    for (const range of ['bytes=10-', 'bytes=10-12', 'bytes=-0']) {
      const refused = await get(range);
      assert.equal(refused.status, 416, range);
      assert.equal(refused.headers['content-range'], 'bytes */10', range);
    }
    for (const range of ['bytes=0-1,4-5', 'lines=1-2', 'bytes=5-2']) {
      const all = await get(range);
      assert.equal(all.status, 200, range);
    }
    assert.equal(
      (await get('bytes=0-1', { 'if-range': '"another version"' })).status,
      200,
      'If-Range of another version',
    );
    assert.equal((await get('bytes=0-1', { 'if-range': whole.headers.etag })).status, 206, 'If-Range of this version');
  });
});

test('a client that takes longer than 5 s to send its headers is cut off', async () => {
  const { root } = makeSite();
  await withServer(root, async (port) => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // One header line a second, for 12 s unless the server ends it first.
    let sent = 0;
    const dripping = setInterval(() => {
      if (sent < 12 && !socket.destroyed) socket.write(`X-Slow-${(sent += 1)}: 1\r\n`);
    }, 1000);
    await closed;
    clearInterval(dripping);
    assert.ok(sent < 12, `the server closed the connection after ${sent} header lines`);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });
});

test('each file is gzipped once, however many ask for it at the same time', async () => {
  const { root } = makeSite();
  await withServer(root, async (port, server) => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => fetchRaw(port, '/module.wasm', { headers: { 'accept-encoding': 'gzip' } })),
    );
    for (const response of responses) {
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(response.body).length, 100_000);
    }
    assert.equal(server.compressions, 1);
    writeFileSync(path.join(root, 'module.wasm'), Buffer.alloc(50_000, 9)); // a new build: compressed anew
    const fresh = await fetchRaw(port, '/module.wasm', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gunzipSync(fresh.body).length, 50_000);
    assert.equal(server.compressions, 2);
  });
});

function runServerScript(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Serving')) child.kill();
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill(), 10_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

test('the command line fails loudly on a missing or empty folder, and starts from any path', async () => {
  const { parent, root } = makeSite();
  const missing = await runServerScript(SCRIPT, [path.join(parent, 'nowhere'), '0']);
  assert.equal(missing.code, 1);
  assert.match(missing.output, /does not exist/);
  const empty = path.join(parent, 'empty');
  mkdirSync(empty);
  const none = await runServerScript(SCRIPT, [empty, '0']);
  assert.equal(none.code, 1);
  assert.match(none.output, /is empty/);
  // The script itself in a folder with a space and non-ASCII letters, and run through a symlink.
  const scripts = path.join(parent, 'scripts ö');
  mkdirSync(scripts);
  copyFileSync(SCRIPT, path.join(scripts, 'static-server.mjs'));
  symlinkSync(path.join(scripts, 'static-server.mjs'), path.join(parent, 'server-link.mjs'));
  for (const script of [path.join(scripts, 'static-server.mjs'), path.join(parent, 'server-link.mjs')]) {
    const started = await runServerScript(script, [root, '0']);
    assert.match(started.output, /Serving .* at http:\/\/127\.0\.0\.1:\d+\//, script);
  }
});
