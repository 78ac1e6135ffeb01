import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { accountsApi, type AuditFilters } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

export const AUDIT_PAGE = 50;

export function useAudit(filters: AuditFilters, page: number) {
  const { lang } = useLang();
  const paging = { limit: AUDIT_PAGE, offset: (page - 1) * AUDIT_PAGE };
  return useQuery({
    queryKey: [PRIVATE, 'audit', lang, filters, paging],
    queryFn: ({ signal }) => accountsApi.audit(lang, { ...filters, ...paging }, signal),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}
