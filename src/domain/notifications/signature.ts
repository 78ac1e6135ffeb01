import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers a webhook receiver checks: when it was signed, and sha256=<hex> of "<timestamp>.<body>". */
export const SIGNATURE_HEADER = 'x-sinergi-signature';
export const TIMESTAMP_HEADER = 'x-sinergi-timestamp';

/**
 * The signature of a webhook body. The timestamp is signed with it so that a receiver can refuse an
 * old body sent again.
 */
export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Whether `signature` is the one `secret` gives (what a receiver does; the tests use it too). */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
