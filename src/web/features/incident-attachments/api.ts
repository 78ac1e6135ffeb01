import type { IncidentAttachment, IncidentAttachmentList, IncidentAttachmentUpload } from '../../../contracts/incident-attachments';
import { ApiError, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { IncidentAttachment, IncidentAttachmentList, IncidentAttachmentUpload };

const base = (incidentId: number) => `/incidents/${incidentId}/attachments`;

/** Where a browser downloads (or an <img> shows) an attachment: same origin, with the session cookie. */
export const attachmentUrl = (incidentId: number, attachmentId: number) => `/api/v1${base(incidentId)}/${attachmentId}`;

/**
 * Uploads one file with XMLHttpRequest rather than fetch: fetch reports no upload progress, and a
 * phone on a slow line needs to see a photo going up. The server's translated error comes back as ApiError.
 */
function upload(lang: Language, incidentId: number, file: File, onProgress: (fraction: number) => void): Promise<IncidentAttachmentUpload> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1${base(incidentId)}`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', lang);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError('network', 0, 'network'));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) return resolve(body as IncidentAttachmentUpload);
      const error = body as { code?: unknown; message?: unknown } | undefined;
      if (error && typeof error.code === 'string' && typeof error.message === 'string') return reject(new ApiError(error.message, request.status, error.code));
      reject(new ApiError(`HTTP ${request.status}`, request.status, 'http'));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

export const attachmentsApi = {
  list: (lang: Language, incidentId: number, signal?: AbortSignal) => getJson<IncidentAttachmentList>(base(incidentId), lang, undefined, signal),
  upload,
  remove: (lang: Language, incidentId: number, attachmentId: number) => sendJson<void>('DELETE', `${base(incidentId)}/${attachmentId}`, lang),
};
