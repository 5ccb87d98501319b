// The package README's hosting guide, as written: its nginx and Apache blocks are taken from web/README.md,
// pointed at the built site, and run with Debian's nginx and apache2 on a free loopback port
// with a configuration in a temporary folder. Then the MIME types, the headers and gzip are
// checked, and the page is used in Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir } from '../js/site.mjs';
import { launchBrowser, openPage, useNumberAndDocuments } from './browser.mjs';

const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/README.md'), 'utf8');
const FOLDER = '/var/www/iin/';
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function readmeBlock(language, folder = siteDir) {
  const block = readme.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1];
  assert.ok(block?.includes(FOLDER), `the README has a ${language} block serving ${FOLDER}`);
  return block.replaceAll(FOLDER, `${folder}/`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
  });
}

// Starts the server; resolves to { origin, stop } once it answers.
async function start(command, args, port, log) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`);
      return {
        origin,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : '';
  throw new Error(`${command} did not start:\n${output}\n${errors}`);
}

async function checkHosting({ origin }) {
  const expected = {
    'iin/': 'text/html',
    'iin/iin-checker-core.wasm': 'application/wasm',
    'iin/page/app.webmanifest': 'application/manifest+json',
    'iin/iin-checker.d.ts': 'text/plain; charset=utf-8',
    'iin/page/style.css': 'text/css',
  };
  for (const [file, type] of Object.entries(expected)) {
    const response = await fetch(`${origin}/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.status, 200, file);
    const got = response.headers.get('content-type');
    assert.ok(got === type || got.startsWith(`${type};`), `${file}: ${got}, not ${type}`);
    assert.match(
      response.headers.get('content-security-policy'),
      /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/,
      file,
    );
    assert.equal(response.headers.get('cache-control'), 'no-cache', file);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', file);
  }
  const wasm = await fetch(`${origin}/iin/iin-checker-core.wasm`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(wasm.headers.get('content-encoding'), 'gzip', 'the .wasm is compressed');
  const script = (await fetch(`${origin}/iin/iin-checker.js`)).headers.get('content-type');
  assert.match(script, /^(text|application)\/javascript/);

  const context = await launchBrowser();
  const page = await openPage(context, `${origin}/iin/#view=number`);
  await useNumberAndDocuments(page);
  assert.deepEqual(page.problems, []);
  await context.close();
}

test(
  "the README's nginx block serves the checker right",
  { skip: !existsSync('/usr/sbin/nginx') && 'nginx is not installed (scripts/setup installs it)' },
  async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'iin-nginx-'));
    folders.push(folder);
    const port = await freePort();
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(folder, temp));
    writeFileSync(
      path.join(folder, 'nginx.conf'),
      `
daemon off;
master_process off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${folder}/body; proxy_temp_path ${folder}/proxy; fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi; scgi_temp_path ${folder}/scgi;
  server {
    listen 127.0.0.1:${port};
${readmeBlock('nginx')}
  }
}
`,
    );
    const server = await start(
      '/usr/sbin/nginx',
      ['-p', folder, '-c', path.join(folder, 'nginx.conf')],
      port,
      path.join(folder, 'error.log'),
    );
    try {
      await checkHosting(server);
    } finally {
      await server.stop();
    }
  },
);

test(
  "the README's Apache block serves the checker right",
  { skip: !existsSync('/usr/sbin/apache2') && 'apache2 is not installed (scripts/setup installs it)' },
  async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'iin-apache-'));
    folders.push(folder);
    const port = await freePort();
    mkdirSync(path.join(folder, 'empty'));
    // Started as root, Apache serves as www-data, who may not enter the checkout (a private home
    // or temporary folder): it serves a copy that everyone may read, as a real deployment would.
    chmodSync(folder, 0o755);
    const site = path.join(folder, 'site');
    cpSync(siteDir, site, { recursive: true });
    const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'filter', 'deflate', 'alias', 'dir'];
    writeFileSync(
      path.join(folder, 'apache2.conf'),
      `
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${folder}/apache2.pid
ErrorLog ${folder}/error.log
Mutex file:${folder} default
${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
TypesConfig /etc/mime.types
User www-data
Group www-data
Listen 127.0.0.1:${port}
DocumentRoot ${folder}/empty
${readmeBlock('apache', site)}
`,
    );
    const server = await start(
      '/usr/sbin/apache2',
      ['-X', '-f', path.join(folder, 'apache2.conf')],
      port,
      path.join(folder, 'error.log'),
    );
    try {
      await checkHosting(server);
    } finally {
      await server.stop();
    }
  },
);
