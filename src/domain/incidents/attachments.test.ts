import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/rules.js';
import { ATTACHMENT_DELETE_WINDOW_MS, downloadName, mayAttach, mayDeleteAttachment } from './attachments.js';
import type { IncidentAccessTarget } from './permissions.js';

const CREATOR = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const incident: IncidentAccessTarget = { regionCode: '51.06.01.2001', createdBy: CREATOR, status: 'baru', referredUnitId: null };
const referred: IncidentAccessTarget = { ...incident, status: 'diteruskan', referredUnitId: 7 };
const actor = (principal: Principal, userId = OTHER) => ({ principal, userId });
const at = new Date('2024-11-20T03:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);

describe('mayAttach', () => {
  it.each([
    ['the reporter who sent it', actor({ role: 'reporter', regionCode: '51.06', unitId: null }, CREATOR), incident, true],
    ['another reporter', actor({ role: 'reporter', regionCode: '51.06', unitId: null }), incident, false],
    ['a coordinator over the region', actor({ role: 'coordinator', regionCode: '51', unitId: null }), incident, true],
    ['a coordinator elsewhere', actor({ role: 'coordinator', regionCode: '52', unitId: null }), incident, false],
    ['an officer in the region', actor({ role: 'officer', regionCode: '51.06', unitId: 3 }), incident, true],
    ['an officer of the receiving unit elsewhere', actor({ role: 'officer', regionCode: '52', unitId: 7 }), referred, true],
    ['an officer of another unit elsewhere', actor({ role: 'officer', regionCode: '52', unitId: 8 }), referred, false],
    ['a viewer over the region', actor({ role: 'viewer', regionCode: '51', unitId: null }), incident, false],
    ['a national admin', actor({ role: 'admin', regionCode: null, unitId: null }), incident, true],
  ] as const)('%s: %s', (_who, who, target, expected) => {
    expect(mayAttach(who, target)).toBe(expected);
  });
});

describe('mayDeleteAttachment', () => {
  const mine = { createdBy: OTHER, createdAt: at };
  const theirs = { createdBy: CREATOR, createdAt: at };
  const officer = actor({ role: 'officer', regionCode: '51.06', unitId: 3 });

  it('lets the one who attached it take it back within the window, not after', () => {
    expect(mayDeleteAttachment(officer, incident, mine, later(ATTACHMENT_DELETE_WINDOW_MS))).toBe(true);
    expect(mayDeleteAttachment(officer, incident, mine, later(ATTACHMENT_DELETE_WINDOW_MS + 1))).toBe(false);
    expect(mayDeleteAttachment(officer, incident, theirs, later(1))).toBe(false);
  });

  it('lets coordinators and admins over the region delete at any time, nobody outside it', () => {
    expect(mayDeleteAttachment(actor({ role: 'coordinator', regionCode: '51', unitId: null }), incident, theirs, later(86_400_000))).toBe(true);
    expect(mayDeleteAttachment(actor({ role: 'admin', regionCode: null, unitId: null }), incident, theirs, later(86_400_000))).toBe(true);
    expect(mayDeleteAttachment(actor({ role: 'coordinator', regionCode: '52', unitId: null }), incident, theirs, later(1))).toBe(false);
  });

  it('a reporter takes back its own file on its own report, never someone else’s', () => {
    const reporter = actor({ role: 'reporter', regionCode: '51.06', unitId: null }, CREATOR);
    expect(mayDeleteAttachment(reporter, incident, theirs, later(60_000))).toBe(true);
    expect(mayDeleteAttachment(reporter, incident, mine, later(60_000))).toBe(false);
  });
});

describe('downloadName', () => {
  it.each([
    ['foto.jpg', 'image/jpeg', 'foto.jpg'],
    ['FOTO.JPEG', 'image/jpeg', 'FOTO.JPEG'],
    ['setup.exe', 'image/jpeg', 'setup.exe.jpg'],
    ['berita acara', 'application/pdf', 'berita acara.pdf'],
    ['peta.png', 'image/webp', 'peta.png.webp'],
  ] as const)('%s as %s → %s', (name, type, expected) => {
    expect(downloadName(name, type)).toBe(expected);
  });
});
