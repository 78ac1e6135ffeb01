import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type CreateUser, type UpdateUser } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

export const USER_PAGE = 50;

/** What to confirm after a change to an account (rendered in the language current when shown). */
export interface UserNotice {
  kind: 'saved' | 'reset';
  email: string;
}

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

export function useUpdateUser() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUser }) => accountsApi.updateUser(lang, id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: [PRIVATE, 'users'] }),
  });
}

/** Sets another account's password; every session of that account ends on the server. */
export function useResetPassword() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) => accountsApi.resetPassword(lang, id, newPassword),
    onSuccess: () => client.invalidateQueries({ queryKey: [PRIVATE, 'users'] }),
  });
}
