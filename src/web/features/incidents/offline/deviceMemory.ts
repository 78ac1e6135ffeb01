import type { CurrentUser } from '../../../accountsApi';
import type { IncidentCategoryView } from '../api';

/**
 * What the app keeps in localStorage so that the report form opens without a connection: the account last
 * signed in on this device (the server checks the real session again when the queue is sent) and that
 * account's category list. Nothing else of an account is kept; signing out forgets the account.
 */
const ACCOUNT = 'sinergi.offline.account';
const categoriesKey = (accountId: string) => `sinergi.offline.categories.${accountId}`;

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off (private mode): the app then needs a connection to open, as before.
  }
}

/** Remembers the signed-in account, or forgets it (null: signed out). */
export function rememberAccount(user: CurrentUser | null): void {
  const before = read<CurrentUser>(ACCOUNT);
  if (user === null && before) write(categoriesKey(before.id), undefined);
  write(ACCOUNT, user ?? undefined);
}

export function rememberedAccount(): CurrentUser | undefined {
  const user = read<CurrentUser>(ACCOUNT);
  return user && typeof user.id === 'string' ? user : undefined;
}

/**
 * The account to open the app with when asking the server who is signed in failed without an answer
 * (no connection). A refusal (401) or a cancelled request never falls back to it.
 */
export function offlineAccount(error: unknown, signal?: AbortSignal): CurrentUser | undefined {
  if (signal?.aborted || !(error instanceof TypeError)) return undefined;
  return rememberedAccount();
}

export function rememberCategories(accountId: string, categories: IncidentCategoryView[]): void {
  write(categoriesKey(accountId), categories);
}

export function rememberedCategories(accountId: string): IncidentCategoryView[] | undefined {
  const categories = read<IncidentCategoryView[]>(categoriesKey(accountId));
  return Array.isArray(categories) ? categories : undefined;
}
