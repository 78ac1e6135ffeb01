import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium, MISSING, openPage } from './browser';
import { privateDatabase, type PrivateDatabase } from './database';
import { apiSession } from './desk-data';
import { ensureWebBuild, ROOT, runCli, startServer, type RunningServer } from './server';
import { HOME, signIn } from './ui';

/** Where the browser tests leave their screenshots; `startDesk` creates it. */
export const SHOTS = path.join(ROOT, 'test-results');

export interface Account {
  email: string;
  password: string;
}

export interface DeskOptions {
  /** The server's fixed "now" (SINERGI_CLOCK), an ISO instant. */
  clock?: string;
  /** The first administrator, created through the CLI before the server holds the database. */
  admin?: Account;
  /** Whether to sign that administrator in to an API session (`admin` of the result); true unless set. */
  apiSession?: boolean;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

export interface StartedDesk {
  server: RunningServer;
  browser: Browser;
  /** The administrator's API session; throws unless `admin` was given (and `apiSession` not turned off). */
  readonly admin: APIRequestContext;
  /** A fresh context and page on the server (see `openPage`). */
  newPage: (options?: BrowserContextOptions) => Promise<OpenedPage>;
  /** A fresh page signed in as `who` through the /login form, once the app has gone on to the home page. */
  signedIn: (who: Account, options?: BrowserContextOptions) => Promise<OpenedPage>;
  /** Disposes the API session, closes the browser, stops the server and drops the private database. */
  close: () => Promise<void>;
}

/**
 * What every browser test file needs before its own data: the web app built, a private database
 * (`privateDatabase(name)`), `sinergi serve` running (with its first administrator when `admin` is
 * given), that administrator's API session, Chromium, and the screenshot folder. What was started
 * before a failure is stopped again before the error is thrown.
 */
export async function startDesk(name: string, options: DeskOptions = {}): Promise<StartedDesk> {
  if (!HAS_CHROMIUM) throw new Error(`CI is set but ${MISSING}`);
  const { clock, admin: account, apiSession: withSession = true } = options;
  let database: PrivateDatabase | undefined;
  let server: RunningServer | undefined;
  let api: APIRequestContext | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await api?.dispose();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  };

  try {
    ensureWebBuild();
    database = await privateDatabase(name);
    server = await startServer({ ...database.env, ...(clock ? { SINERGI_CLOCK: clock } : {}) }, {
      prepare: account && (async ({ dataDir, env }) => {
        await runCli(['admin', 'create', '--email', account.email, '--name', 'Admin Desk', '--password-stdin', '--data-dir', dataDir],
          env, `${account.password}\n`);
      }),
    });
    if (account && withSession) api = await apiSession(server.baseUrl, account.email, account.password);
    browser = await launchChromium();
    fs.mkdirSync(SHOTS, { recursive: true });
  } catch (error) {
    await close();
    throw error;
  }

  const running = { server, browser };
  const newPage = (pageOptions: BrowserContextOptions = {}) => openPage(running.browser, running.server.baseUrl, pageOptions);
  return {
    ...running,
    get admin() {
      if (!api) throw new Error('no administrator API session: start the desk with `admin`');
      return api;
    },
    newPage,
    signedIn: async (who, pageOptions = {}) => {
      const opened = await newPage(pageOptions);
      await signIn(opened.page, who.email, who.password);
      await opened.page.waitForURL(HOME);
      return opened;
    },
    close,
  };
}
