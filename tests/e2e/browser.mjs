// Real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, and the built
// site served on loopback by the project's own static server.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';
import { siteDir } from '../js/site.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without these flags Chromium reaches for Google's servers at start-up.
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-default-apps',
  '--disable-domain-reliability', '--metrics-recording-only', '--no-pings'];

export async function launchBrowser() {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'iin-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS, serviceWorkers: 'allow',
  });
}

/** Serves build/site; returns { origin, close }. */
export async function startSite(options = {}) {
  const server = await serveStatic({ root: options.root ?? siteDir, headers: options.headers });
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/** Records every request the page makes, so tests can assert none leaves the site's origin. */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}
