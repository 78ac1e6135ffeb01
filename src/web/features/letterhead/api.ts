import type { Letterhead, UpdateLetterhead } from '../../../contracts/letterheads';
import { apiUrl, getJson, sendForm, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { Letterhead, UpdateLetterhead } from '../../../contracts/letterheads';

/** A unit's kop surat: its lines and address, and its logo (uploaded on its own). */
export const letterheadApi = {
  get: (lang: Language, unitId: number, signal?: AbortSignal) => getJson<Letterhead>(`/units/${unitId}/letterhead`, lang, undefined, signal),
  update: (lang: Language, unitId: number, letterhead: UpdateLetterhead) => sendJson<Letterhead>('PUT', `/units/${unitId}/letterhead`, lang, letterhead),
  uploadLogo: (lang: Language, unitId: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return sendForm<Letterhead>('PUT', `/units/${unitId}/letterhead/logo`, lang, form);
  },
  /** The logo's address; `version` (the letterhead's updatedAt) makes every change a new address. */
  logoUrl: (unitId: number, version: string | null) => apiUrl(`/units/${unitId}/letterhead/logo`, { v: version ?? undefined }),
};
