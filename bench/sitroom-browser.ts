import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import { ROOT } from '../e2e/server.js';
import { median } from './stats.js';

/**
 * The dashboard as a person meets it: Chromium (Debian's, the e2e flags) on a fresh context (cold
 * HTTP cache, no service worker yet) with a signed-in session, opening `/`; and what JavaScript that
 * costs, from the built index.html and from what the page actually fetched.
 */

/** Set by the dashboard once its first panels show data (agreed with the web page). */
export const READY_SELECTOR = '[data-testid="dashboard-ready"]';
/** Without that marker: the incidents panel's heading and its first number (the open total). */
export const FALLBACK_SELECTOR = '[data-testid="dash-incidents"] h2 ~ * a.dash-count, [data-testid="dash-incidents"] a.dash-count';

export interface RenderRun {
  /** From navigation start to the selector in the DOM and laid out (in-page clock). */
  readyMs: number;
  /** Largest Contentful Paint up to then, when the browser reported one. */
  lcpMs: number | null;
  domContentLoadedMs: number;
  /** Gzipped bytes of the scripts the page fetched before it was ready (service worker fetches excluded). */
  jsGzipBytes: number;
  jsFiles: number;
}

export interface RenderFigures {
  runs: RenderRun[];
  medianMs: number;
  medianLcpMs: number | null;
  selector: 'ready' | 'fallback';
}

/** Records, from inside the page, when `selector` first matches an element with a box (checked every frame). */
const WATCH_SCRIPT = (selectors: string[]) => `
  (() => {
    const w = window;
    w.__sitroom = { ready: null, which: null, lcp: null };
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__sitroom.lcp = e.startTime; })
        .observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {}
    const selectors = ${JSON.stringify(selectors)};
    const check = () => {
      for (let i = 0; i < selectors.length; i++) {
        const el = document.querySelector(selectors[i]);
        if (el && el.getBoundingClientRect().height > 0) { w.__sitroom.ready = performance.now(); w.__sitroom.which = i; return; }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

async function oneRun(browser: Browser, baseUrl: string, account: { email: string; password: string }, timeoutMs: number): Promise<RenderRun & { which: number }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  try {
    const login = await context.request.post('/api/v1/auth/login', { data: account, headers: { Origin: baseUrl } });
    if (login.status() !== 200) throw new Error(`browser sign-in answered ${login.status()}`);
    const page = await context.newPage();
    await page.addInitScript(WATCH_SCRIPT([READY_SELECTOR, FALLBACK_SELECTOR]));
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() !== 'script' || request.serviceWorker()) return;
      scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
    });
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __sitroom: { ready: number | null } }).__sitroom.ready !== null, undefined, { timeout: timeoutMs, polling: 50 });
    const seen = await page.evaluate(() => {
      const s = (window as unknown as { __sitroom: { ready: number; which: number; lcp: number | null } }).__sitroom;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { ready: s.ready, which: s.which, lcp: s.lcp, dcl: nav?.domContentLoadedEventEnd ?? Number.NaN };
    });
    const sizes = await Promise.all(scripts);
    return { readyMs: seen.ready, which: seen.which, lcpMs: seen.lcp, domContentLoadedMs: seen.dcl, jsGzipBytes: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length };
  } finally {
    await context.close();
  }
}

/** `runs` cold loads of `/` (plus one untimed, so the server's first-request costs are not in the figures). */
export async function measureRender(baseUrl: string, account: { email: string; password: string }, runs: number, timeoutMs = 30_000): Promise<RenderFigures> {
  const browser = await launchChromium();
  try {
    await oneRun(browser, baseUrl, account, timeoutMs);
    const measured: (RenderRun & { which: number })[] = [];
    for (let i = 0; i < runs; i++) measured.push(await oneRun(browser, baseUrl, account, timeoutMs));
    const lcps = measured.map((r) => r.lcpMs).filter((ms): ms is number => ms !== null);
    return {
      runs: measured.map(({ which: _which, ...run }) => run),
      medianMs: median(measured.map((r) => r.readyMs)),
      medianLcpMs: lcps.length ? median(lcps) : null,
      selector: measured.every((r) => r.which === 0) ? 'ready' : 'fallback',
    };
  } finally {
    await browser.close();
  }
}

export interface BundleFigures {
  /** The entry script and the modules index.html preloads: what every first visit downloads. */
  entryFiles: string[];
  entryGzipBytes: number;
  entryRawBytes: number;
  /** Every script of the build, for scale. */
  allGzipBytes: number;
  allFiles: number;
}

const WEB_DIST = path.join(ROOT, 'dist/web');

/** Reads the built index.html: `<script type="module" src>` and `<link rel="modulepreload" href>`, gzipped as a server would. */
export function measureBundle(): BundleFigures {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"[^>]*>|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)]
    .map((m) => m[1] ?? m[2]).filter((ref): ref is string => Boolean(ref));
  const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;
  const files = [...new Set(refs)].map((ref) => path.join(WEB_DIST, ref.replace(/^\//, '')));
  const assets = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join(WEB_DIST, 'assets', f));
  return {
    entryFiles: files.map((f) => path.relative(WEB_DIST, f)),
    entryGzipBytes: files.reduce((sum, f) => sum + gz(f), 0),
    entryRawBytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
    allGzipBytes: assets.reduce((sum, f) => sum + gz(f), 0),
    allFiles: assets.length,
  };
}
