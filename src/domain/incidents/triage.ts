/**
 * The SMS/WhatsApp intake's vocabulary (issue 7). A message that cannot become a report as it
 * stands (no region, a region the gazetteer does not know or knows twice, no category) waits in the
 * triage queue with its raw text until a person turns it into a report or sets it aside.
 */

/** The gateway channels: each has its own space of message ids. */
export const GATEWAY_CHANNELS = ['sms', 'whatsapp'] as const;
export type GatewayChannel = (typeof GATEWAY_CHANNELS)[number];

/** baru: waiting; dijadikan_insiden: a person made it a report; diabaikan: set aside (spam, a test, a repeat). */
export const TRIAGE_STATUSES = ['baru', 'dijadikan_insiden', 'diabaikan'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/** Why a message went to triage, beyond what the parser found missing (sms-format.ts). */
export type ResolutionProblem =
  | { part: 'region'; reason: 'not_found'; text: string }
  | { part: 'region'; reason: 'ambiguous'; text: string; codes: string[] };
