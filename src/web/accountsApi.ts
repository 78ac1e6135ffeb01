import type { z } from 'zod';
import type { Agency, CreateUnit, CreateUser, Unit, UpdateUnit, UpdateUser, User } from '../contracts/accounts';
import type { auditItemSchema } from '../contracts/audit';
import type { CurrentUser, UpdateProfile } from '../contracts/auth';
import type { ApiToken, CreateToken } from '../contracts/tokens';
import { getJson, sendJson, type Params } from './api';
import type { Language } from './i18n';

export type { Agency, CreateUnit, CreateUser, Unit, UpdateUnit, UpdateUser, User } from '../contracts/accounts';
export type { CurrentUser, UpdateProfile } from '../contracts/auth';
export type { ApiToken, CreateToken } from '../contracts/tokens';

export type Role = CurrentUser['role'];
export type AuditEntry = z.infer<typeof auditItemSchema>;
export type CreatedToken = ApiToken & { token: string };

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AuditFilters {
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface Paging {
  limit: number;
  offset: number;
}

/** Sign-in, profile, accounts, units, API tokens and the audit trail (all need the session cookie). */
export const accountsApi = {
  me: (lang: Language, signal?: AbortSignal) => getJson<CurrentUser>('/auth/me', lang, undefined, signal),
  login: (lang: Language, email: string, password: string) => sendJson<CurrentUser>('POST', '/auth/login', lang, { email, password }),
  logout: (lang: Language) => sendJson<void>('POST', '/auth/logout', lang),
  logoutEverywhere: (lang: Language) => sendJson<{ ended: number }>('POST', '/auth/logout-everywhere', lang),
  updateMe: (lang: Language, changes: UpdateProfile) => sendJson<CurrentUser>('PATCH', '/auth/me', lang, changes),
  changePassword: (lang: Language, currentPassword: string, newPassword: string) =>
    sendJson<void>('POST', '/auth/password', lang, { currentPassword, newPassword }),

  units: (lang: Language, query: Paging & { region?: string; agency?: string }, signal?: AbortSignal) =>
    getJson<Page<Unit>>('/units', lang, { ...query }, signal),
  unit: (lang: Language, id: number, signal?: AbortSignal) => getJson<Unit>(`/units/${id}`, lang, undefined, signal),
  createUnit: (lang: Language, unit: CreateUnit) => sendJson<Unit>('POST', '/units', lang, unit),
  updateUnit: (lang: Language, id: number, changes: UpdateUnit) => sendJson<Unit>('PATCH', `/units/${id}`, lang, changes),
  agencies: (lang: Language, signal?: AbortSignal) => getJson<{ items: Agency[] }>('/agencies', lang, undefined, signal),

  users: (lang: Language, paging: Paging, signal?: AbortSignal) => getJson<Page<User>>('/users', lang, { ...paging }, signal),
  createUser: (lang: Language, user: CreateUser) => sendJson<User>('POST', '/users', lang, user),
  updateUser: (lang: Language, id: string, changes: UpdateUser) =>
    sendJson<User>('PATCH', `/users/${encodeURIComponent(id)}`, lang, changes),
  /** Sets someone else's password; the server ends every session of that account. */
  resetPassword: (lang: Language, id: string, newPassword: string) =>
    sendJson<void>('POST', `/users/${encodeURIComponent(id)}/password`, lang, { newPassword }),

  tokens: (lang: Language, signal?: AbortSignal) => getJson<{ items: ApiToken[] }>('/tokens', lang, undefined, signal),
  createToken: (lang: Language, token: CreateToken) => sendJson<CreatedToken>('POST', '/tokens', lang, token),
  revokeToken: (lang: Language, id: number) => sendJson<void>('DELETE', `/tokens/${id}`, lang),

  audit: (lang: Language, filters: AuditFilters & Paging, signal?: AbortSignal) =>
    getJson<Page<AuditEntry>>('/audit', lang, { ...filters } satisfies Params, signal),
};
