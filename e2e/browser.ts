import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const IN_CI = Boolean(process.env.CI);
export const MISSING = `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`;

/** Debian's Chromium, headless, without the background traffic that slows a test machine down. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Collects what would show a broken page: uncaught errors and Content-Security-Policy refusals. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** A fresh context (own cookies and storage) and page on `baseURL`, watched for page errors. */
export async function openPage(browser: Browser, baseURL: string, options: BrowserContextOptions = {}):
  Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, ...options });
  // CI shares a two-core machine with whatever else runs on it: a step that takes 5 s alone can take
  // 20 s under load. 30 s still fails a step that will never happen well inside the test's 120 s.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  return { context, page, problems: watch(page) };
}
