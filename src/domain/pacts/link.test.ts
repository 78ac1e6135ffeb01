import { describe, expect, it } from 'vitest';
import { checkLink, linkExpiry, linkLive, LINK_REFUSALS, type LinkHolder } from './link.js';

const TOKEN = 'A'.repeat(43);
const now = new Date('2024-09-20T00:00:00Z');
const holder = (over: Partial<LinkHolder> = {}): LinkHolder => ({
  id: 7, state: 'belum', tokenExpiresAt: new Date('2024-10-01T00:00:00Z'), tokenUsedAt: null, ...over,
});

describe('checkLink', () => {
  it('lets a live, unused token of this target submit', () => {
    expect(checkLink(TOKEN, holder(), 7, now)).toBe('ok');
    expect(checkLink(TOKEN, holder({ state: 'ditolak' }), 7, now)).toBe('ok');
  });

  it('refuses a missing or malformed token before any lookup matters', () => {
    expect(checkLink(undefined, holder(), 7, now)).toBe('missing');
    expect(checkLink('', holder(), 7, now)).toBe('missing');
    expect(checkLink('short', holder(), 7, now)).toBe('missing');
    expect(checkLink(`${'A'.repeat(42)}=`, holder(), 7, now)).toBe('missing');
  });

  it('an unknown token (never issued, revoked, or replaced by a newer link) finds no holder', () => {
    expect(checkLink(TOKEN, null, 7, now)).toBe('unknown');
  });

  it('another target’s token is refused as the wrong target, whatever its state', () => {
    expect(checkLink(TOKEN, holder({ id: 8 }), 7, now)).toBe('wrong_target');
    expect(checkLink(TOKEN, holder({ id: 8, tokenUsedAt: now }), 7, now)).toBe('wrong_target');
  });

  it('an expired token is refused from its expiry instant on', () => {
    const expiresAt = new Date('2024-09-20T00:00:00Z');
    expect(checkLink(TOKEN, holder({ tokenExpiresAt: expiresAt }), 7, new Date(expiresAt.getTime() - 1))).toBe('ok');
    expect(checkLink(TOKEN, holder({ tokenExpiresAt: expiresAt }), 7, expiresAt)).toBe('expired');
    expect(checkLink(TOKEN, holder({ tokenExpiresAt: null }), 7, now)).toBe('expired');
  });

  it('a token serves one submission', () => {
    expect(checkLink(TOKEN, holder({ tokenUsedAt: new Date('2024-09-19T00:00:00Z'), state: 'terkirim' }), 7, now)).toBe('used');
  });

  it('a target whose pact is verified takes nothing more', () => {
    expect(checkLink(TOKEN, holder({ state: 'diverifikasi' }), 7, now)).toBe('verified');
  });

  it('maps each refusal to its status', () => {
    expect(LINK_REFUSALS.missing.status).toBe(401);
    expect(LINK_REFUSALS.unknown.status).toBe(401);
    expect(LINK_REFUSALS.wrong_target).toMatchObject({ status: 403, code: 'pact.link_wrong_target' });
    expect(LINK_REFUSALS.expired).toMatchObject({ status: 410, code: 'pact.link_expired' });
    expect(LINK_REFUSALS.used).toMatchObject({ status: 409, code: 'pact.link_used' });
    expect(LINK_REFUSALS.verified.status).toBe(409);
  });
});

describe('linkLive and linkExpiry', () => {
  it('a link lives until it expires or is used', () => {
    const expiresAt = linkExpiry(now, 30);
    expect(expiresAt.toISOString()).toBe('2024-10-20T00:00:00.000Z');
    expect(linkLive({ hasToken: true, tokenExpiresAt: expiresAt, tokenUsedAt: null }, now)).toBe(true);
    expect(linkLive({ hasToken: true, tokenExpiresAt: expiresAt, tokenUsedAt: now }, now)).toBe(false);
    expect(linkLive({ hasToken: true, tokenExpiresAt: expiresAt, tokenUsedAt: null }, expiresAt)).toBe(false);
    expect(linkLive({ hasToken: false, tokenExpiresAt: null, tokenUsedAt: null }, now)).toBe(false);
  });
});
