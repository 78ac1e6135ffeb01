import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NeutralityCaseAnswer, NeutralityCaseInput } from '../../../contracts/neutrality';
import { NEUTRALITY_OUTCOMES, type NeutralityOutcome } from '../../../domain/neutrality/vocabulary';
import { getJson, sendJson } from '../../api';
import { useLang } from '../../shell/useLang';

export type { NeutralityCaseAnswer, NeutralityCaseInput, NeutralityOutcome };
export { NEUTRALITY_OUTCOMES };

const key = (id: number) => ['incident-neutrality', id] as const;

/** The ASN case of a neutrality report (null while none is recorded) and whether the reader may record it. */
export function useNeutralityCase(incidentId: number, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...key(incidentId), lang],
    queryFn: ({ signal }) => getJson<NeutralityCaseAnswer>(`/incidents/${incidentId}/neutrality`, lang, undefined, signal),
    enabled,
  });
}

export function useSaveNeutralityCase(incidentId: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: Partial<NeutralityCaseInput>) => sendJson<NeutralityCaseAnswer>('PUT', `/incidents/${incidentId}/neutrality`, lang, input),
    onSuccess: () => client.invalidateQueries({ queryKey: key(incidentId) }),
  });
}
