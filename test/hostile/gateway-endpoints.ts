/**
 * The SMS/WhatsApp gateway's webhook (issue 7) and its triage queue in the hostile-input suite's
 * endpoint table. The webhook's example delivers one message in the documented format for Bangli:
 * the first case makes the report, every later one with the same message id gets the first answer
 * again (a repeat), and a changed text or sender under that id is refused (422), so hostile values
 * never pile up reports. The triage examples list the queue, make a report of the fixture message
 * and set it aside (put back as waiting after each case).
 *
 * The webhook forms the family 'gateway', the queue the family 'triage'.
 */
import { INCIDENT_CATEGORY_CODES } from '../../src/domain/incidents/categories.js';
import { REGIMES } from '../../src/domain/incidents/regime.js';
import { GATEWAY_CHANNELS, TRIAGE_STATUSES } from '../../src/domain/incidents/triage.js';
import { INCIDENT_SEVERITIES } from '../../src/domain/incidents/vocabulary.js';
import { HOSTILE_FIXTURES, limit, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { triage } = HOSTILE_FIXTURES;
const TRIAGE = '/api/v1/incident-triage';
const enumOf = (where: 'body' | 'query', name: string, values: readonly string[], required = false): FieldSpec => ({ in: where, name, kind: 'enum', values, required });

export const GATEWAY_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'POST', url: '/api/v1/gateway/:channel', auth: 'session', family: 'gateway',
    writes: ['gateway_messages', 'incidents', 'incident_idempotency', 'incident_triage'],
    fields: [
      { in: 'path', name: 'channel', kind: 'enum', required: true, values: GATEWAY_CHANNELS },
      { in: 'body', name: 'messageId', kind: 'identifier', required: true, maxLength: 200 },
      { in: 'body', name: 'from', kind: 'phone', required: true, maxLength: 40 },
      { in: 'body', name: 'text', kind: 'text', required: true, maxLength: 10_000 },
      { in: 'body', name: 'receivedAt', kind: 'datetime' },
    ],
    example: {
      path: { channel: 'sms' },
      body: {
        messageId: 'SM-hostile-0001', from: '+62 812-3456-7890', text: 'LAPOR#Bangli#politik uang#Ada pembagian amplop di Desa Kayubihi TPS 05',
        receivedAt: '2024-11-20T10:30:00+08:00',
      },
    },
  },
  {
    method: 'GET', url: TRIAGE, auth: 'session', family: 'triage',
    fields: [enumOf('query', 'status', TRIAGE_STATUSES), { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }, limit(500), offset(1_000_000)],
    example: { query: { status: 'baru', region: '51', limit: '10', offset: '0' } },
  },
  {
    method: 'POST', url: `${TRIAGE}/:id/incident`, auth: 'session', family: 'triage', writes: ['incident_triage', 'incidents', 'incident_idempotency'], restores: ['triage'],
    fields: [
      serialId, enumOf('body', 'category', INCIDENT_CATEGORY_CODES, true), { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
      enumOf('body', 'regime', REGIMES), { in: 'body', name: 'description', kind: 'text', maxLength: 10_000 }, { in: 'body', name: 'tps', kind: 'text', maxLength: 40 },
      enumOf('body', 'severity', INCIDENT_SEVERITIES),
    ],
    example: {
      path: { id: String(triage.id) },
      body: { category: 'politik_uang', regionCode: triage.regionCode, regime: 'pilkada', description: 'Orang asing membagikan kartu berisi uang di Bangli', tps: 'TPS 005', severity: 'tinggi' },
    },
  },
  {
    method: 'POST', url: `${TRIAGE}/:id/dismiss`, auth: 'session', family: 'triage', writes: ['incident_triage'], restores: ['triage'],
    fields: [serialId, { in: 'body', name: 'reason', kind: 'text', required: true, maxLength: 1000 }],
    example: { path: { id: String(triage.id) }, body: { reason: 'Pesan uji coba dari petugas gateway' } },
  },
];
