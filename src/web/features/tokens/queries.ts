import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi, type CreateToken } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';

const TOKENS = [PRIVATE, 'tokens'] as const;

export function useTokens() {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...TOKENS, lang],
    queryFn: ({ signal }) => accountsApi.tokens(lang, signal),
    staleTime: 10_000,
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (token: CreateToken) => accountsApi.createToken(lang, token),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (id: number) => accountsApi.revokeToken(lang, id),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS }),
  });
}
