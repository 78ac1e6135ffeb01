/**
 * Incident attachments (issue 7) in the hostile-input suite's endpoint table: list, upload, download
 * and delete on the fixture report of HOSTILE_FIXTURES, whose fixture attachment (a JPEG) the delete
 * example removes and the suite puts back after each case. The upload example sends a PNG: stored
 * once, then answered as the duplicate it is.
 *
 * The entries form the family 'incident-attachments' (one contract file, one service).
 */
import { MAX_ATTACHMENT_BYTES } from '../../src/domain/incidents/attachments.js';
import { TINY_PNG } from './payloads.js';
import { HOSTILE_FIXTURES, MAX_INT4, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { incident, incidentAttachment } = HOSTILE_FIXTURES;
const family = 'incident-attachments';
const ATTACHMENTS = '/api/v1/incidents/:id/attachments';
const attachmentId: FieldSpec = { in: 'path', name: 'attachmentId', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const one = { id: String(incident.id), attachmentId: String(incidentAttachment.id) };

export const INCIDENT_ATTACHMENT_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: ATTACHMENTS, auth: 'session', family, fields: [serialId], example: { path: { id: String(incident.id) } } },
  {
    method: 'POST', url: ATTACHMENTS, auth: 'session', family, writes: ['files', 'incident_attachments'],
    fields: [serialId, { in: 'file', name: 'file', kind: 'upload', required: true, maxLength: MAX_ATTACHMENT_BYTES }],
    example: { path: { id: String(incident.id) }, files: { file: { filename: 'foto-tkp.png', contentType: 'image/png', content: TINY_PNG } } },
  },
  { method: 'GET', url: `${ATTACHMENTS}/:attachmentId`, auth: 'session', family, produces: 'image/jpeg', fields: [serialId, attachmentId], example: { path: one } },
  {
    method: 'DELETE', url: `${ATTACHMENTS}/:attachmentId`, auth: 'session', family, writes: ['files', 'incident_attachments'], restores: ['incidentAttachment'],
    fields: [serialId, attachmentId], example: { path: one },
  },
];
