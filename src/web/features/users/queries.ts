import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type CreateUser } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

export const USER_PAGE = 50;

export function useUsers(page: number, pageSize = USER_PAGE) {
  const { lang } = useLang();
  const paging = { limit: pageSize, offset: (page - 1) * pageSize };
  return useQuery({
    queryKey: [PRIVATE, 'users', lang, paging],
    queryFn: ({ signal }) => accountsApi.users(lang, paging, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (user: CreateUser) => accountsApi.createUser(lang, user),
    onSuccess: () => client.invalidateQueries({ queryKey: [PRIVATE, 'users'] }),
  });
}
