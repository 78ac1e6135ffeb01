/**
 * Integrity-pact campaigns (issue 8) in the hostile-input suite's endpoint table: the desk's campaign,
 * target, link, review and submission endpoints (family 'pacts'), and the public link endpoints that
 * an office uses without an account (family 'pact-links', token in X-Pact-Token). The rows they name
 * are in test/hostile/pact-fixtures.ts; examples that change or delete one put it back after each case.
 * Uploads: the signed pact (PDF/JPEG/PNG by content, at most 10 MB) and the XLSX/CSV target import.
 */
import { PACT_TARGET_KINDS, PACT_TARGET_STATUSES } from '../../src/domain/pacts/vocabulary.js';
import { MAX_PACT_DOCUMENT_BYTES } from '../../src/domain/pacts/requirements.js';
import { PACT_FIXTURES } from './pact-fixtures.js';
import { TINY_PDF } from './payloads.js';
import { HOSTILE_FIXTURES, MAX_INT4, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'pacts';
const { campaign, doomedCampaign, target, reviewTarget, doomedTarget } = PACT_FIXTURES;
const MiB = 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const targetId: FieldSpec = { in: 'path', name: 'targetId', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const version = (where: 'body' | 'query'): FieldSpec => ({ in: where, name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 });
const campaignPath = { id: String(campaign.id) };
const targetPath = { targetId: String(target.id) };
const targetWrites = ['pact_targets'];
const submissionWrites = ['pact_targets', 'pact_submissions', 'files'];

const campaignFields: readonly FieldSpec[] = [
  { in: 'body', name: 'title', kind: 'text', maxLength: 300 },
  { in: 'body', name: 'legalBasis', kind: 'text', maxLength: 1000 },
  { in: 'body', name: 'electionId', kind: 'identifier', maxLength: 64 },
  { in: 'body', name: 'deadlineLocal', kind: 'text', maxLength: 16 },
  { in: 'body', name: 'requiresDocument', kind: 'boolean' },
  { in: 'body', name: 'requiresVideo', kind: 'boolean' },
  { in: 'body', name: 'notes', kind: 'text', maxLength: 4000 },
];

/** The text parts of a submission, then the document. */
const submissionFields: readonly FieldSpec[] = [
  { in: 'form', name: 'signerName', kind: 'text', maxLength: 200 },
  { in: 'form', name: 'signerNip', kind: 'text', maxLength: 18 },
  { in: 'form', name: 'signerPosition', kind: 'text', maxLength: 200 },
  { in: 'form', name: 'signedOn', kind: 'date' },
  { in: 'form', name: 'videoUrl', kind: 'text', maxLength: 2000 },
  { in: 'form', name: 'note', kind: 'text', maxLength: 2000 },
  { in: 'file', name: 'document', kind: 'upload', maxLength: MAX_PACT_DOCUMENT_BYTES },
];
const submissionExample = {
  form: { signerName: 'I Wayan Sudarma', signerNip: '198701012010011001', signerPosition: 'Kepala Dinas', signedOn: '2024-09-25', note: 'Terlampir' },
  files: { document: { filename: 'pakta.pdf', contentType: 'application/pdf', content: TINY_PDF } },
};

export const PACT_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/pact-campaigns', auth: 'session', family,
    fields: [
      { in: 'query', name: 'regionCode', kind: 'regionCode' }, { in: 'query', name: 'electionId', kind: 'identifier', maxLength: 64 },
      { in: 'query', name: 'overdue', kind: 'enum', values: ['true', 'false'] },
      { in: 'query', name: 'page', kind: 'int', min: 1, max: 10_000 }, { in: 'query', name: 'pageSize', kind: 'int', min: 1, max: 200 },
    ],
    example: { query: { regionCode: '51.06', page: '1', pageSize: '20' } },
  },
  {
    method: 'POST', url: '/api/v1/pact-campaigns', auth: 'session', family, writes: ['pact_campaigns'],
    fields: [...campaignFields.map((field) => (field.name === 'title' || field.name === 'deadlineLocal' ? { ...field, required: true } : field)), { in: 'body', name: 'regionCode', kind: 'regionCode', required: true }],
    example: { body: { title: 'Pakta Integritas ASN Susut (hostile)', regionCode: '51.06', deadlineLocal: '2024-09-30T23:59', requiresVideo: true } },
  },
  { method: 'GET', url: '/api/v1/pact-campaigns/:id', auth: 'session', family, fields: [serialId], example: { path: campaignPath } },
  {
    method: 'PATCH', url: '/api/v1/pact-campaigns/:id', auth: 'session', family, writes: ['pact_campaigns'], restores: ['pactCampaign'],
    fields: [serialId, version('body'), ...campaignFields],
    example: { path: campaignPath, body: { version: 1, notes: 'Tenggat diperpanjang (hostile)', deadlineLocal: '2024-10-07T12:00' } },
  },
  {
    method: 'DELETE', url: '/api/v1/pact-campaigns/:id', auth: 'session', family, writes: ['pact_campaigns'], restores: ['pactDoomedCampaign'],
    fields: [serialId, version('query')], example: { path: { id: String(doomedCampaign.id) }, query: { version: '1' } },
  },
  {
    method: 'GET', url: '/api/v1/pact-campaigns/:id/targets', auth: 'session', family,
    fields: [
      serialId, { in: 'query', name: 'status', kind: 'enum', values: PACT_TARGET_STATUSES }, { in: 'query', name: 'kind', kind: 'enum', values: PACT_TARGET_KINDS },
      { in: 'query', name: 'regionCode', kind: 'regionCode' }, { in: 'query', name: 'q', kind: 'text', maxLength: 200 },
    ],
    example: { path: campaignPath, query: { status: 'belum', q: 'dinas' } },
  },
  {
    method: 'POST', url: '/api/v1/pact-campaigns/:id/targets', auth: 'session', family, writes: targetWrites,
    fields: [
      serialId,
      { in: 'body', name: 'targets.0.name', kind: 'text', required: true, maxLength: 200 },
      { in: 'body', name: 'targets.0.kind', kind: 'enum', values: PACT_TARGET_KINDS, required: true },
      { in: 'body', name: 'targets.0.regionCode', kind: 'regionCode', required: true },
      { in: 'body', name: 'targets.0.contactEmail', kind: 'email', maxLength: 200 },
      { in: 'body', name: 'targets.0.contactPhone', kind: 'phone' },
    ],
    example: { path: campaignPath, body: { targets: [{ name: 'Dinas Pariwisata Bangli (hostile)', kind: 'perangkat_daerah', regionCode: '51.06', contactEmail: 'dispar@banglikab.go.id', contactPhone: '+62 812-3456-7890' }] } },
  },
  {
    method: 'POST', url: '/api/v1/pact-campaigns/:id/targets/from-units', auth: 'session', family, writes: targetWrites,
    fields: [serialId, { in: 'body', name: 'unitIds', kind: 'int', required: true, min: 1, max: MAX_INT4, list: { minItems: 1, maxItems: 500 } }, { in: 'body', name: 'kind', kind: 'enum', values: PACT_TARGET_KINDS }],
    example: { path: campaignPath, body: { unitIds: [HOSTILE_FIXTURES.unit.id], kind: 'instansi_vertikal' } },
  },
  {
    method: 'POST', url: '/api/v1/pact-campaigns/:id/targets/import', auth: 'session', family, writes: targetWrites,
    fields: [serialId, { in: 'form', name: 'keepValid', kind: 'enum', values: ['true', 'false'] }, { in: 'file', name: 'file', kind: 'spreadsheet', required: true, maxLength: 5 * MiB }],
    example: { path: campaignPath, form: { keepValid: 'true' }, files: { file: { filename: 'sasaran.csv', contentType: 'text/csv', content: 'nama;jenis;kode_wilayah\nKecamatan Susut (hostile);kecamatan;51.06.01\n' } } },
  },
  { method: 'GET', url: '/api/v1/pact-campaigns/:id/targets/template.xlsx', auth: 'session', family, produces: XLSX, fields: [serialId], example: { path: campaignPath } },
  {
    method: 'DELETE', url: '/api/v1/pact-targets/:targetId', auth: 'session', family, writes: targetWrites, restores: ['pactDoomedTarget'],
    fields: [targetId, version('query')], example: { path: { targetId: String(doomedTarget.id) }, query: { version: '1' } },
  },
  {
    method: 'POST', url: '/api/v1/pact-targets/:targetId/link', auth: 'session', family, writes: targetWrites, restores: ['pactTarget'],
    fields: [targetId, { in: 'body', name: 'expiresInDays', kind: 'int', min: 1, max: 90 }], example: { path: targetPath, body: { expiresInDays: 14 } },
  },
  { method: 'DELETE', url: '/api/v1/pact-targets/:targetId/link', auth: 'session', family, writes: targetWrites, restores: ['pactTarget'], fields: [targetId], example: { path: targetPath } },
  {
    // Without targetIds, every target that still has to submit gets a link: the spare targets too, put back after each case.
    method: 'POST', url: '/api/v1/pact-campaigns/:id/links', auth: 'session', family, writes: targetWrites,
    restores: ['pactTarget', 'pactDoomedTarget', 'pactSharedTargetLink'],
    fields: [serialId, { in: 'body', name: 'targetIds', kind: 'int', min: 1, max: MAX_INT4, list: { minItems: 1, maxItems: 500 } }],
    example: { path: campaignPath, body: { targetIds: [target.id] } },
  },
  {
    method: 'POST', url: '/api/v1/pact-targets/:targetId/review', auth: 'session', family, writes: targetWrites, restores: ['pactReviewTarget'],
    fields: [
      targetId, version('body'), { in: 'body', name: 'decision', kind: 'enum', values: ['diverifikasi', 'ditolak'], required: true },
      { in: 'body', name: 'reason', kind: 'text', maxLength: 2000 },
    ],
    example: { path: { targetId: String(reviewTarget.id) }, body: { version: 1, decision: 'ditolak', reason: 'Tanda tangan tidak terbaca' } },
  },
  {
    method: 'POST', url: '/api/v1/pact-targets/:targetId/submissions', auth: 'session', family, writes: submissionWrites, restores: ['pactTarget'],
    fields: [targetId, ...submissionFields], example: { path: targetPath, ...submissionExample },
  },
  { method: 'GET', url: '/api/v1/pact-targets/:targetId/submissions', auth: 'session', family, fields: [targetId], example: { path: { targetId: String(reviewTarget.id) } } },
  {
    method: 'GET', url: '/api/v1/pact-submissions/:id/document', auth: 'session', family, produces: 'application/pdf',
    fields: [serialId], example: { path: { id: String(reviewTarget.submissionId) } },
  },
  {
    method: 'GET', url: '/api/v1/pact-links/:targetId', auth: 'public', family: 'pact-links',
    fields: [targetId], example: { path: targetPath, headers: { 'x-pact-token': target.token } },
  },
  {
    method: 'POST', url: '/api/v1/pact-links/:targetId/submission', auth: 'public', family: 'pact-links', writes: submissionWrites, restores: ['pactTarget'],
    fields: [targetId, ...submissionFields], example: { path: targetPath, headers: { 'x-pact-token': target.token }, ...submissionExample },
  },
];
