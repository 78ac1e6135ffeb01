import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api';
import { accountsApi, type CurrentUser, type UpdateProfile } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { offlineAccount, rememberAccount } from '../incidents/offline/deviceMemory';

export const ME_KEY = ['auth', 'me'] as const;
/** Every query holding an account's data starts with this, so that signing out can drop them all. */
export const PRIVATE = 'private';

/** The signed-in account, or null when signed out (the API's 401). */
export function useMe() {
  const { lang } = useLang();
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      try {
        const user = await accountsApi.me(lang, signal);
        rememberAccount(user);
        return user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          rememberAccount(null);
          return null;
        }
        // No connection: open on the account last signed in here, so a report can be written and queued
        // (the server checks the session when the queue is sent).
        const offline = offlineAccount(error, signal);
        if (offline) return offline;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The signed-in account when known; undefined while loading or signed out. */
export function useCurrentUser(): CurrentUser | undefined {
  return useMe().data ?? undefined;
}

function switchAccount(client: QueryClient, user: CurrentUser | null) {
  client.removeQueries({ queryKey: [PRIVATE] });
  client.setQueryData(ME_KEY, user);
  rememberAccount(user);
}

export function useLogin() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => accountsApi.login(lang, email, password),
    onSuccess: (user) => switchAccount(client, user),
  });
}

/**
 * After signing out, the app starts afresh at /login: a full page load drops every cached answer of
 * the account at once, and no guarded page is left to send the next person to /login?next=….
 */
function signedOut(ended?: number): void {
  rememberAccount(null);
  window.location.assign(ended === undefined ? '/login' : `/login?ended=${ended}`);
}

export function useLogout() {
  const { lang } = useLang();
  return useMutation({
    mutationFn: () => accountsApi.logout(lang),
    onSettled: () => signedOut(),
  });
}

export function useLogoutEverywhere() {
  const { lang } = useLang();
  return useMutation({
    mutationFn: () => accountsApi.logoutEverywhere(lang),
    onSuccess: ({ ended }) => signedOut(ended),
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (changes: UpdateProfile) => accountsApi.updateMe(lang, changes),
    onSuccess: (user) => client.setQueryData(ME_KEY, user),
  });
}

export function useChangePassword() {
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ current, next }: { current: string; next: string }) => accountsApi.changePassword(lang, current, next),
  });
}

/** "/login?next=/admin/users": where to sign in, coming back here afterwards. */
export function loginPath(next: string): string {
  return next.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/** A same-site path to return to after signing in; anything else (//evil, https:…) goes home. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
