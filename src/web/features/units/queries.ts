import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type CreateUnit } from '../../accountsApi';
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

export function useCreateUnit() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (unit: CreateUnit) => accountsApi.createUnit(lang, unit),
    onSuccess: () => client.invalidateQueries({ queryKey: [PRIVATE, 'units'] }),
  });
}
