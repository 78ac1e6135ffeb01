/**
 * The meetings feature in the hostile-input suite's endpoint table (issue 5): meetings, their
 * invitations and parts, minutes, and action items with their evidence. Their examples name the meeting fixtures of
 * HOSTILE_FIXTURES; entries whose well-formed request changes or deletes a fixture row put it back
 * after each case (`restores`), so that every case meets the state its example was written for.
 *
 * Every entry here belongs to the family 'meetings' (one zod contract file, the same sign-in and
 * access guards): the payloads about the request as a whole are dealt out among them, while each
 * keeps all of its field payloads.
 */
import { ACTION_STATUSES, FINDING_DOMAINS, MEETING_KINDS, MEETING_LEVELS, MEETING_MODES, RSVP_STATES, SEVERITIES } from '../../src/domain/meetings/vocabulary.js';
import { INVITATION_TEMPLATE_NAMES } from '../../src/domain/meetings/invitation-templates.js';
import { TINY_PDF } from './payloads.js';
import { DELETABLE_PARTS, HOSTILE_FIXTURES, limit, MAX_INT4, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { unit, person, meeting, part, signatory, actionItem, earlierActionItem, evidenceFile } = HOSTILE_FIXTURES;
const MiB = 1024 * 1024;
const family = 'meetings';
const MEETINGS = '/api/v1/meetings';

const partId: FieldSpec = { ...serialId, name: 'partId' };
const meetingPath = { id: String(meeting.id) };
const bodyId = (name: string, required = false): FieldSpec => ({ in: 'body', name, kind: 'int', required, min: 1, max: MAX_INT4 });
const version: FieldSpec = { ...bodyId('version', true) };
const text = (name: string, maxLength: number, required = false): FieldSpec => ({ in: 'body', name, kind: 'text', required, maxLength });
const oneOf = (name: string, values: readonly string[], required = false): FieldSpec => ({ in: 'body', name, kind: 'enum', required, values });

/** The fields of a meeting, as POST /meetings takes them; PATCH takes any of them with the version read. */
const meetingFields = (creating: boolean): FieldSpec[] => [
  oneOf('kind', MEETING_KINDS, creating),
  text('title', 300, creating),
  bodyId('organiserUnitId', creating),
  oneOf('level', MEETING_LEVELS),
  { in: 'body', name: 'regionCodes', kind: 'regionCode', required: creating, maxLength: 13, list: { minItems: 1, maxItems: 60 } },
  { in: 'body', name: 'electionId', kind: 'identifier', maxLength: 64 },
  { in: 'body', name: 'stageCode', kind: 'identifier', maxLength: 64 },
  { in: 'body', name: 'contestIds', kind: 'int', min: 1, max: MAX_INT4, list: { maxItems: 600 } },
  { in: 'body', name: 'startsAt', kind: 'datetime', required: creating },
  { in: 'body', name: 'endsAt', kind: 'datetime' },
  text('venue', 300),
  oneOf('mode', MEETING_MODES),
  // A legal basis as typed ("Permendagri No. 61 Tahun 2011"), normalised by the regulation grammar.
  { in: 'body', name: 'legalBasis', kind: 'text', maxLength: 300, list: { maxItems: 20 } },
  text('agenda', 5000),
  text('summary', 20_000),
  // Printed under the signature blocks of the minutes.
  text('chairName', 200),
  text('chairPosition', 200),
  text('minuteTakerName', 200),
  text('minuteTakerPosition', 200),
];

/**
 * The fields PATCH /meetings/:id is probed on besides its version: PATCH takes POST's schemas (each
 * optional), so the enums and free texts that POST's cases probe are left to them; these are the
 * ones whose change sends the merged meeting through the checks again (organiser, regions, election
 * and stage, contests, times) and one text that is stored as sent.
 */
const PATCH_PROBED = ['title', 'organiserUnitId', 'regionCodes', 'electionId', 'stageCode', 'contestIds', 'startsAt', 'endsAt'];

const meetingExample = {
  kind: 'rakor', title: 'Rapat koordinasi pengamanan TPS (hostile suite)', organiserUnitId: unit.id, level: 'kabupaten_kota', regionCodes: [meeting.regionCode],
  electionId: meeting.electionId, stageCode: 'masa-tenang', contestIds: [], startsAt: '2024-11-20T09:00:00+08:00', endsAt: '2024-11-20T12:00:00+08:00',
  venue: 'Aula Kantor Bupati Bangli', mode: 'hybrid', legalBasis: ['Undang-Undang Nomor 10 Tahun 2016', 'PKPU 2/2024'],
  agenda: 'Pengamanan masa tenang dan pemungutan suara', summary: 'Polres dan Bawaslu berbagi daftar TPS rawan.',
  chairName: 'I Made Hostile', chairPosition: 'Ketua Bawaslu Kabupaten Bangli', minuteTakerName: 'Ni Luh Sekretaris', minuteTakerPosition: 'Staf Sekretariat',
};

const listQuery: FieldSpec[] = [
  { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
  { in: 'query', name: 'agency', kind: 'identifier', maxLength: 40 },
  { in: 'query', name: 'kind', kind: 'enum', values: MEETING_KINDS },
  { in: 'query', name: 'from', kind: 'datetime' },
  { in: 'query', name: 'to', kind: 'datetime' },
  { in: 'query', name: 'q', kind: 'text', maxLength: 200 },
  limit(200),
  offset(1_000_000),
];

const PART_TABLES = {
  invitations: 'meeting_invitations', speakers: 'meeting_speakers', findings: 'meeting_findings', strategies: 'meeting_strategies',
  decisions: 'meeting_decisions', declarations: 'declarations',
} as const;

/** DELETE /meetings/:id/<kind>/:partId for each deletable part, naming its spare (put back after each case). */
const partDeletions: EndpointSpec[] = DELETABLE_PARTS.map((kind): EndpointSpec => ({
  method: 'DELETE', url: `${MEETINGS}/:id/${kind}/:partId`, auth: 'session', family, writes: [PART_TABLES[kind]],
  restores: [`doomed ${kind}`],
  fields: [serialId, partId],
  example: { path: { ...meetingPath, partId: String(part.doomedId) } },
}));

export const MEETING_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: MEETINGS, auth: 'session', family, fields: listQuery, example: {
    query: { region: '51', agency: unit.agencyCode, kind: meeting.kind, from: '2024-01-01T00:00:00+07:00', to: '2025-01-01T00:00:00+08:00', q: 'koordinasi', limit: '10', offset: '0' },
  } },
  {
    method: 'GET', url: `${MEETINGS}/search`, auth: 'session', family,
    fields: [{ in: 'query', name: 'q', kind: 'text', required: true, maxLength: 200 }, limit(100)],
    example: { query: { q: 'distribusi logistik', limit: '10' } },
  },
  {
    method: 'POST', url: MEETINGS, auth: 'session', family, writes: ['meetings', 'meeting_regions', 'meeting_contests'],
    fields: meetingFields(true), example: { body: meetingExample },
  },
  { method: 'GET', url: `${MEETINGS}/:id`, auth: 'session', family, fields: [serialId], example: { path: meetingPath } },
  {
    method: 'PATCH', url: `${MEETINGS}/:id`, auth: 'session', family, writes: ['meetings', 'meeting_regions', 'meeting_contests'], restores: ['meeting'],
    fields: [serialId, version, ...meetingFields(false).filter((field) => PATCH_PROBED.includes(field.name))],
    example: { path: meetingPath, body: { version: 1, ...meetingExample } },
  },
  { method: 'GET', url: `${MEETINGS}/:id/earlier-action-items`, auth: 'session', family, fields: [serialId], example: { path: meetingPath } },
  {
    method: 'GET', url: `${MEETINGS}/:id/minutes.pdf`, auth: 'session', family, produces: 'application/pdf',
    fields: [serialId, { in: 'query', name: 'lang', kind: 'enum', values: ['id', 'en'] }],
    example: { path: meetingPath, query: { lang: 'en' } },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/carry-forward`, auth: 'session', family, writes: ['action_item_meetings'], restores: ['carried'],
    fields: [serialId, { in: 'body', name: 'actionItemIds', kind: 'int', required: true, min: 1, max: MAX_INT4, list: { minItems: 1, maxItems: 500 } }],
    example: { path: meetingPath, body: { actionItemIds: [earlierActionItem.id] } },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/invitations`, auth: 'session', family, writes: ['meeting_invitations'],
    fields: [
      serialId,
      { in: 'body', name: 'unitIds', kind: 'int', min: 1, max: MAX_INT4, list: { maxItems: 500 } },
      { in: 'body', name: 'personIds', kind: 'int', min: 1, max: MAX_INT4, list: { maxItems: 500 } },
      oneOf('template', INVITATION_TEMPLATE_NAMES),
      { in: 'body', name: 'templateRegion', kind: 'regionCode', maxLength: 13 },
    ],
    example: { path: meetingPath, body: { unitIds: [unit.id], personIds: [person.id], template: 'penyelenggara', templateRegion: meeting.regionCode } },
  },
  {
    method: 'PATCH', url: `${MEETINGS}/:id/invitations/:partId`, auth: 'session', family, writes: ['meeting_invitations'], restores: ['invitation'],
    fields: [
      serialId, partId,
      oneOf('rsvp', RSVP_STATES),
      { in: 'body', name: 'attended', kind: 'boolean' },
      { in: 'body', name: 'attendedAt', kind: 'datetime' },
      text('representative', 200),
    ],
    example: {
      path: { ...meetingPath, partId: String(part.id) },
      body: { rsvp: 'accepted', attended: true, attendedAt: '2024-09-30T09:05:00+08:00', representative: 'Wakil Ketua Bawaslu Bangli' },
    },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/speakers`, auth: 'session', family, writes: ['meeting_speakers'],
    fields: [
      serialId, text('name', 200, true), text('title', 200), bodyId('personId'), bodyId('unitId'),
      { in: 'body', name: 'points', kind: 'text', maxLength: 2000, list: { maxItems: 50 } },
    ],
    example: { path: meetingPath, body: { name: person.fullName, title: person.position, personId: person.id, unitId: unit.id, points: ['TPS rawan di Kintamani', 'Patroli gabungan'] } },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/findings`, auth: 'session', family, writes: ['meeting_findings'],
    fields: [
      serialId, text('problem', 2000, true), oneOf('domain', FINDING_DOMAINS, true),
      { in: 'body', name: 'regionCode', kind: 'regionCode', maxLength: 13 }, oneOf('severity', SEVERITIES),
    ],
    example: { path: meetingPath, body: { problem: 'Kotak suara rusak di gudang Susut', domain: 'logistik', regionCode: meeting.regionCode, severity: 'sedang' } },
  },
  {
    method: 'PATCH', url: `${MEETINGS}/:id/findings/:partId`, auth: 'session', family, writes: ['meeting_findings'], restores: ['finding'],
    fields: [
      serialId, partId, version, text('problem', 2000), oneOf('domain', FINDING_DOMAINS),
      { in: 'body', name: 'regionCode', kind: 'regionCode', maxLength: 13 }, oneOf('severity', SEVERITIES),
    ],
    example: {
      path: { ...meetingPath, partId: String(part.id) },
      body: { version: 1, problem: 'Distribusi logistik ke Kintamani terlambat dua hari', domain: 'logistik', regionCode: meeting.regionCode, severity: 'kritis' },
    },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/strategies`, auth: 'session', family, writes: ['meeting_strategies', 'strategy_findings'],
    fields: [serialId, text('text', 2000, true), { in: 'body', name: 'findingIds', kind: 'int', min: 1, max: MAX_INT4, list: { maxItems: 50 } }],
    example: { path: meetingPath, body: { text: 'Kirim logistik lebih awal dengan pengawalan Polres', findingIds: [part.id] } },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/decisions`, auth: 'session', family, writes: ['meeting_decisions'],
    fields: [serialId, text('text', 2000, true)],
    example: { path: meetingPath, body: { text: 'Rapat evaluasi berikutnya sepekan sebelum pemungutan suara' } },
  },
  {
    method: 'POST', url: `${MEETINGS}/:id/declarations`, auth: 'session', family, writes: ['declarations', 'declaration_signatories'],
    fields: [
      serialId, text('title', 300, true), text('text', 20_000, true),
      bodyId('signatories.0.unitId'), bodyId('signatories.0.personId'), text('signatories.0.name', 200, true), text('signatories.0.position', 200),
    ],
    example: {
      path: meetingPath,
      body: {
        title: 'Deklarasi Pilkada Damai Bangli', text: 'Kami bersepakat menjaga Pilkada yang damai dan bermartabat.',
        signatories: [{ unitId: unit.id, personId: person.id, name: person.fullName, position: person.position }],
      },
    },
  },
  {
    method: 'PUT', url: `${MEETINGS}/:id/declarations/:partId/signatories/:signatoryId`, auth: 'session', family, writes: ['declaration_signatories'],
    restores: ['signatory'],
    fields: [serialId, partId, { ...serialId, name: 'signatoryId' }, { in: 'body', name: 'signed', kind: 'boolean', required: true }],
    example: { path: { ...meetingPath, partId: String(part.id), signatoryId: String(signatory.id) }, body: { signed: true } },
  },
  ...partDeletions,
  {
    method: 'POST', url: `${MEETINGS}/:id/action-items`, auth: 'session', family, writes: ['action_items', 'action_item_events'],
    fields: [
      serialId, text('title', 1000, true), bodyId('ownerUnitId', true), bodyId('ownerPersonId'),
      { in: 'body', name: 'dueDate', kind: 'date' }, bodyId('findingId'), bodyId('strategyId'),
    ],
    example: {
      path: meetingPath,
      body: { title: 'Petakan TPS rawan bencana', ownerUnitId: unit.id, ownerPersonId: person.id, dueDate: '2024-11-01', findingId: part.id, strategyId: part.id },
    },
  },
  {
    method: 'GET', url: '/api/v1/action-items', auth: 'session', family,
    fields: [
      { in: 'query', name: 'mine', kind: 'enum', values: ['unit', 'region'] },
      { in: 'query', name: 'status', kind: 'enum', values: ACTION_STATUSES },
      { in: 'query', name: 'overdue', kind: 'enum', values: ['true', 'false'] },
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
      limit(500),
      offset(1_000_000),
    ],
    example: { query: { mine: 'region', status: 'open', overdue: 'true', region: '51', limit: '10', offset: '0' } },
  },
  { method: 'GET', url: '/api/v1/action-items/:id', auth: 'session', family, fields: [serialId], example: { path: { id: String(actionItem.id) } } },
  {
    method: 'POST', url: '/api/v1/action-items/:id/evidence', auth: 'session', family, writes: ['files', 'action_item_events'],
    fields: [
      serialId,
      { in: 'form', name: 'note', kind: 'text', maxLength: 4000 },
      { in: 'file', name: 'file', kind: 'upload', required: true, maxLength: 5 * MiB },
    ],
    example: {
      path: { id: String(actionItem.id) }, form: { note: 'Berita acara serah terima logistik' },
      files: { file: { filename: 'serah-terima.pdf', contentType: 'application/pdf', content: TINY_PDF } },
    },
  },
  {
    method: 'GET', url: '/api/v1/action-items/:id/evidence/:fileId', auth: 'session', family, produces: 'application/pdf',
    fields: [serialId, { ...serialId, name: 'fileId' }],
    example: { path: { id: String(actionItem.id), fileId: String(evidenceFile.id) } },
  },
  {
    method: 'PATCH', url: '/api/v1/action-items/:id', auth: 'session', family, writes: ['action_items', 'action_item_events'], restores: ['actionItem'],
    fields: [
      serialId, version, text('title', 1000), bodyId('ownerUnitId'), bodyId('ownerPersonId'), { in: 'body', name: 'dueDate', kind: 'date' },
      oneOf('status', ACTION_STATUSES), text('note', 4000),
    ],
    example: {
      path: { id: String(actionItem.id) },
      body: {
        version: 1, title: `${actionItem.title} (diperbarui)`, ownerUnitId: unit.id, ownerPersonId: person.id, dueDate: '2024-10-20',
        status: 'in_progress', note: 'Sudah dikoordinasikan dengan PPK',
      },
    },
  },
];
