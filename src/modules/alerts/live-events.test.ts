import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';
import { openIncidentDesk, report } from '../incidents/test-desk.js';

/**
 * Alerts on the live feed (issue 7): alert.raised when a rule fires and alert.changed when someone
 * acknowledges it, with the alert's region, so a reader in Bali hears them and one in NTB does not.
 */
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let base = '';

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-27T06:00:00Z'));
  base = await desk.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  desk?.app.server.closeAllConnections();
  await desk?.close();
});

describe('alert events on the live feed', () => {
  it('announces a raised alert and its acknowledgement to readers of its region only', async () => {
    const rule = await desk.call('bali', 'POST', '/alert-rules', {
      name: 'Kekerasan kritis', kind: 'severity', regionCode: '51', category: 'kekerasan', params: { minSeverity: 'kritis' },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const bali = await openLiveStream(base, desk.sessions.viewer, '?types=alert');
    const ntb = await openLiveStream(base, desk.sessions.ntb, '?types=alert,incident');
    const created = await desk.call('officer', 'POST', '/incidents', report({ category: 'kekerasan', severity: 'kritis', occurredAt: '2024-11-27T05:00:00Z', knownAt: '2024-11-27T05:30:00Z' }));
    expect(created.statusCode, created.body).toBe(201);
    await desk.services.alerts.evaluator.settled();
    await bali.waitFor(1);
    const alertId = bali.received[0]!.data.id;
    const acknowledged = await desk.call('officer', 'POST', `/alerts/${alertId}/acknowledge`, { version: 1 });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    await bali.waitFor(2);
    // NTB's own report is heard by NTB: its stream works, and a stray Bali alert event would have arrived by then.
    expect((await desk.call('ntb', 'POST', '/incidents', report({ regionCode: '52.01', latitude: -8.6, longitude: 116.1 }))).statusCode).toBe(201);
    await ntb.waitFor(1);
    expect(bali.received.map((r) => [r.event, r.data.id, r.data.regionCode])).toEqual([['alert.raised', alertId, '51.06'], ['alert.changed', alertId, '51.06']]);
    expect(ntb.received.map((r) => r.event)).toEqual(['incident.created']);
    bali.close();
    ntb.close();
  });
});
