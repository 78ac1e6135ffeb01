import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkResult, BulkTransitionRequest, IncidentSource, SimilarList } from '../../../contracts/incident-duplicates';
import { getJson, sendJson } from '../../api';
import { useLang } from '../../shell/useLang';
import { INCIDENT_KEYS } from '../incidents/queries';

export type { BulkResult, BulkTransitionRequest, IncidentSource, SimilarList };
export type SimilarCandidate = SimilarList['items'][number];
export type SimilarReason = SimilarCandidate['reasons'][number];
export type BulkOutcome = BulkResult['results'][number];

export const duplicatesApi = {
  similar: (lang: Parameters<typeof getJson>[1], id: number, signal?: AbortSignal) => getJson<SimilarList>(`/incidents/${id}/similar`, lang, undefined, signal),
  bulk: (lang: Parameters<typeof getJson>[1], input: BulkTransitionRequest) => sendJson<BulkResult>('POST', '/incidents/bulk-transitions', lang, input),
};

/** Possible duplicates of report `id`, with the API's defaults (same kecamatan and category, ±48 h). */
export function useSimilarIncidents(id: number, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    // Under the incident detail's key, so that every move of a report refreshes the suggestions too.
    queryKey: [...INCIDENT_KEYS[1], lang, id, 'similar'],
    queryFn: ({ signal }) => duplicatesApi.similar(lang, id, signal),
    staleTime: 10_000,
    enabled: enabled && Number.isInteger(id) && id > 0,
  });
}

/** Bulk triage; afterwards every incident answer (list, detail, suggestions) is read again. */
export function useBulkTransition() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: BulkTransitionRequest) => duplicatesApi.bulk(lang, input),
    onSuccess: () => Promise.all(INCIDENT_KEYS.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

