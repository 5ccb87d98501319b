// Next.js (pinned in tests/consumers/package-lock.json) calling createChecker() in server code:
// a server component checks a number and lists documents while the page is rendered. Next's
// bundler gives the package's files the addresses its browser pages use, which Node cannot
// fetch, so the package README's one setting, serverExternalPackages: ['iin-checker'], leaves
// the package unbundled on the server. Built and started as `next build` and `next start` would.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, openPage } from '../e2e/browser.mjs';
import { consumerProject, here, tool } from './project.mjs';

const dir = consumerProject({ app: false, parent: path.join(here, 'build') });
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }; // Next would report to Vercel otherwise
const next = path.join(tool('next'), 'dist/bin/next');

const FILES = {
  'next.config.mjs': `export default {
  serverExternalPackages: ['iin-checker'],
  turbopack: { root: ${JSON.stringify(here)} },
  outputFileTracingRoot: ${JSON.stringify(here)},
};
`,
  'app/layout.jsx': `export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/page.jsx': `import { createChecker } from 'iin-checker';

export const dynamic = 'force-dynamic'; // rendered for each request, on the server

export default async function Page() {
  const checker = await createChecker();
  const result = checker.check('901 123 300 258');
  const items = checker.checklist({ channel: 'psc', lang: 'en', today: '2026-11-26' }).items;
  return <output id="api">{JSON.stringify({ valid: result.valid, items: items.length })}</output>;
}
`,
};

function startServer() {
  const server = spawn(process.execPath, [next, 'start', '--port', '0', '--hostname', '127.0.0.1'], { cwd: dir, env });
  const url = new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`next start ended (${code}):\n${out}`)));
  });
  return { server, url };
}

test('Next.js: createChecker() in a server component, with serverExternalPackages', async () => {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  copyFileSync(path.join(here, 'app/public/icon.svg'), path.join(dir, 'app/icon.svg')); // else /favicon.ico is a 404
  execFileSync(process.execPath, [next, 'build'], { cwd: dir, env, stdio: 'pipe' });
  const { server, url } = startServer();
  const context = await launchBrowser();
  try {
    const page = await openPage(context, await url);
    const api = JSON.parse(await page.locator('#api').textContent());
    assert.equal(api.valid, true);
    assert.ok(api.items > 0, 'the checklist has items');
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    server.kill();
  }
});
