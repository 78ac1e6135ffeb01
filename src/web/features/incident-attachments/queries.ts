import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { attachmentsApi } from './api';

/**
 * Under the incident detail's key prefix ([private, incident]): the live feed's incident.changed,
 * which every attachment change announces, reloads the list on every open screen.
 */
export const ATTACHMENT_KEY = [PRIVATE, 'incident', 'attachments'] as const;

export function useIncidentAttachments(incidentId: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...ATTACHMENT_KEY, lang, incidentId],
    queryFn: ({ signal }) => attachmentsApi.list(lang, incidentId, signal),
    staleTime: 5_000,
    enabled: Number.isInteger(incidentId) && incidentId > 0,
  });
}

export function useDeleteAttachment(incidentId: number) {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) => attachmentsApi.remove(lang, incidentId, attachmentId),
    onSettled: () => client.invalidateQueries({ queryKey: ATTACHMENT_KEY }),
  });
}
