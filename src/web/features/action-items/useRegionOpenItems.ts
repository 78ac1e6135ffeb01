import { useQuery } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { actionItemsApi } from './api';
import { mergeOpenLists, OPEN_STATUSES, REGION_OPEN_SHOWN } from './regionOpenItems';

/**
 * The first few open and in-progress action items whose owner unit works in the region, in board order,
 * with their total. The key starts like the board's, so a status moved anywhere in the app marks it stale.
 */
export function useRegionOpenItems(regionCode: string) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'action-items', lang, 'region-open', regionCode],
    queryFn: async ({ signal }) => {
      // The API filters one status at a time: one small page of each, merged as one list would be.
      const lists = await Promise.all(OPEN_STATUSES.map((status) =>
        actionItemsApi.list(lang, { mine: 'region', region: regionCode, status, limit: REGION_OPEN_SHOWN }, signal)));
      return mergeOpenLists(lists, REGION_OPEN_SHOWN);
    },
    staleTime: 15_000,
    enabled: regionCode !== '',
  });
}
