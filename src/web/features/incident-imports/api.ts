import type { ImportDetail, ImportSummary } from '../../../contracts/incident-imports';
import { apiUrl, getJson, sendForm } from '../../api';
import type { Language } from '../../i18n';

export type { ImportDetail, ImportSummary };

export interface ImportRequest {
  file: File;
  keepValid: boolean;
  dryRun: boolean;
}

/** The imports of reports (src/modules/incident-imports/routes.ts). */
export const importsApi = {
  /** The text fields go before the file: the server reads those sent ahead of it. */
  start: (lang: Language, request: ImportRequest) => {
    const form = new FormData();
    form.append('keepValid', String(request.keepValid));
    form.append('dryRun', String(request.dryRun));
    form.append('file', request.file);
    return sendForm<{ id: number; status: string; totalRows: number }>('POST', '/incidents/imports', lang, form);
  },
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<ImportDetail>(`/incidents/imports/${id}`, lang, undefined, signal),
  list: (lang: Language, signal?: AbortSignal) => getJson<{ items: ImportSummary[] }>('/incidents/imports', lang, undefined, signal),
  templateUrl: (kind: 'xlsx' | 'csv') => apiUrl(`/incidents/imports/template.${kind}`),
};
