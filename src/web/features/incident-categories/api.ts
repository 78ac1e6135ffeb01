import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { categorySettingSchema, IncidentCategoryView } from '../../../contracts/incident-categories';
import { ApiError, sendJson } from '../../api';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

export type CategorySettingBody = z.input<typeof categorySettingSchema>;
export type { IncidentCategoryView };

/** The catalogue everyone reads (incidents/queries.ts useIncidentCategories) is under this key. */
const CATALOGUE_KEY = [PRIVATE, 'incident-categories'] as const;

/** Saves a category's setting (PUT /incident-categories/:code); the catalogue is read again after. */
export function useSaveCategory() {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: CategorySettingBody }) =>
      sendJson<IncidentCategoryView>('PUT', `/incident-categories/${encodeURIComponent(code)}`, lang, body),
    // Reports show clocks and names from the catalogue: they are read again too.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: CATALOGUE_KEY }), client.invalidateQueries({ queryKey: [PRIVATE, 'incidents'] }), client.invalidateQueries({ queryKey: [PRIVATE, 'incident'] })]),
    // Someone saved it first: the list shows their version, and the editor opened again starts from it.
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'stale_version') void client.invalidateQueries({ queryKey: CATALOGUE_KEY });
    },
  });
}

/** Removes a category's setting (a default as built in again; a desk category gone). */
export function useRemoveCategorySetting() {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, version }: { code: string; version: number }) =>
      sendJson<IncidentCategoryView | null>('DELETE', `/incident-categories/${encodeURIComponent(code)}?version=${version}`, lang),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: CATALOGUE_KEY }), client.invalidateQueries({ queryKey: [PRIVATE, 'incidents'] }), client.invalidateQueries({ queryKey: [PRIVATE, 'incident'] })]),
  });
}
