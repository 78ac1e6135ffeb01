import type { Invitation } from './api';

export type Show = 'all' | 'absent' | 'present';
export const SHOWS: readonly Show[] = ['all', 'absent', 'present'];

export function isShow(value: string): value is Show {
  return (SHOWS as readonly string[]).includes(value);
}

/** Lower case without accents or punctuation runs, so "kpu bangli" finds "KPU Kab. Bangli". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What a row is searched by: unit, agency, person and whoever came in their place. */
function haystack(invitation: Invitation): string {
  return fold([invitation.unitName, invitation.agencyCode, invitation.personName, invitation.representative].filter(Boolean).join(' '));
}

/** The invitations whose text holds every typed word, narrowed to those present or not yet. */
export function filterInvitations(invitations: readonly Invitation[], query: string, show: Show): Invitation[] {
  const words = fold(query).split(' ').filter(Boolean);
  return invitations.filter((invitation) => {
    if (show === 'present' && invitation.attendedAt === null) return false;
    if (show === 'absent' && invitation.attendedAt !== null) return false;
    if (words.length === 0) return true;
    const text = haystack(invitation);
    return words.every((word) => text.includes(word));
  });
}

/** The name a row is known by: the unit, else the person. */
export function inviteeName(invitation: Invitation): string {
  return invitation.unitName ?? invitation.personName ?? `#${invitation.id}`;
}
