import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type Agency, type CreateUnit, type UpdateUnit } from '../../accountsApi';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

export const UNIT_PAGE = 50;

export function useUnits(query: { region?: string; agency?: string; page?: number; pageSize?: number }, enabled = true) {
  const { lang } = useLang();
  const pageSize = query.pageSize ?? UNIT_PAGE;
  const paging = { limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize };
  return useQuery({
    queryKey: [PRIVATE, 'units', lang, query.region ?? null, query.agency ?? null, paging],
    queryFn: ({ signal }) => accountsApi.units(lang, { region: query.region, agency: query.agency, ...paging }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useUnit(id: number | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'unit', lang, id],
    queryFn: ({ signal }) => accountsApi.unit(lang, id ?? 0, signal),
    enabled: id !== null,
  });
}

/**
 * The agency catalogue (GET /agencies). It changes with a release, not during a session, so it is
 * fetched once per sign-in; the answer holds both languages, so switching language does not refetch.
 */
export function useAgencies() {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'agencies'],
    queryFn: ({ signal }) => accountsApi.agencies(lang, signal),
    select: (data) => data.items,
    staleTime: 24 * 60 * 60_000,
    gcTime: Infinity,
  });
}

/** An agency's name in the UI language. */
export function agencyName(agency: Agency, lang: Language): string {
  return lang === 'en' ? agency.nameEn : agency.nameId;
}

export function useCreateUnit() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (unit: CreateUnit) => accountsApi.createUnit(lang, unit),
    onSuccess: () => client.invalidateQueries({ queryKey: [PRIVATE, 'units'] }),
  });
}

export function useUpdateUnit() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateUnit }) => accountsApi.updateUnit(lang, id, changes),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: [PRIVATE, 'units'] }),
        client.invalidateQueries({ queryKey: [PRIVATE, 'unit'] }),
      ]);
    },
  });
}
