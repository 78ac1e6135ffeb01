/**
 * The SMS/WhatsApp gateway's webhook (issue 7) in the hostile-input suite's endpoint table. The
 * example delivers one message in the documented format for Bangli: the first case makes the report,
 * every later one with the same message id gets the first answer again (a repeat), and a changed
 * text or sender under that id is refused (422), so hostile values never pile up reports.
 *
 * The entry forms the family 'gateway'.
 */
import { GATEWAY_CHANNELS } from '../../src/domain/incidents/triage.js';
import type { EndpointSpec } from './spec.js';

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
];
