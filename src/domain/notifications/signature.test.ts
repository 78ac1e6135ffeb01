import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './signature.js';

describe('webhook signature', () => {
  const body = '{"kind":"referral"}';
  it('is HMAC-SHA256 of "<timestamp>.<body>" in hex, prefixed sha256=', () => {
    const expected = createHmac('sha256', 'rahasia').update(`1732071600.${body}`).digest('hex');
    expect(signBody('rahasia', '1732071600', body)).toBe(`sha256=${expected}`);
  });

  it('verifies only with the same secret, timestamp and body', () => {
    const signature = signBody('rahasia', '1732071600', body);
    expect(verifySignature('rahasia', '1732071600', body, signature)).toBe(true);
    expect(verifySignature('lain', '1732071600', body, signature)).toBe(false);
    expect(verifySignature('rahasia', '1732071601', body, signature)).toBe(false);
    expect(verifySignature('rahasia', '1732071600', `${body} `, signature)).toBe(false);
    expect(verifySignature('rahasia', '1732071600', body, 'sha256=00')).toBe(false);
  });
});
