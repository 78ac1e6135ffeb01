/**
 * The stored rows that the examples of test/hostile/endpoints.ts name (HOSTILE_FIXTURES), created
 * with exactly their ids before the first case.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { hashPassword, hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import type { Services } from '../../src/services.js';
import { HOSTILE_FIXTURES } from './endpoints.js';

/**
 * A unit and a person in it, an API token of `ownerId`, and a viewer account that signs in once (so
 * that the audit trail holds a row with the viewer as its actor, which the audit examples filter on).
 */
export async function createFixtures(db: Db, services: Services, ownerId: string): Promise<void> {
  const { unit, person, token, viewer } = HOSTILE_FIXTURES;
  await db.execute(sql`
    insert into units (id, agency_code, region_code, name) values (${unit.id}, ${unit.agencyCode}, ${unit.regionCode}, ${unit.name})`);
  await db.execute(sql`
    insert into people (id, full_name, position, unit_id, phone, email)
    values (${person.id}, ${person.fullName}, ${person.position}, ${unit.id}, ${person.phone}, ${person.email})`);
  await db.execute(sql`
    insert into api_tokens (id, name, token_hash, user_id, role, scope_region_code, unit_id, created_at, expires_at)
    values (${token.id}, ${token.name}, ${hashSecret(newSecret('sng'))}, ${ownerId}, 'viewer', ${unit.regionCode}, null,
            '2024-01-01T00:00:00Z', '2100-01-01T00:00:00Z')`);
  await db.execute(sql`
    insert into users (id, email, display_name, password_hash, role, scope_region_code, unit_id, language)
    values (${viewer.id}, ${viewer.email}, ${viewer.displayName}, ${await hashPassword(viewer.password)}, 'viewer', ${viewer.scopeRegionCode}, null, 'id')`);
  await services.auth.login(viewer.email, viewer.password, { ip: null, client: 'hostile suite' });
}
