import type { TFunction } from 'i18next';

/** Actions the trail holds today, with translated labels; others show their code. */
const ACTIONS = [
  'auth_login', 'auth_logout', 'auth_logout_everywhere', 'user_create', 'user_update', 'user_update_profile', 'user_change_password',
  'user_password_reset', 'unit_create', 'unit_update', 'unit_import', 'api_token_create', 'api_token_revoke',
] as const;
type ActionKey = (typeof ACTIONS)[number];

/** Entity types offered by the filter (no endpoint lists them yet). */
export const ENTITY_TYPES = ['user', 'unit', 'api_token', 'session'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

const FIELDS = [
  'email', 'displayName', 'role', 'scopeRegionCode', 'unitId', 'password', 'language', 'name', 'agencyCode', 'regionCode',
  'expiresAt', 'revokedAt', 'disabled', 'sessionsEnded',
] as const;
type Field = (typeof FIELDS)[number];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function actionLabel(t: TFunction, action: string): string {
  const key = action.replaceAll('.', '_');
  return isOneOf<ActionKey>(ACTIONS, key) ? t(`audit.action.${key}`) : action;
}

export function entityLabel(t: TFunction, type: string): string {
  return isOneOf<EntityType>(ENTITY_TYPES, type) ? t(`audit.entity.${type}`) : type;
}

export function fieldLabel(t: TFunction, field: string): string {
  return isOneOf<Field>(FIELDS, field) ? t(`audit.field.${field}`) : field;
}

export type Change = [field: string, before: unknown, after: unknown];

/** The `changes` JSON as [field, before, after] rows; anything not of that shape is skipped. */
export function changeRows(changes: unknown): Change[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes).flatMap(([field, pair]): Change[] =>
    Array.isArray(pair) && pair.length === 2 ? [[field, pair[0], pair[1]]] : [],
  );
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day from the filter as the instant its local midnight starts; `plusDays` 1 for an exclusive end. */
export function dayStart(day: string, plusDays = 0): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
