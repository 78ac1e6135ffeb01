import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { regions } from './regions.js';

/** Institutions (KPU, BAWASLU, POLRI, …) with both names and the names they had before. */
export const agencies = pgTable('agencies', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  /** Other names and codes people use (KOMDIGI for KOMINFO, KIP for KPU in Aceh, …). */
  aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  /** Where its duties went when it was dissolved or renamed (KASN → BKN). */
  successorCode: text('successor_code'),
});

/** An agency at a region: "Bawaslu Kabupaten Bangli" is BAWASLU @ 51.06. */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    agencyCode: text('agency_code').notNull().references(() => agencies.code),
    regionCode: text('region_code').notNull().references(() => regions.code),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('units_agency_region_name_unique').on(t.agencyCode, t.regionCode, t.name), index('units_region_idx').on(t.regionCode)],
);

/** A person the desk deals with; not necessarily a user of Sinergi. */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name').notNull(),
    position: text('position'),
    unitId: integer('unit_id').references(() => units.id),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('people_unit_idx').on(t.unitId)],
);

/**
 * An account. Its scope is a region subtree (null = the whole country) and, for officers, a unit.
 * Email is stored lower-cased so that uniqueness ignores case.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    scopeRegionCode: text('scope_region_code').references(() => regions.code),
    unitId: integer('unit_id').references(() => units.id),
    language: text('language').notNull().default('id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    // The roles of src/domain/access/rules.ts.
    check('users_role_check', sql`${t.role} in ('admin', 'coordinator', 'officer', 'viewer', 'reporter')`),
    check('users_language_check', sql`${t.language} in ('id', 'en')`),
    check('users_officer_unit_check', sql`${t.role} <> 'officer' or ${t.unitId} is not null`),
  ],
);

/** A login session; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A token for an integration (SMS gateway, scripts): shown once, stored hashed, scoped like a user. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Whose rights it carries; it never has more than its owner. */
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    scopeRegionCode: text('scope_region_code').references(() => regions.code),
    unitId: integer('unit_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** Fixed-window counters kept in the database, so that every server process counts the same. */
export const rateCounters = pgTable(
  'rate_counters',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
