import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../../accountsApi';
import { ApiError } from '../../../api';
import { offlineAccount, rememberAccount, rememberCategories, rememberedAccount, rememberedCategories } from './deviceMemory';

/** localStorage as the browser has it, for the node test environment. */
function memoryLocalStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

const officer: CurrentUser = {
  id: 'u-1', email: 'petugas@desk.go.id', displayName: 'Petugas', role: 'officer', scopeRegionCode: '51.06', unitId: 3, language: 'id',
};

describe('what the device remembers for opening the form offline', () => {
  beforeEach(() => {
    globalThis.localStorage = memoryLocalStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('opens on the remembered account only when the server could not be reached', () => {
    rememberAccount(officer);
    expect(offlineAccount(new TypeError('Failed to fetch'))).toEqual(officer);
    // An answer from the server (even an error) is the truth; a cancelled request is no sign of being offline.
    expect(offlineAccount(new ApiError('Server', 503, 'unavailable'))).toBeUndefined();
    const cancelled = new AbortController();
    cancelled.abort();
    expect(offlineAccount(new TypeError('aborted'), cancelled.signal)).toBeUndefined();
  });

  it('forgets the account and its categories at sign-out or a 401', () => {
    rememberAccount(officer);
    rememberCategories(officer.id, [{ code: 'politik_uang' } as never]);
    expect(rememberedCategories(officer.id)).toHaveLength(1);
    rememberAccount(null);
    expect(rememberedAccount()).toBeUndefined();
    expect(rememberedCategories(officer.id)).toBeUndefined();
    expect(offlineAccount(new TypeError('Failed to fetch'))).toBeUndefined();
  });

  it('keeps categories per account and ignores what it cannot read', () => {
    rememberCategories('u-1', [{ code: 'hoaks' } as never]);
    expect(rememberedCategories('u-2')).toBeUndefined();
    localStorage.setItem('sinergi.offline.account', '{not json');
    expect(rememberedAccount()).toBeUndefined();
  });

  it('works on without storage (private mode): nothing remembered, nothing thrown', () => {
    localStorage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(() => rememberAccount(officer)).not.toThrow();
    expect(rememberedAccount()).toBeUndefined();
  });
});
