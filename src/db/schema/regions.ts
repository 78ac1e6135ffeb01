import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/**
 * The gazetteer: every province, kabupaten/kota, kecamatan and desa/kelurahan by Kemendagri code.
 * Ancestor codes are stored on each row so that a subtree is one indexed equality, not a LIKE.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    /** 1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
    level: smallint('level').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** normaliseName() of the name without its kind word: what search compares against. */
    searchName: text('search_name').notNull(),
    provinceCode: text('province_code').notNull(),
    regencyCode: text('regency_code'),
    districtCode: text('district_code'),
    timeZone: text('time_zone').notNull(),
    /** Which code set the row comes from, e.g. "idn-area-data@4.0.1". */
    source: text('source').notNull(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_province_level_idx').on(t.provinceCode, t.level),
    index('regions_regency_level_idx').on(t.regencyCode, t.level),
    index('regions_district_idx').on(t.districtCode),
    // The provinces, or every province and kabupaten/kota (maps, rankings, roll-ups), without reading 90k villages.
    index('regions_upper_levels_idx').on(t.level, t.code).where(sql`${t.level} <= 2`),
    index('regions_search_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    // Serves prefix matching for queries too short for trigrams ("ba…").
    index('regions_search_prefix_idx').using('btree', sql`${t.searchName} text_pattern_ops`),
    check('regions_level_check', sql`${t.level} between 1 and 4`),
    check('regions_time_zone_check', sql`${t.timeZone} in ('WIB', 'WITA', 'WIT')`),
  ],
);
