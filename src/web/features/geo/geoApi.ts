import type { ImportedOutline, OutlineImportReport } from '../../../contracts/geo';
import { getJson, sendForm, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { ImportedOutline, OutlineImportReport } from '../../../contracts/geo';

export interface OutlineImportOptions {
  dryRun: boolean;
  keepValid: boolean;
  /** The feature property holding the Kemendagri code, when the file uses a name the server does not try by itself. */
  codeProperty?: string;
}

export const geoApi = {
  imported: (lang: Language, signal?: AbortSignal) => getJson<{ items: ImportedOutline[] }>('/geo/outline-imports', lang, undefined, signal),
  importOutlines: (lang: Language, file: File, options: OutlineImportOptions) => {
    const form = new FormData();
    form.append('file', file);
    const params = new URLSearchParams({ dryRun: String(options.dryRun), keepValid: String(options.keepValid), lang });
    if (options.codeProperty) params.set('codeProperty', options.codeProperty);
    return sendForm<OutlineImportReport>('POST', `/geo/outline-imports?${params}`, lang, form);
  },
  remove: (lang: Language, code: string) => sendJson<null>('DELETE', `/geo/outline-imports/${encodeURIComponent(code)}`, lang),
};
