import { describe, expect, it } from 'vitest';
import { startWebhookReceiver } from './test-receivers.js';
import type { ClaimedDelivery } from './repo.js';
import { createWebhookSender } from './senders.js';

const delivery = (target: string): ClaimedDelivery => ({
  id: 1, attempts: 0, channel: { id: 1, kind: 'webhook', target, secret: 'a secret of sixteen+' }, unitName: 'Bawaslu Kabupaten Bangli',
  notification: { id: 1, kind: 'alert', unitId: 1, incidentId: null, alertId: 7, regionCode: '51.06', payload: { summary: 'Lonjakan' }, createdAt: new Date('2024-11-20T03:00:00Z') },
});
const message = { subject: 'Peringatan dini', text: 'Lonjakan', language: 'id', link: null };

describe('webhook sender', () => {
  it('refuses, without calling it, a receiver whose name resolves to a loopback address unless private targets are allowed', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const target = receiver.url('/hook').replace('127.0.0.1', 'localhost');
      const strict = createWebhookSender({ timeoutMs: 2000, allowPrivateTargets: false }, () => new Date());
      await expect(strict(delivery(target), message)).rejects.toThrow(/refused: localhost resolves to a private or loopback address/);
      expect(receiver.requests).toHaveLength(0);
      const lenient = createWebhookSender({ timeoutMs: 2000, allowPrivateTargets: true }, () => new Date());
      await lenient(delivery(target), message);
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('a redirect is a failure, not followed', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const sender = createWebhookSender({ timeoutMs: 2000, allowPrivateTargets: true }, () => new Date());
      receiver.redirectNext('/moved', 'http://169.254.169.254/latest/meta-data');
      await expect(sender(delivery(receiver.url('/moved')), message)).rejects.toThrow(/HTTP 302/);
      expect(receiver.requests.map((r) => r.path)).toEqual(['/moved']);
    } finally {
      await receiver.close();
    }
  });
});
