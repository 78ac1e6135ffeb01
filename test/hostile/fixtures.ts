/**
 * The stored rows that the examples of test/hostile/endpoints.ts name (HOSTILE_FIXTURES), created
 * with exactly their ids before the first case, and put back after the cases that change them.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { hashPassword, hashSecret, newSecret } from '../../src/modules/auth/secrets.js';
import type { Services } from '../../src/services.js';
import { DEFAULT_IKP_META, DEFAULT_IKP_MODEL } from '../../src/domain/vulnerability/default-model.js';
import { TINY_JPEG, TINY_PDF, TINY_PNG } from './payloads.js';
import { HOSTILE_FIXTURES, type DeletablePart, type FixtureRestore } from './spec.js';
import { ALERT_RESTORE, createAlertFixtures } from './alert-fixtures.js';
import { POLITICAL_REPORT_RESTORE, createPoliticalReportFixtures } from './political-report-fixtures.js';
import { NOTIFICATION_RESTORE, createNotificationFixtures } from './notification-fixtures.js';
import { PACT_RESTORE, createPactFixtures } from './pact-fixtures.js';
import { MEDIA_FEED_RESTORE, createMediaFeedFixtures } from './media-feed-fixtures.js';
import { MEDIA_RESTORE, createMediaFixtures } from './media-fixtures.js';
import { createSitrepFixtures } from './sitrep-fixtures.js';

const { unit, person, token, viewer, meeting, earlierMeeting, part, signatory, actionItem, earlierActionItem, evidenceFile, logoFile, vulnerabilityModel, readinessTemplate, readinessAssessment, importedOutline, incident, neutralityIncident, pactCampaign, pactTarget, triage, incidentAttachment, incidentCategory } = HOSTILE_FIXTURES;
/** The instant every meeting fixture row was created and last changed at. */
const FIXED_AT = '2024-09-01T00:00:00.000Z';

/**
 * A unit and a person in it, an API token of `ownerId`, and a viewer account that signs in once (so
 * that the audit trail holds a row with the viewer as its actor, which the audit examples filter on);
 * then the meetings and everything in them (see HOSTILE_FIXTURES).
 */
export async function createFixtures(db: Db, services: Services, ownerId: string): Promise<void> {
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
  await createMeetingFixtures(db);
  await db.execute(resetVulnerabilityModel());
  await db.execute(resetImportedOutline());
  await createReadinessFixtures(db);
  await db.execute(sql`
    insert into incidents (id, reference, category, regime, description, occurred_at, known_at, region_code, severity, channel, reporter_name,
      reporter_contact, created_at, updated_at)
    values (${incident.id}, ${incident.reference}, 'politik_uang', 'pilkada', ${incident.description}, '2024-11-19T12:00:00Z', '2024-11-20T03:00:00Z',
      ${incident.regionCode}, 'tinggi', 'web', 'Ni Luh Sari', '+62 812-3456-7890', ${FIXED_AT}, ${FIXED_AT})`);
  await db.execute(sql`
    insert into pact_campaigns (id, title, region_code, deadline, created_at, updated_at)
    values (${pactCampaign.id}, ${pactCampaign.title}, ${pactCampaign.regionCode}, ${pactCampaign.deadline}, ${FIXED_AT}, ${FIXED_AT})`);
  await db.execute(sql`
    insert into pact_targets (id, campaign_id, name, kind, region_code, created_at)
    values (${pactTarget.id}, ${pactCampaign.id}, ${pactTarget.name}, ${pactTarget.kind}, ${pactTarget.regionCode}, ${FIXED_AT})`);
  await db.execute(sql`
    insert into incidents (id, reference, category, regime, description, occurred_at, known_at, region_code, severity, channel, created_at, updated_at)
    values (${neutralityIncident.id}, ${neutralityIncident.reference}, 'netralitas_asn', 'pilkada', ${neutralityIncident.description}, '2024-11-18T02:00:00Z',
      '2024-11-18T04:00:00Z', ${neutralityIncident.regionCode}, 'sedang', 'web', ${FIXED_AT}, ${FIXED_AT})`);
  await db.execute(sql`
    insert into incident_triage (id, reference, channel, raw_text, sender, received_at, scope_region_code, region_code, description, problems, created_at)
    values (${triage.id}, ${triage.reference}, 'sms', ${triage.rawText}, '+6281234567890', '2024-11-20T02:00:00Z', '51', ${triage.regionCode},
      'ada orang asing bagi-bagi kartu (hostile suite)', '[{"part":"category","reason":"missing"}]'::jsonb, ${FIXED_AT})`);
  await createAlertFixtures(db);
  await createPoliticalReportFixtures(db);
  await createNotificationFixtures(db);
  await createPactFixtures(db);
  await createMediaFeedFixtures(db);
  await createMediaFixtures(db);
  await createSitrepFixtures(db);
  await db.execute(resetIncidentCategory());
  await db.execute(resetIncidentAttachment());
  // Attachments the cases add get ids far above any a hostile path value spells ("0007", "1e3"): a delete never meets one by accident.
  await db.execute(sql`select setval(pg_get_serial_sequence('incident_attachments', 'id'), 1000000)`);
}

/** The desk's category settings: only the fixture one (golput as built in, version 1), as created. */
function resetIncidentCategory(): SQL {
  return sql`
    with others as (delete from incident_category_settings where code <> ${incidentCategory.code})
    insert into incident_category_settings (code, name_id, name_en, keywords, default_severity, referral_agency, also_concerns, clocks, clock_rules, active, updated_at, version)
    values (${incidentCategory.code}, 'Ajakan golput', 'Calls to abstain', array['golput', 'ajakan golput', 'tidak memilih', 'boikot pemilu', 'boikot pilkada']::text[],
      'rendah', 'KPU', array['BAWASLU', 'KESBANGPOL']::text[], array[]::text[], '{}'::jsonb, true, ${FIXED_AT}, ${incidentCategory.version})
    on conflict (code) do update set name_id = excluded.name_id, name_en = excluded.name_en, keywords = excluded.keywords, default_severity = excluded.default_severity,
      referral_agency = excluded.referral_agency, also_concerns = excluded.also_concerns, clocks = excluded.clocks, clock_rules = excluded.clock_rules,
      active = excluded.active, updated_by = null, updated_at = excluded.updated_at, version = excluded.version
    where incident_category_settings.version <> excluded.version or incident_category_settings.updated_at <> excluded.updated_at`;
}

/** The fixture report's photo and its file, as created; after a case, only when the case deleted them. */
function resetIncidentAttachment(): SQL {
  const sha256 = createHash('sha256').update(TINY_JPEG).digest('hex');
  return sql`
    with file as (
      insert into files (id, sha256, media_type, size, name, content, region_code, created_by, created_at)
      values (${incidentAttachment.fileId}, ${sha256}, 'image/jpeg', ${TINY_JPEG.length}, ${incidentAttachment.name}, ${TINY_JPEG}, ${incident.regionCode}, null, ${FIXED_AT})
      on conflict (id) do nothing)
    insert into incident_attachments (id, incident_id, file_id, created_by, created_at)
    values (${incidentAttachment.id}, ${incident.id}, ${incidentAttachment.fileId}, null, ${FIXED_AT}) on conflict (id) do nothing`;
}

/** The fixture triage message waiting again; after a case, only when the case handled it (the report it made stays). */
function resetTriage(): SQL {
  return sql`
    update incident_triage set status = 'baru', incident_id = null, handled_by = null, handled_at = null where id = ${triage.id} and status <> 'baru'`;
}

/** The fixture report as created (new, never moved); after a case, only when the case moved it. */
function resetIncident(): SQL {
  return sql`
    with moves as (delete from incident_transitions where incident_id = ${incident.id})
    update incidents set status = 'baru', referred_unit_id = null, duplicate_of = null, version = 1, updated_at = ${FIXED_AT}
    where id = ${incident.id} and (version <> 1 or updated_at <> ${FIXED_AT})`;
}

/** The readiness checklist's items: what the fixture assessment holds, and how it stands. */
const READINESS_ITEMS = [
  { code: 'gudang', weight: 1, status: 'siap', evidence: 'Kontrak sewa gudang KPU Bangli' },
  { code: 'distribusi', weight: 3, status: 'sebagian', evidence: null },
  { code: 'rute-sulit', weight: 2, status: 'belum', evidence: null },
] as const;

async function createReadinessFixtures(db: Db): Promise<void> {
  const items = READINESS_ITEMS.map(({ code, weight }) => ({
    code, weight, label: { id: `Butir ${code} (hostile suite)`, en: `Item ${code} (hostile suite)` }, guidance: { id: 'Siap bila selesai.', en: 'Ready when done.' },
  }));
  await db.execute(sql`
    insert into readiness_templates (id, code, version, domain, stage_code, title_id, title_en, items, created_at)
    values (${readinessTemplate.id}, ${readinessTemplate.code}, ${readinessTemplate.version}, 'logistik', 'masa-tenang', 'Logistik Bangli (hostile suite)',
      'Bangli logistics (hostile suite)', ${JSON.stringify(items)}::jsonb, ${FIXED_AT})`);
  await db.execute(sql`
    insert into readiness_assessments (id, template_id, region_code, assessed_on, responsible_unit_id, note, created_at, updated_at, version)
    values (${readinessAssessment.id}, ${readinessTemplate.id}, ${unit.regionCode}, ${readinessAssessment.assessedOn}, ${unit.id}, ${readinessAssessment.note},
      ${FIXED_AT}, ${FIXED_AT}, 1)`);
  await db.execute(resetReadinessAssessment());
}

/**
 * The fixture assessment and its items as created, and no other assessment (those the cases created
 * go, with their items). Rows already as created are left alone; the links to action items stay.
 */
function resetReadinessAssessment(): SQL {
  const values = READINESS_ITEMS.map((i) => sql`(${readinessAssessment.id}, ${i.code}, ${i.status}, ${null}::text, ${i.evidence}, ${null}::integer)`);
  return sql`
    with others as (delete from readiness_assessments where id <> ${readinessAssessment.id} returning id),
    fields as (
      update readiness_assessments set responsible_unit_id = ${unit.id}, note = ${readinessAssessment.note}, version = 1, updated_at = ${FIXED_AT}
      where id = ${readinessAssessment.id} and (version <> 1 or updated_at <> ${FIXED_AT}) returning id)
    insert into readiness_assessment_items (assessment_id, item_code, status, note, evidence, responsible_unit_id)
    values ${sql.join(values, sql`, `)}
    on conflict (assessment_id, item_code) do update set status = excluded.status, note = excluded.note, evidence = excluded.evidence,
      responsible_unit_id = excluded.responsible_unit_id
    where (readiness_assessment_items.status, readiness_assessment_items.note, readiness_assessment_items.evidence, readiness_assessment_items.responsible_unit_id)
      is distinct from (excluded.status, excluded.note, excluded.evidence, excluded.responsible_unit_id)`;
}

/** The draft model as created; after a case, only when the case changed, published or deleted it. */
function resetVulnerabilityModel(): SQL {
  return sql`
    insert into vulnerability_models (id, code, version, name_id, name_en, status, definition, created_at, updated_at, row_version)
    values (${vulnerabilityModel.id}, ${DEFAULT_IKP_META.code}, ${vulnerabilityModel.version}, ${vulnerabilityModel.nameId}, ${vulnerabilityModel.nameEn},
      'draft', ${JSON.stringify(DEFAULT_IKP_MODEL)}::jsonb, ${FIXED_AT}, ${FIXED_AT}, 1)
    on conflict (id) do update set name_id = excluded.name_id, name_en = excluded.name_en, status = 'draft', definition = excluded.definition,
      published_at = null, updated_at = excluded.updated_at, row_version = 1
    where vulnerability_models.row_version <> 1 or vulnerability_models.status <> 'draft'`;
}

/** Bangli's imported outline as created; after a case, only when the case replaced or dropped it. */
function resetImportedOutline(): SQL {
  const geometry = JSON.stringify(importedOutline.geometry);
  return sql`
    insert into region_outlines (region_code, geometry, source_file, imported_at)
    values (${importedOutline.regionCode}, ${geometry}::jsonb, ${importedOutline.sourceFile}, ${FIXED_AT})
    on conflict (region_code) do update set geometry = excluded.geometry, source_file = excluded.source_file, imported_by = null, imported_at = excluded.imported_at
    where region_outlines.imported_at <> excluded.imported_at`;
}

async function createMeetingFixtures(db: Db): Promise<void> {
  const { id } = part;
  const statements: SQL[] = [
    insertMeeting(meeting.id, meeting.kind, meeting.title, meeting.startsAt),
    insertMeeting(earlierMeeting.id, earlierMeeting.kind, earlierMeeting.title, earlierMeeting.startsAt),
    sql`insert into meeting_regions (meeting_id, region_code) values (${meeting.id}, ${meeting.regionCode}), (${earlierMeeting.id}, ${meeting.regionCode})`,
    sql`insert into meeting_invitations (id, meeting_id, unit_id, person_id) values (${id}, ${meeting.id}, ${unit.id}, null)`,
    sql`insert into meeting_speakers (id, meeting_id, position, person_id, unit_id, name, title, points)
      values (${id}, ${meeting.id}, 1, ${person.id}, ${unit.id}, ${person.fullName}, ${person.position}, array['Logistik sudah di gudang']::text[])`,
    resetFinding(),
    sql`insert into meeting_strategies (id, meeting_id, text) values (${id}, ${meeting.id}, 'Distribusi dikawal Polres Bangli')`,
    sql`insert into strategy_findings (strategy_id, finding_id) values (${id}, ${id})`,
    sql`insert into meeting_decisions (id, meeting_id, text) values (${id}, ${meeting.id}, 'Gudang logistik dijaga 24 jam')`,
    sql`insert into declarations (id, meeting_id, title, text) values (${id}, ${meeting.id}, 'Deklarasi Pilkada Damai', 'Kami menjaga Pilkada yang damai.')`,
    sql`insert into declaration_signatories (id, declaration_id, unit_id, person_id, name, position)
      values (${signatory.id}, ${id}, ${unit.id}, ${person.id}, ${signatory.name}, ${signatory.position})`,
    ...Object.values(DOOMED).map((insert) => insert()),
    sql`insert into action_items (id, meeting_id, finding_id, strategy_id, title, owner_unit_id, owner_person_id, due_date, status, version, created_at, updated_at)
      values (${actionItem.id}, ${meeting.id}, ${id}, ${id}, ${actionItem.title}, ${unit.id}, ${person.id}, ${actionItem.dueDate}, 'open', 1, ${FIXED_AT}, ${FIXED_AT}),
             (${earlierActionItem.id}, ${earlierMeeting.id}, null, null, ${earlierActionItem.title}, ${unit.id}, null, ${earlierActionItem.dueDate}, 'open', 1, ${FIXED_AT}, ${FIXED_AT})`,
    sql`insert into action_item_events (action_item_id, at, actor_id, actor_label, from_status, to_status)
      values (${actionItem.id}, ${FIXED_AT}, null, 'hostile suite', null, 'open'), (${earlierActionItem.id}, ${FIXED_AT}, null, 'hostile suite', null, 'open')`,
    insertFile(evidenceFile.id, evidenceFile.name, 'application/pdf', Buffer.from(TINY_PDF)),
    sql`insert into action_item_events (action_item_id, at, actor_id, actor_label, note, file_id)
      values (${actionItem.id}, ${FIXED_AT}, null, 'hostile suite', 'Berita acara rapat', ${evidenceFile.id})`,
    insertFile(logoFile.id, logoFile.name, 'image/png', TINY_PNG),
    sql`insert into unit_letterheads (unit_id, lines, address, logo_file_id, updated_at)
      values (${unit.id}, array['BADAN PENGAWAS PEMILIHAN UMUM', 'KABUPATEN BANGLI']::text[], 'Jl. Brigjen Ngurah Rai, Bangli', ${logoFile.id}, ${FIXED_AT})`,
    // Parts the cases create get ids far above any that a hostile path value spells as a number
    // ("+7", "0x10", "1e3"), so that deleting a part never meets one of them by accident.
    ...(['meeting_invitations', 'meeting_speakers', 'meeting_findings', 'meeting_strategies', 'meeting_decisions', 'declarations'] as const)
      .map((table) => sql`select setval(pg_get_serial_sequence(${table}, 'id'), 1000000)`),
  ];
  for (const statement of statements) await db.execute(statement);
}

function insertMeeting(id: number, kind: string, title: string, startsAt: string): SQL {
  return sql`
    insert into meetings (id, kind, title, organiser_unit_id, level, election_id, stage_code, starts_at, time_zone, venue, mode, legal_basis, agenda,
      version, created_at, updated_at)
    values (${id}, ${kind}, ${title}, ${unit.id}, ${meeting.level}, ${meeting.electionId}, ${meeting.stageCode}, ${startsAt}, ${meeting.timeZone},
      ${meeting.venue}, 'luring', array[${meeting.legalBasis[0]}]::text[], ${meeting.agenda}, 1, ${FIXED_AT}, ${FIXED_AT})`;
}

function insertFile(id: number, name: string, mediaType: string, content: Buffer): SQL {
  const sha256 = createHash('sha256').update(content).digest('hex');
  return sql`insert into files (id, sha256, media_type, size, name, content, region_code, created_by, created_at)
    values (${id}, ${sha256}, ${mediaType}, ${content.length}, ${name}, ${content}, ${unit.regionCode}, null, ${FIXED_AT})`;
}

function resetFinding(): SQL {
  return sql`
    insert into meeting_findings (id, meeting_id, problem, domain, region_code, severity, version)
    values (${part.id}, ${meeting.id}, 'Distribusi logistik ke desa terpencil terlambat', 'logistik', ${meeting.regionCode}, 'tinggi', 1)
    on conflict (id) do update set meeting_id = excluded.meeting_id, problem = excluded.problem, domain = excluded.domain,
      region_code = excluded.region_code, severity = excluded.severity, version = 1`;
}

/** Each deletable part's spare, written again when a case deleted it (and nothing when it is still there). */
const DOOMED: Record<DeletablePart, () => SQL> = {
  invitations: () => sql`insert into meeting_invitations (id, meeting_id, unit_id, person_id)
    values (${part.doomedId}, ${meeting.id}, null, ${person.id}) on conflict (id) do nothing`,
  speakers: () => sql`insert into meeting_speakers (id, meeting_id, position, name, points)
    values (${part.doomedId}, ${meeting.id}, 2, 'Pembicara tamu', '{}'::text[]) on conflict (id) do nothing`,
  findings: () => sql`insert into meeting_findings (id, meeting_id, problem, domain, severity, version)
    values (${part.doomedId}, ${meeting.id}, 'Temuan yang dicatat keliru', 'lainnya', 'rendah', 1) on conflict (id) do nothing`,
  strategies: () => sql`insert into meeting_strategies (id, meeting_id, text)
    values (${part.doomedId}, ${meeting.id}, 'Strategi yang dicatat keliru') on conflict (id) do nothing`,
  decisions: () => sql`insert into meeting_decisions (id, meeting_id, text)
    values (${part.doomedId}, ${meeting.id}, 'Keputusan yang dicatat keliru') on conflict (id) do nothing`,
  declarations: () => sql`insert into declarations (id, meeting_id, title, text)
    values (${part.doomedId}, ${meeting.id}, 'Deklarasi keliru', 'Dicatat keliru.') on conflict (id) do nothing`,
};

/** One statement per restorable fixture, each leaving its rows exactly as createFixtures wrote them. */
const RESTORE: Record<FixtureRestore, () => SQL> = {
  meeting: () => sql`
    with fields as (
      update meetings set kind = ${meeting.kind}, title = ${meeting.title}, organiser_unit_id = ${unit.id}, level = ${meeting.level},
        election_id = ${meeting.electionId}, stage_code = ${meeting.stageCode}, starts_at = ${meeting.startsAt}, ends_at = null,
        time_zone = ${meeting.timeZone}, venue = ${meeting.venue}, mode = 'luring', legal_basis = array[${meeting.legalBasis[0]}]::text[],
        agenda = ${meeting.agenda}, summary = null, chair_name = null, chair_position = null, minute_taker_name = null, minute_taker_position = null,
        version = 1, updated_at = ${FIXED_AT}
      where id = ${meeting.id} and (version <> 1 or updated_at <> ${FIXED_AT}) returning id),
    regions as (delete from meeting_regions where meeting_id = ${meeting.id} and region_code <> ${meeting.regionCode}),
    contests as (delete from meeting_contests where meeting_id = ${meeting.id})
    insert into meeting_regions (meeting_id, region_code) values (${meeting.id}, ${meeting.regionCode}) on conflict do nothing`,
  invitation: () => sql`
    update meeting_invitations set rsvp = 'pending', attended_at = null, representative = null
    where id = ${part.id} and (rsvp <> 'pending' or attended_at is not null or representative is not null)`,
  finding: resetFinding,
  signatory: () => sql`update declaration_signatories set signed_at = null where id = ${signatory.id} and signed_at is not null`,
  actionItem: () => sql`
    update action_items set title = ${actionItem.title}, owner_unit_id = ${unit.id}, owner_person_id = ${person.id}, due_date = ${actionItem.dueDate},
      status = 'open', version = 1, updated_at = ${FIXED_AT}
    where id = ${actionItem.id} and (version <> 1 or updated_at <> ${FIXED_AT})`,
  carried: () => sql`delete from action_item_meetings where meeting_id = ${meeting.id} and action_item_id = ${earlierActionItem.id}`,
  vulnerabilityModel: resetVulnerabilityModel,
  readinessAssessment: resetReadinessAssessment,
  importedOutline: resetImportedOutline,
  incident: resetIncident,
  neutralityCase: () => sql`delete from neutrality_cases where incident_id = ${neutralityIncident.id}`,
  triage: resetTriage,
  alertRule: ALERT_RESTORE.alertRule,
  alert: ALERT_RESTORE.alert,
  ...POLITICAL_REPORT_RESTORE,
  ...NOTIFICATION_RESTORE,
  ...PACT_RESTORE,
  ...MEDIA_FEED_RESTORE,
  ...MEDIA_RESTORE,
  incidentCategory: resetIncidentCategory,
  incidentAttachment: resetIncidentAttachment,
  logo: () => sql`update unit_letterheads set logo_file_id = ${logoFile.id}, updated_at = ${FIXED_AT} where unit_id = ${unit.id} and logo_file_id <> ${logoFile.id}`,
  'doomed invitations': DOOMED.invitations,
  'doomed speakers': DOOMED.speakers,
  'doomed findings': DOOMED.findings,
  'doomed strategies': DOOMED.strategies,
  'doomed decisions': DOOMED.decisions,
  'doomed declarations': DOOMED.declarations,
};

/** Puts these fixture rows back as they were created (after a case that may have changed them). */
export async function restoreFixtures(db: Db, which: readonly FixtureRestore[]): Promise<void> {
  for (const name of which) await db.execute(RESTORE[name]());
}
