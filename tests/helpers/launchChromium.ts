import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium with a fresh profile, and how to shut it down. */
export interface TestBrowser {
  context: BrowserContext;
  /** Hosts the pages tried to reach other than the test server (must stay empty: no CDN). */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Starts the system Chromium headless with a fresh temp profile. Requests to
 * any host other than localhost are blocked and recorded, so a test can prove
 * the pages work offline.
 */
export async function launchChromium(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-chromium-'));
  // launchPersistentContext is how Playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  return {
    context,
    outsideRequests,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
