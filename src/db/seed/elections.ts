import { SHIPPED_ELECTIONS } from '../../domain/elections/catalogue.js';
import { pilkadaOffice } from '../../domain/elections/contests.js';
import type { ElectionDefinition } from '../../domain/elections/types.js';
import type { RegionKind } from '../../domain/regions/codes.js';
import type { Database, RawClient } from '../client.js';
import type { LoadResult } from './gazetteer.js';

/**
 * Loads the shipped election cycles, their stages and, for regional-head cycles, one contest per
 * province or kabupaten/kota that elects its head. Upserts throughout: running it again changes
 * nothing, and corrected stage dates in a new release replace the old ones.
 */
export async function loadElections(database: Database): Promise<LoadResult> {
  return database.transactionRaw(async (client) => {
    let rows = 0;
    for (const election of SHIPPED_ELECTIONS) {
      rows += await upsertElection(client, election);
    }
    await client.query('analyze elections, election_stages, contests');
    return { dataset: 'elections', version: SHIPPED_ELECTIONS.map((e) => e.id).join('+'), rows, skipped: false };
  });
}

async function upsertElection(client: RawClient, election: ElectionDefinition): Promise<number> {
  await client.query(
    `insert into elections (id, regime, name_id, name_en, voting_date, legal_basis) values ($1, $2, $3, $4, $5, $6)
     on conflict (id) do update set regime = excluded.regime, name_id = excluded.name_id, name_en = excluded.name_en,
       voting_date = excluded.voting_date, legal_basis = excluded.legal_basis`,
    [election.id, election.regime, election.nameId, election.nameEn, election.votingDate, election.legalBasis],
  );
  for (const [position, stage] of election.stages.entries()) {
    await client.query(
      `insert into election_stages (election_id, position, code, name_id, name_en, starts_on, ends_on, legal_basis, is_voting_day)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (election_id, code) do update set position = excluded.position, name_id = excluded.name_id,
         name_en = excluded.name_en, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
         legal_basis = excluded.legal_basis, is_voting_day = excluded.is_voting_day`,
      [election.id, position + 1, stage.code, stage.nameId, stage.nameEn, stage.startsOn, stage.endsOn, stage.legalBasis, stage.isVotingDay ?? false],
    );
  }
  if (election.contestScope !== 'every-elected-head') return election.stages.length;
  const heads = await client.query<{ code: string; kind: RegionKind }>('select code, kind from regions where level <= 2 order by code');
  const contests = heads.flatMap(({ code, kind }) => {
    const office = pilkadaOffice(code, kind);
    return office ? [{ code, office }] : [];
  });
  await client.query(
    `insert into contests (election_id, region_code, office)
     select $1, c.code, c.office from unnest($2::text[], $3::text[]) as c(code, office)
     on conflict (election_id, region_code, office) do nothing`,
    [election.id, contests.map((c) => c.code), contests.map((c) => c.office)],
  );
  return election.stages.length + contests.length;
}
