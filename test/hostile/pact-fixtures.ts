/**
 * The integrity-pact rows the hostile suite's pact entries name (test/hostile/pact-endpoints.ts),
 * created with exactly these ids before the first case and put back after the cases that change them:
 * in the shared campaign at Bangli (HOSTILE_FIXTURES.pactCampaign), a target holding a known link token, a target waiting for review with a
 * submission and its PDF, a spare target and a spare campaign that the delete examples remove.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { hashSecret } from '../../src/modules/auth/secrets.js';
import { TINY_PDF } from './payloads.js';
import { HOSTILE_FIXTURES } from './spec.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
export const PACT_FIXTURES = {
  /** The shared campaign of HOSTILE_FIXTURES (created in fixtures.ts); its own target (pactTarget) stays as it is. */
  campaign: HOSTILE_FIXTURES.pactCampaign,
  doomedCampaign: { id: 900_002, title: 'Kampanye keliru (hostile suite)' },
  /** Open for a submission through its link: the token below, live until 2100. */
  target: { id: 900_011, name: 'Dinas Kominfo Bangli (hostile suite)', token: 'hostileSuitePactToken0123456789abcdefghijkl' },
  /** Waiting for review (terkirim) with one submission and its PDF. */
  reviewTarget: { id: 900_012, name: 'Dinas Kesehatan Bangli (hostile suite)', submissionId: 900_001, fileId: 900_101 },
  doomedTarget: { id: 900_013, name: 'Sasaran keliru (hostile suite)' },
} as const;
const { campaign, doomedCampaign, target, reviewTarget, doomedTarget } = PACT_FIXTURES;

function resetCampaign(id: number, title: string): SQL {
  return sql`
    insert into pact_campaigns (id, title, legal_basis, election_id, region_code, deadline, notes, created_at, updated_at, version)
    values (${id}, ${title}, '', null, ${campaign.regionCode}, ${campaign.deadline}, '', ${FIXED_AT}, ${FIXED_AT}, 1)
    on conflict (id) do update set title = excluded.title, legal_basis = excluded.legal_basis, election_id = null, deadline = excluded.deadline,
      requires_document = true, requires_video = false, requires_signer = true, requires_signed_on = true, notes = '', updated_at = excluded.updated_at, version = 1
    where pact_campaigns.version <> 1 or pact_campaigns.updated_at <> excluded.updated_at`;
}

/** A target of the campaign as created; `open`: belum, with the fixture link; else as given. */
function resetTarget(id: number, name: string, state: 'belum' | 'terkirim', tokenHash: string | null, submittedAt: string | null): SQL {
  return sql`
    insert into pact_targets (id, campaign_id, name, kind, region_code, state, submitted_at, token_hash, token_expires_at, created_at, version)
    values (${id}, ${campaign.id}, ${name}, 'perangkat_daerah', ${campaign.regionCode}, ${state}, ${submittedAt}, ${tokenHash},
      ${tokenHash ? '2100-01-01T00:00:00Z' : null}, ${FIXED_AT}, 1)
    on conflict (id) do update set name = excluded.name, kind = excluded.kind, region_code = excluded.region_code, unit_id = null, contact_name = null,
      contact_email = null, contact_phone = null, state = excluded.state, submitted_at = excluded.submitted_at, reviewed_by = null, reviewed_at = null,
      reject_reason = null, token_hash = excluded.token_hash, token_expires_at = excluded.token_expires_at, token_used_at = null, version = 1
    where pact_targets.version <> 1 or pact_targets.state <> excluded.state or pact_targets.token_hash is distinct from excluded.token_hash`;
}

/** The open target, and nothing it was sent by a case: the submissions (and their files) go. */
function resetOpenTarget(): SQL {
  return sql`
    with gone as (delete from pact_submissions where target_id = ${target.id} returning document_file_id),
    files_gone as (delete from files where id in (select document_file_id from gone where document_file_id is not null)),
    target_back as (${resetTarget(target.id, target.name, 'belum', hashSecret(target.token), null)})
    select 1`;
}

function resetReviewTarget(): SQL {
  return resetTarget(reviewTarget.id, reviewTarget.name, 'terkirim', null, '2024-09-20T02:00:00.000Z');
}

export async function createPactFixtures(db: Db): Promise<void> {
  await db.execute(resetCampaign(doomedCampaign.id, doomedCampaign.title));
  await db.execute(resetOpenTarget());
  await db.execute(resetReviewTarget());
  await db.execute(resetTarget(doomedTarget.id, doomedTarget.name, 'belum', null, null));
  const pdf = Buffer.from(TINY_PDF);
  await db.execute(sql`
    insert into files (id, sha256, media_type, size, name, content, region_code, created_by, created_at)
    values (${reviewTarget.fileId}, ${createHash('sha256').update(pdf).digest('hex')}, 'application/pdf', ${pdf.length}, 'pakta.pdf', ${pdf}, ${campaign.regionCode}, null, ${FIXED_AT})`);
  await db.execute(sql`
    insert into pact_submissions (id, target_id, channel, submitted_at, signer_name, signer_nip, signer_position, signed_on, document_file_id)
    values (${reviewTarget.submissionId}, ${reviewTarget.id}, 'link', '2024-09-20T02:00:00Z', 'I Wayan Hostile', '198701012010011001', 'Kepala Dinas', '2024-09-19', ${reviewTarget.fileId})`);
  // Rows the cases add get ids far above any a hostile path value spells ("0007", "1e3"): a delete never meets one by accident.
  for (const table of ['pact_campaigns', 'pact_targets', 'pact_submissions']) {
    await db.execute(sql`select setval(pg_get_serial_sequence(${table}, 'id'), 1000000)`);
  }
}

export const PACT_RESTORE = {
  pactCampaign: () => resetCampaign(campaign.id, campaign.title),
  pactDoomedCampaign: () => resetCampaign(doomedCampaign.id, doomedCampaign.title),
  pactTarget: resetOpenTarget,
  pactReviewTarget: resetReviewTarget,
  pactDoomedTarget: () => resetTarget(doomedTarget.id, doomedTarget.name, 'belum', null, null),
  /** The shared target (HOSTILE_FIXTURES.pactTarget) without the link a bulk issue gave it. */
  pactSharedTargetLink: () => sql`
    update pact_targets set token_hash = null, token_expires_at = null, token_used_at = null, version = 1
    where id = ${HOSTILE_FIXTURES.pactTarget.id} and token_hash is not null`,
} as const;
export type PactRestore = keyof typeof PACT_RESTORE;
